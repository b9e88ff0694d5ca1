import type { GetStaticProps, PageConfig } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { CourseProgress } from '@/components/progress/course-progress';
import { LessonStatus } from '@/components/progress/lesson-status';
import { DueToday } from '@/components/review/due-today';
import { getLessons } from '@/lib/content/lessons';
import { extraPages, lessonPath, site, sitePath } from '@/lib/server/site';

/** No Next or React script in the browser: the page is HTML, CSS and its islands. */
export const config: PageConfig = { unstable_runtimeJS: false };

type LessonCard = { slug: string; title: string; description: string; order: number; minutes: number };
type HomeProps = { lessons: LessonCard[] };

export const getStaticProps: GetStaticProps<HomeProps> = async () => {
  const lessons = await getLessons();
  return {
    props: { lessons: lessons.map(({ slug, title, description, order, minutes }) => ({ slug, title, description, order, minutes })) },
  };
};

export default function HomePage({ lessons }: HomeProps) {
  const first = lessons[0];
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-12 outline-none sm:px-6 sm:py-16">
      <PageHead path="/" />
      <section aria-labelledby="course-title" className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          A free course · {lessons.length} lessons · about {totalMinutes} minutes
        </p>
        <h1 id="course-title" className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          Docker’s first steps, hands on
        </h1>
        <p className="mt-5 text-lg text-muted text-pretty">{site.description}</p>
        <p className="mt-4 text-muted text-pretty">
          For developers who have never used Docker. You will learn what images and containers really are, how the client talks to the
          daemon, how to install Docker safely, how to run a Python Dash app in a container and reach it from your browser, and how Compose
          wires several containers together. Every command copies exactly what your terminal needs.
        </p>
        {first ? (
          <p className="mt-8">
            <a
              href={lessonPath(first.slug)}
              className="inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-3 font-semibold text-page no-underline hover:bg-accent-strong"
            >
              Start the course<span aria-hidden="true">→</span>
            </a>
          </p>
        ) : null}
        <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={sitePath(extraPages.cheatSheet)} className="font-medium text-accent underline underline-offset-2">
              The cheat sheet: every command of the course, explained
            </a>
          </li>
          <li>
            <a href={sitePath(extraPages.teaching)} className="font-medium text-accent underline underline-offset-2">
              Teaching a class?
            </a>
          </li>
        </ul>
      </section>

      <CourseProgress lessons={lessons.map(({ slug, title }) => ({ slug, title }))} />
      <DueToday />

      <section aria-labelledby="lessons-heading" className="mt-16">
        <h2 id="lessons-heading" className="text-2xl font-bold tracking-tight">
          Lessons
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2">
          {lessons.map((lesson) => (
            <li key={lesson.slug}>
              <a
                href={lessonPath(lesson.slug)}
                className="group flex h-full flex-col rounded-xl border border-line p-5 no-underline transition-colors hover:border-accent"
              >
                <span className="text-sm text-muted">
                  Lesson {lesson.order} · {lesson.minutes} min
                </span>
                <span className="mt-1 text-lg font-semibold text-ink group-hover:text-accent">{lesson.title}</span>
                <span className="mt-2 text-muted">{lesson.description}</span>
                <LessonStatus slug={lesson.slug} look="badge" />
              </a>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

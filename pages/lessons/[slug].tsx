import type { GetStaticPaths, GetStaticProps, PageConfig } from 'next';
import { InlineContents } from '@/components/toc/inline-contents';
import { LessonList, type LessonLink } from '@/components/layout/lesson-list';
import { LessonPager } from '@/components/lesson-pager/lesson-pager';
import { MdxContent } from '@/components/mdx/mdx-content';
import { LessonMenu } from '@/components/lesson-menu/lesson-menu';
import { PageHead } from '@/components/layout/page-head';
import { MarkComplete } from '@/components/progress/mark-complete';
import { TableOfContents } from '@/components/toc/toc';
import { getLesson, getLessons, type Lesson } from '@/lib/content/lessons';
import { lessonPath } from '@/lib/server/site';

/** No Next or React script in the browser: the page is HTML, CSS and its islands. */
export const config: PageConfig = { unstable_runtimeJS: false };

type LessonPageProps = {
  lesson: Pick<Lesson, 'slug' | 'title' | 'description' | 'objectives' | 'minutes' | 'order' | 'code' | 'toc'> & {
    checkedWith: string[] | null;
  };
  lessons: LessonLink[];
  previous: LessonLink | null;
  next: LessonLink | null;
};

export const getStaticPaths: GetStaticPaths = async () => ({
  paths: (await getLessons()).map((lesson) => ({ params: { slug: lesson.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<LessonPageProps, { slug: string }> = async ({ params }) => {
  const lesson = params && (await getLesson(params.slug));
  if (!lesson) return { notFound: true };
  const lessons = (await getLessons()).map(({ slug, title, order }) => ({ slug, title, order }));
  const index = lessons.findIndex((l) => l.slug === lesson.slug);
  const { slug, title, description, objectives, minutes, order, code, toc, checkedWith } = lesson;
  return {
    props: {
      lesson: { slug, title, description, objectives, minutes, order, code, toc, checkedWith: checkedWith ?? null },
      lessons,
      previous: lessons[index - 1] ?? null,
      next: lessons[index + 1] ?? null,
    },
  };
};

export default function LessonPage({ lesson, lessons, previous, next }: LessonPageProps) {
  return (
    <div className="mx-auto grid max-w-7xl gap-x-10 px-4 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_13rem]">
      <PageHead title={lesson.title} description={lesson.description} path={lessonPath(lesson.slug)} type="article" />
      <nav
        aria-label="Lessons"
        className="pt-4 lg:sticky lg:top-14 lg:max-h-[calc(100dvh-3.5rem)] lg:self-start lg:overflow-y-auto lg:py-8"
      >
        <LessonMenu>
          <LessonList lessons={lessons} currentSlug={lesson.slug} />
        </LessonMenu>
      </nav>

      <main id="main" tabIndex={-1} className="min-w-0 py-6 outline-none lg:py-10">
        <article data-lesson={lesson.slug} className="mx-auto max-w-[70ch]">
          <header className="mb-8">
            <p className="text-sm font-medium text-accent">
              Lesson {lesson.order} of {lessons.length} · {lesson.minutes} min read
            </p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{lesson.title}</h1>
            <p className="mt-3 text-lg text-muted text-pretty">{lesson.description}</p>
            {lesson.checkedWith ? <p className="mt-2 text-sm text-muted">Checked with {lesson.checkedWith.join(', ')}.</p> : null}
            <section aria-labelledby="objectives-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
              <h2 id="objectives-heading" className="text-sm font-semibold">
                What you will learn
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
                {lesson.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </section>
          </header>
          <InlineContents items={lesson.toc} />
          <div className="prose prose-course max-w-none prose-headings:scroll-mt-20 prose-pre:my-0 prose-a:break-words prose-code:before:content-none prose-code:after:content-none">
            <MdxContent code={lesson.code} />
          </div>
          <MarkComplete slug={lesson.slug} />
          <LessonPager previous={previous} next={next} />
        </article>
      </main>

      <div className="hidden xl:block">
        <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-10">
          <TableOfContents items={lesson.toc} />
        </div>
      </div>
    </div>
  );
}

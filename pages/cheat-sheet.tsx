import type { GetStaticProps, PageConfig } from 'next';
import { ExplainCommand } from '@/components/explain-command/explain-command';
import { PageHead } from '@/components/layout/page-head';
import { cheatSheet, type CheatSheetGroup } from '@/lib/content/cheat-sheet';
import { getLessons } from '@/lib/content/lessons';
import { extraPages, lessonPath } from '@/lib/server/site';

/** No Next or React script in the browser: the page is HTML, CSS and its islands. */
export const config: PageConfig = { unstable_runtimeJS: false };

type CheatSheetProps = { groups: CheatSheetGroup[]; lessonCount: number };

export const getStaticProps: GetStaticProps<CheatSheetProps> = async () => {
  const lessons = await getLessons();
  return { props: { groups: cheatSheet(lessons), lessonCount: lessons.length } };
};

const description =
  'Every docker command the Learn Docker course teaches, grouped by task, each part explained, with the lesson that teaches it.';

/**
 * The cheat sheet: built at build time from the lessons' own commands and the CLI model
 * (lib/content/cheat-sheet.ts), so it lists what the course teaches and says it the same way.
 * Its print styles (styles/globals.css, `.cheat-sheet`) fit it on two A4 pages.
 */
export default function CheatSheetPage({ groups, lessonCount }: CheatSheetProps) {
  const count = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <main id="main" tabIndex={-1} className="cheat-sheet mx-auto max-w-5xl px-4 py-10 outline-none sm:px-6">
      <PageHead title="Docker cheat sheet" description={description} path={extraPages.cheatSheet} />
      <header className="cheat-header">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">Docker cheat sheet</h1>
        <p className="mt-3 text-lg text-muted text-pretty">
          The {count} docker commands the {lessonCount} lessons teach, grouped by task, each part explained, with a link to the lesson that
          teaches it. It is built from the lessons themselves, and prints on two A4 pages.
        </p>
      </header>
      <nav aria-label="Tasks" className="cheat-screen-only mt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`} className="text-accent underline underline-offset-2">
                {group.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="cheat-screen-only">
        <ExplainCommand />
      </div>
      <div className="cheat-groups">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id} className="cheat-group mt-10">
            <h2 id={group.id} className="scroll-mt-20 text-2xl font-bold tracking-tight">
              {group.title}
            </h2>
            <ul className="mt-4 space-y-5">
              {group.entries.map((entry) => (
                <li key={entry.text} className="cheat-entry">
                  <p>
                    <code className="font-mono text-sm font-semibold break-words text-ink">{entry.text}</code>
                  </p>
                  <p className={`mt-1 text-muted ${entry.summaryRepeated ? 'cheat-repeated' : ''}`}>
                    {entry.summary}
                    {entry.alias ? <span className="cheat-alias"> {entry.alias}</span> : null}
                  </p>
                  {entry.parts.length > 0 ? (
                    <dl className="cheat-parts mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[minmax(0,max-content)_1fr]">
                      {entry.parts.map((part, index) => (
                        <div
                          key={index}
                          className={`contents ${part.repeated ? 'cheat-repeated' : ''} ${part.kind === 'argument' ? 'cheat-argument' : ''}`}
                        >
                          <dt>
                            <code className="font-mono break-all text-ink">{part.text}</code>
                          </dt>
                          <dd className="text-muted">{part.explanation}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  <p className="cheat-source mt-1 text-sm">
                    <a href={`${lessonPath(entry.lesson.slug)}#${entry.section.id}`} className="text-accent underline underline-offset-2">
                      Lesson {entry.lesson.order}, {entry.section.heading}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </main>
  );
}

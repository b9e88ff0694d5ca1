import type { Lesson } from '@/lib/content/lessons';
import { Island } from '@/lib/server/island';
import { lessonPath } from '@/lib/server/site';
import { lessonPagerTag, onHoverRules } from './lesson-pager.contract';

type Neighbour = Pick<Lesson, 'slug' | 'title'> | null;

/**
 * Previous and Next at the end of a lesson. The next lesson is prerendered when the reader
 * points at Next (the rules below, no JavaScript needed) or nears the end (the island), so
 * it opens at once; the CSP allows inline speculation rules, which run no script.
 */
export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <Island island="lesson-pager" tag={lessonPagerTag} className="block">
      {next && <script type="speculationrules" dangerouslySetInnerHTML={{ __html: onHoverRules }} />}
      <nav aria-label="Previous and next lesson" className="mt-12 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
        {previous ? (
          <a
            href={lessonPath(previous.slug)}
            rel="prev"
            className="group rounded-lg border border-line p-4 no-underline hover:border-accent"
          >
            <span className="block text-sm text-muted">Previous lesson</span>
            <span className="font-semibold text-ink group-hover:text-accent">← {previous.title}</span>
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a
            href={lessonPath(next.slug)}
            rel="next"
            className="group rounded-lg border border-line p-4 text-right no-underline hover:border-accent"
          >
            <span className="block text-sm text-muted">Next lesson</span>
            <span className="font-semibold text-ink group-hover:text-accent">{next.title} →</span>
          </a>
        ) : null}
      </nav>
    </Island>
  );
}

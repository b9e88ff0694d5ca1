import type { Lesson } from '@/lib/content/lessons';
import { lessonPath } from '@/lib/server/site';

type Neighbour = Pick<Lesson, 'slug' | 'title'> | null;

export function LessonPager({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next lesson" className="mt-12 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? (
        <a href={lessonPath(previous.slug)} rel="prev" className="group rounded-lg border border-line p-4 no-underline hover:border-accent">
          <span className="block text-sm text-muted">Previous lesson</span>
          <span className="font-semibold text-ink group-hover:text-accent">← {previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={lessonPath(next.slug)} rel="next" className="group rounded-lg border border-line p-4 text-right no-underline hover:border-accent">
          <span className="block text-sm text-muted">Next lesson</span>
          <span className="font-semibold text-ink group-hover:text-accent">{next.title} →</span>
        </a>
      ) : null}
    </nav>
  );
}

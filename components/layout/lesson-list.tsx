import type { Lesson } from '@/lib/content/lessons';
import { lessonPath } from '@/lib/server/site';
import { LessonStatus } from '../progress/lesson-status';

export type LessonLink = Pick<Lesson, 'slug' | 'title' | 'order'>;

/**
 * The course outline, with the lesson being read marked for sight and for screen readers, and
 * a check mark beside each lesson the reader completed.
 */
export function LessonList({ lessons, currentSlug }: { lessons: LessonLink[]; currentSlug?: string }) {
  return (
    <ol className="space-y-1">
      {lessons.map((lesson) => {
        const current = lesson.slug === currentSlug;
        return (
          <li key={lesson.slug}>
            <a
              href={lessonPath(lesson.slug)}
              aria-current={current ? 'page' : undefined}
              className={`flex gap-3 rounded-md px-3 py-2 text-sm no-underline ${
                current ? 'bg-accent-soft font-semibold text-ink' : 'text-muted hover:bg-surface hover:text-ink'
              }`}
            >
              <span aria-hidden="true" className={`tabular-nums ${current ? 'text-accent' : ''}`}>
                {String(lesson.order).padStart(2, '0')}
              </span>
              <span>{lesson.title}</span>
              <LessonStatus slug={lesson.slug} look="mark" />
            </a>
          </li>
        );
      })}
    </ol>
  );
}

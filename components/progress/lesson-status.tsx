import { Island } from '@/lib/server/island';
import { lessonStatusSlug, lessonStatusTag, statusLook, type StatusLook } from './progress.contract';

/**
 * "Completed" and "Checked on my machine" beside a lesson, in words and not only a colour:
 * badges in the home page's list (`badge`), marks in the sidebar (`mark`). Empty until
 * progress.island.ts fills it in, so the page never says "Completed" for the other lessons.
 * The element itself is the box (it has a class), so it sits in the flex row as the span it replaces did.
 */
export function LessonStatus({ slug, look }: { slug: string; look: StatusLook }) {
  const className = look === 'badge' ? 'mt-3 flex flex-wrap gap-2 empty:hidden' : 'ml-auto shrink-0 text-accent empty:hidden';
  return <Island island="progress" tag={lessonStatusTag} className={className} {...lessonStatusSlug.set(slug)} {...statusLook.set(look)} />;
}

import { useIsland } from '../islands';

/**
 * "Completed" beside a lesson, in words and not only a colour: a badge in the home page's list
 * (`badge`), a check mark in the sidebar (`mark`). Empty until islands/progress.ts fills it in
 * for a lesson the reader completed, so the page never says "Completed" for the others.
 */
export function LessonStatus({ slug, look }: { slug: string; look: 'badge' | 'mark' }) {
  useIsland('progress');
  const className =
    look === 'badge'
      ? 'mt-3 inline-flex items-center gap-1 self-start rounded-full bg-accent-soft px-2 py-0.5 text-sm font-semibold text-ink empty:hidden'
      : 'ml-auto shrink-0 text-accent empty:hidden';
  return <span data-lesson-status={slug} data-look={look} className={className} />;
}

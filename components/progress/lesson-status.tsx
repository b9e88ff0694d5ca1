import { useIsland } from '@/lib/server/island';

/**
 * "Completed" and "Checked on my machine" beside a lesson, in words and not only a colour:
 * badges in the home page's list (`badge`), marks in the sidebar (`mark`). Empty until
 * components/progress/progress.island.ts fills it in, so the page never says "Completed" for the other lessons.
 */
export function LessonStatus({ slug, look }: { slug: string; look: 'badge' | 'mark' }) {
  useIsland('progress');
  const className =
    look === 'badge'
      ? 'mt-3 flex flex-wrap gap-2 empty:hidden'
      : 'ml-auto shrink-0 text-accent empty:hidden';
  return <span data-lesson-status={slug} data-look={look} className={className} />;
}

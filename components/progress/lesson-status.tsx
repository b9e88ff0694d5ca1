'use client';

import { isComplete } from '@/lib/progress/progress';
import { useProgress } from './use-progress';

/** "Completed" beside a lesson in the home page's list: in words, not only a colour. */
export function LessonStatus({ slug }: { slug: string }) {
  const { progress } = useProgress();
  if (!isComplete(progress, slug)) return null;
  return (
    <span className="mt-3 inline-flex items-center gap-1 self-start rounded-full bg-accent-soft px-2 py-0.5 text-sm font-semibold text-ink">
      <span aria-hidden="true">✓</span>Completed
    </span>
  );
}

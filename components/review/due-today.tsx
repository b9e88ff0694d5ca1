import { Island } from '@/lib/server/island';

/**
 * "N items due for review today" on the home page, filled by due-today.island.ts from the
 * review schedule in this browser. Empty (and hidden) without JavaScript or before anything
 * was answered, so it never says something wrong.
 */
export function DueToday() {
  return (
    <Island island="due-today" tag="ld-due-today">
      <p data-due-today="" hidden className="mt-6 text-pretty" />
    </Island>
  );
}

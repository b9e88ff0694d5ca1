/**
 * How a right/wrong verdict looks wherever one is shown (quiz feedback, explorers, check your
 * work): a colour with AA contrast in both themes plus a mark, so it is never colour alone.
 * Shared by server components and islands; Tailwind finds the classes here (lib/ is scanned).
 */
export const verdictStyle = {
  right: { className: 'text-emerald-800 dark:text-emerald-300', mark: '✓ ' },
  wrong: { className: 'text-red-700 dark:text-red-300', mark: '✗ ' },
  /** Neither: the input could not be read, or there is nothing to judge yet. */
  unsure: { className: 'text-ink', mark: '? ' },
} as const;

export type VerdictKind = keyof typeof verdictStyle;

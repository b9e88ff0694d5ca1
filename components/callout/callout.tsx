import type { ReactNode } from 'react';
import { calloutVariants, type CalloutVariant } from '@/components/callout/callout-variants';

const variantStyle: Record<CalloutVariant, { label: string; className: string; icon: string }> = {
  note: { label: 'Note', className: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40', icon: 'i' },
  tip: { label: 'Tip', className: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40', icon: '✓' },
  warning: { label: 'Warning', className: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40', icon: '!' },
  question: { label: 'Question', className: 'border-violet-600 bg-violet-50 dark:border-violet-400 dark:bg-violet-950/40', icon: '?' },
};

/** Note, tip, warning or question: one component, a closed set of variants (checked at build). */
export function Callout({ variant, title, children }: { variant: CalloutVariant; title?: string; children?: ReactNode }) {
  if (!calloutVariants.includes(variant)) {
    throw new Error(`Callout variant "${variant}" is not one of ${calloutVariants.join(', ')}`);
  }
  const style = variantStyle[variant];
  return (
    <div
      role="note"
      aria-label={title ? `${style.label}: ${title}` : style.label}
      className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${style.className}`}
    >
      <p className="my-0 flex items-center gap-2 font-semibold text-ink">
        <span aria-hidden="true" className="inline-flex size-5 items-center justify-center rounded-full border border-current text-xs">
          {style.icon}
        </span>
        {title ? (
          <span>
            <span className="sr-only">{style.label}: </span>
            {title}
          </span>
        ) : (
          style.label
        )}
      </p>
      <div className="mt-1 [&>:first-child]:mt-1 [&>:last-child]:mb-0">{children}</div>
    </div>
  );
}

export const calloutVariants = ['note', 'tip', 'warning', 'question'] as const;
export type CalloutVariant = (typeof calloutVariants)[number];

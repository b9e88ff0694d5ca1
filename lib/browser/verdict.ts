import { verdictStyle, type VerdictKind } from '@/lib/shared/verdict-style';
import { h } from './dom';

/** `<strong>` with the verdict's colour and its mark (hidden from screen readers, which read the words). */
export function verdict(kind: VerdictKind, text: string): HTMLElement {
  const { className, mark } = verdictStyle[kind];
  return h('strong', { className, 'data-verdict': true }, h('span', { 'aria-hidden': 'true' }, mark), text);
}

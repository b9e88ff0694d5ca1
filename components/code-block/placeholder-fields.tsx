'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { placeholderFallbacks } from '@/lib/code-blocks/placeholders';
import { getServerValues, getValues, setValue, subscribe } from './placeholder-store';

/**
 * Turns each `span[data-placeholder]` of a highlighted block (made at build time by
 * lib/code-blocks/rehype-code-blocks.ts) into a text field, rendered through a portal so
 * the server-rendered code around it stays untouched. Without JavaScript the span still
 * reads `<user>`; with it, CSS hides that text once the field is in (see code-block.tsx).
 */
export function PlaceholderFields({ container }: { container: HTMLElement | null }) {
  const values = useSyncExternalStore(subscribe, getValues, getServerValues);
  const slots = useMemo(() => [...(container?.querySelectorAll<HTMLElement>('[data-placeholder]') ?? [])], [container]);
  return slots.map((slot, index) => {
    const name = slot.dataset.placeholder ?? '';
    const value = values[name] ?? '';
    return createPortal(
      <input
        type="text"
        aria-label={name}
        placeholder={name}
        title={`Your ${name}, used in every command of the page. Left empty, the copy uses ${placeholderFallbacks[name]}.`}
        value={value}
        onChange={(event) => setValue(name, event.target.value)}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="none"
        style={{ width: `${Math.max(value.length, name.length) + 1}ch` }}
        className="box-content h-5 rounded-sm border border-dashed border-current bg-transparent px-1 py-0 align-baseline leading-5 placeholder:italic placeholder:opacity-70 focus:border-solid"
      />,
      slot,
      String(index),
    );
  });
}

import { createContext, createElement, useContext, type ReactElement, type ReactNode } from 'react';
import type { IslandTag } from '@/lib/browser/define-island';
import type { DataName } from '@/lib/shared/contract';
import type { IslandName } from '@/lib/server/islands';
import { islandControl } from '@/lib/shared/island-control';

/** Filled while a page renders on the server; pages/_document.tsx emits a script per name. */
export const IslandCollector = createContext<Set<IslandName> | null>(null);

/**
 * Declares that the markup being rendered needs island `name` in the browser. Rendering is
 * server-only (the pages ship no React), so collecting during render is safe; in `next dev`,
 * where the page hydrates, there is no collector and this does nothing.
 */
export function useIsland(name: IslandName): void {
  useContext(IslandCollector)?.add(name);
}

type IslandProps = {
  /** The island module (components/<feature>/<island>.island.ts) that defines the tag. */
  island: IslandName;
  tag: IslandTag;
  /** Without one, the element takes no box of its own (`display: contents`): it only scopes. */
  className?: string;
  children?: ReactNode;
  id?: string;
  hidden?: boolean;
} & { [data: DataName]: string | undefined };

/**
 * The element an island upgrades: `<ld-toc>` around the markup it enhances. Rendering it asks
 * for the island's script, so a page loads the islands its markup uses and no other.
 */
export function Island({ island, tag, className = 'contents', children, ...attributes }: IslandProps) {
  useIsland(island);
  return createElement(tag, { ...attributes, className }, children);
}

/**
 * A form field that arrives with its island (lib/shared/island-control.ts says why): until then
 * a box of its size stands in its place, so nothing moves when it comes. `box` gives the box the
 * field's own classes, which must fix its height (`h-10`, not a number of rows): an empty box has
 * no line to size it. The box is empty, so assistive technology has nothing to read in it; without
 * JavaScript it is not shown.
 */
export function IslandControl({ box, children }: { box: string; children: ReactElement }) {
  return createElement(
    'span',
    { [islandControl]: '', className: `${box} [html:not(.js)_&]:hidden` },
    createElement('template', null, children),
  );
}

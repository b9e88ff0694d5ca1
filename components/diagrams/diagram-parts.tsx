import type { ReactNode } from 'react';

// Shared pieces of the lesson diagrams. Server components only: the diagrams are
// static SVG, so they ship no JavaScript.
//
// Colours come from the site's theme tokens (app/globals.css: ink, muted, page, surface,
// accent), which switch with the `.dark` class, plus Tailwind colours with `dark:` variants
// for right and wrong. Every text/background pair has at least 4.5:1 contrast in both themes.

/** Class names for the parts of a diagram. */
export const tone = {
  text: 'fill-ink',
  muted: 'fill-muted',
  outer: 'fill-surface stroke-muted',
  inner: 'fill-page stroke-muted',
  flow: 'stroke-accent',
  flowText: 'fill-accent',
  flowHead: 'fill-accent',
  good: 'fill-emerald-800 dark:fill-emerald-300',
  goodLine: 'stroke-emerald-800 dark:stroke-emerald-300',
  bad: 'fill-red-700 dark:fill-red-300',
  badLine: 'stroke-red-700 dark:stroke-red-300',
} as const;

const headTone = { flow: tone.flowHead, good: tone.good, bad: tone.bad } as const;
const lineTone = { flow: tone.flow, good: tone.goodLine, bad: tone.badLine } as const;

export const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

type DiagramFigureProps = {
  /** Prefix for every id in the SVG; unique per diagram. */
  id: string;
  /** Short name of the picture (SVG title). */
  title: string;
  /** Everything the picture says, in words (SVG desc). */
  desc: string;
  caption: ReactNode;
  viewBox: string;
  children: ReactNode;
};

/** A figure with an accessible, responsive SVG and a caption. */
export function DiagramFigure({ id, title, desc, caption, viewBox, children }: DiagramFigureProps) {
  return (
    <figure data-heavy-figure className="not-prose my-8">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={viewBox}
        width="100%"
        className="mx-auto block h-auto w-full max-w-md"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
        fontSize={14}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <defs>
          {(['flow', 'good', 'bad'] as const).map((kind) => (
            <marker
              key={kind}
              id={`${id}-head-${kind}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0 L10 5 L0 10 z" className={headTone[kind]} />
            </marker>
          ))}
        </defs>
        {children}
      </svg>
      <figcaption className="mt-3 text-center text-sm text-muted">{caption}</figcaption>
    </figure>
  );
}

type BoxProps = { x: number; y: number; width: number; height: number; inner?: boolean; dashed?: boolean };

/** A rounded box. */
export function Box({ x, y, width, height, inner = false, dashed = false }: BoxProps) {
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      rx={8}
      strokeWidth={1.5}
      strokeDasharray={dashed ? '6 4' : undefined}
      className={inner ? tone.inner : tone.outer}
    />
  );
}

type ArrowProps = {
  /** The figure's id prefix (to find the arrow heads). */
  id: string;
  d: string;
  kind?: 'flow' | 'good' | 'bad';
  /** Arrow head at the start too. */
  both?: boolean;
  dashed?: boolean;
};

/** A line with an arrow head at its end (and at its start if `both`). */
export function Arrow({ id, d, kind = 'flow', both = false, dashed = false }: ArrowProps) {
  const head = `url(#${id}-head-${kind})`;
  return (
    <path
      d={d}
      fill="none"
      strokeWidth={2}
      strokeDasharray={dashed ? '5 4' : undefined}
      className={lineTone[kind]}
      markerEnd={head}
      markerStart={both ? head : undefined}
    />
  );
}

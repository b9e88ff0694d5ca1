'use client';

import type { MouseEvent, ReactNode } from 'react';
import { useVideo } from './video-player';

/**
 * A chapter: a real link to the second on youtube.com (works without JavaScript, and with
 * Ctrl/Cmd/Shift/middle click), which with JavaScript plays the embedded video from there.
 */
export function ChapterLink({ at, href, className, children }: { at: number; href: string; className: string; children: ReactNode }) {
  const { current, play } = useVideo();
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    play(at);
  };
  return (
    <a href={href} className={className} aria-current={current === at || undefined} onClick={onClick}>
      {children}
    </a>
  );
}

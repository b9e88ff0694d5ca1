'use client';

import type { ReactNode } from 'react';
import { useVideo } from './video-player';

/** The poster's play button; its look and label come from the server (video.tsx). */
export function PlayButton({ className, children }: { className: string; children: ReactNode }) {
  const { play } = useVideo();
  return (
    <button type="button" className={className} onClick={() => play()}>
      {children}
    </button>
  );
}

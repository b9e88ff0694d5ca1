import { defineIsland, whenNear } from '@/lib/browser/runtime';
import { videoTag } from './video.contract';

/** Loads the video's behaviour (video.lazy.ts) only when the reader comes near it. */
defineIsland(
  videoTag,
  whenNear(() => import('./video.lazy')),
);

import { defineIsland, whenNear } from '@/lib/browser/runtime';
import { drillTag } from './drill.contract';

/** Loads a drill's behaviour (drill.lazy.ts) only when the reader comes near the Practice section. */
defineIsland(
  drillTag,
  whenNear(() => import('./drill.lazy')),
);

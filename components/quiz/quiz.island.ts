import { defineIsland, whenNear } from '@/lib/browser/runtime';
import { quizTag } from './quiz.contract';

/** Loads the quiz's behaviour (quiz.lazy.ts) only when the reader comes near it. */
defineIsland(
  quizTag,
  whenNear(() => import('./quiz.lazy')),
);

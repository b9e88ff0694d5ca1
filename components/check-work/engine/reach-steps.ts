/*
 * The questions of "It runs but I can't reach it" (lesson 5), in the order the issue gives
 * them, each with the read-only command to paste. The questions and what each command shows
 * are words, so they are in messages.ts (`reachText`); this table is data only.
 */
import { dashApp } from '@/lib/shared/course';

export type ReachStepId = 'running' | 'published' | 'listening' | 'port-free';

export type ReachStep = { id: ReachStepId; command: string };

export const reachPath: ReachStep[] = [
  { id: 'running', command: `docker ps -a --filter name=${dashApp.container}` },
  { id: 'published', command: `docker port ${dashApp.container}` },
  { id: 'listening', command: `docker logs ${dashApp.container}` },
  { id: 'port-free', command: `docker ps --filter publish=${dashApp.port}` },
];

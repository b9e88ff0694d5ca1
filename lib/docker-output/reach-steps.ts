/*
 * The questions of "It runs but I can't reach it" (lesson 5), in the order the issue gives
 * them, each with the read-only command to paste. Data only, so the island can show the path
 * before it loads the checker.
 */
export type ReachStepId = 'running' | 'published' | 'listening' | 'port-free';

export type ReachStep = { id: ReachStepId; question: string; command: string; reveals: string };

export const reachPath: ReachStep[] = [
  { id: 'running', question: 'Is dash-app running?', command: 'docker ps -a --filter name=dash-app', reveals: 'Lists the container with its state and ports.' },
  { id: 'published', question: 'Is port 8050 published?', command: 'docker port dash-app', reveals: 'Lists its published ports and where they listen.' },
  { id: 'listening', question: 'Does the app listen on 0.0.0.0?', command: 'docker logs dash-app', reveals: 'Shows what the app printed, including where it listens.' },
  { id: 'port-free', question: 'Is port 8050 on your machine free?', command: 'docker ps --filter publish=8050', reveals: 'Lists the running containers that publish port 8050.' },
];

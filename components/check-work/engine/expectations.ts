/*
 * What each lesson expects on the learner's machine: the table the panels (server) read, the
 * checks' part of it (expected.ts: names, ports, project, services, networks) with each
 * lesson's number and the command its panel offers. The island's code reads expected.ts only,
 * so that the commands stay out of its bundle.
 *
 * `command` is the read-only command the panel offers: chosen to print what the check needs
 * and nothing secret (a full `docker inspect` prints Config.Env, `docker compose config`
 * prints POSTGRES_PASSWORD). What it shows, in words, is in messages.ts (`reveals`), which
 * stays on the server.
 */
import { composeProject, dashApp, localRegistry, projectNetwork, runCommand } from '@/lib/shared/course';
import { expected, type StepCheck } from './expected';
import type { Step } from './types';

export type { Publish, ServiceExpectation } from './expected';

export type StepExpectation = StepCheck & { lesson: number; command: string };

/** Lesson 5's command (lib/shared/course.ts); only messages.ts uses it here, so it stays out of the island's bundle. */
export { runCommand };

export const expectations: Record<Step, StepExpectation> = {
  install: { lesson: 3, command: 'docker version', ...expected.install },
  run: { lesson: 5, command: `docker ps -a --filter name=${dashApp.container} --format json`, ...expected.run },
  compose: { lesson: 7, command: 'docker compose ps -a --format json', ...expected.compose },
  networks: { lesson: 8, command: `docker network inspect ${composeProject.networks.map(projectNetwork).join(' ')}`, ...expected.networks },
  share: { lesson: 6, command: `docker ps -a --filter name=${localRegistry.container}`, ...expected.share },
  volumes: { lesson: 9, command: `docker volume ls --filter name=${composeProject.name}`, ...expected.volumes },
};

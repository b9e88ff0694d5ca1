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
import { expected, type StepCheck } from './expected';
import type { Step } from './types';

export type { Publish, ServiceExpectation } from './expected';

export type StepExpectation = StepCheck & { lesson: number; command: string };

/** Lesson 5's command; only messages.ts uses it, so it stays out of the island's bundle. */
export const runCommand = 'docker run --rm --name dash-app -p 8050:8050 e4l-python-graph';

export const expectations: Record<Step, StepExpectation> = {
  install: { lesson: 3, command: 'docker version', ...expected.install },
  run: { lesson: 5, command: 'docker ps -a --filter name=dash-app --format json', ...expected.run },
  compose: { lesson: 6, command: 'docker compose ps -a --format json', ...expected.compose },
  networks: { lesson: 7, command: 'docker network inspect dash-app_frontend dash-app_backend', ...expected.networks },
};

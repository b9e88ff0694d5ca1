/*
 * What each lesson expects on the learner's machine: the one table the checks (browser) and
 * the panels (server) read. The names come from the lessons: lesson 5 runs `docker run --rm
 * --name dash-app -p 8050:8050 e4l-python-graph`, lesson 6 runs it as service web of project
 * dash-app, lesson 7 adds proxy (nginx, 8080:80) and db on the networks frontend and backend.
 *
 * `command` is the read-only command the panel offers: chosen to print what the check needs
 * and nothing secret (a full `docker inspect` prints Config.Env, `docker compose config`
 * prints POSTGRES_PASSWORD). What it shows, in words, is in messages.ts (`reveals`), which
 * stays on the server.
 */
import type { Step } from './types';

export type Publish = { host: number; container: number };
export type ServiceExpectation = { publish?: Publish; networks?: string[] };

export type StepExpectation = {
  lesson: number;
  command: string;
  url?: string;
  container?: string;
  image?: string;
  publish?: Publish;
  project?: string;
  services?: Record<string, ServiceExpectation>;
};

const app: Publish = { host: 8050, container: 8050 };
const url = 'http://localhost:8050';

/** Lesson 5's command; only messages.ts uses it, so it stays out of the island's bundle. */
export const runCommand = 'docker run --rm --name dash-app -p 8050:8050 e4l-python-graph';

export const expectations: Record<Step, StepExpectation> = {
  install: { lesson: 3, command: 'docker version' },
  run: { lesson: 5, command: 'docker ps -a --filter name=dash-app --format json', url, container: 'dash-app', image: 'e4l-python-graph', publish: app },
  compose: { lesson: 6, command: 'docker compose ps -a --format json', url, project: 'dash-app', services: { web: { publish: app } } },
  networks: {
    lesson: 7,
    command: 'docker network inspect dash-app_frontend dash-app_backend',
    url: 'http://localhost:8080',
    project: 'dash-app',
    services: {
      proxy: { publish: { host: 8080, container: 80 }, networks: ['frontend'] },
      web: { networks: ['frontend', 'backend'] },
      db: { networks: ['backend'] },
    },
  },
};

/*
 * What each lesson expects on the learner's machine: the one table the checks read. The
 * names come from the lessons: lesson 5 runs `docker run --rm --name dash-app -p 8050:8050
 * e4l-python-graph`, lesson 6 runs it as service web of project dash-app, lesson 7 adds proxy
 * (nginx, 8080:80) and db on the networks frontend and backend.
 *
 * `command` is the read-only command the panel offers: chosen to print what the check needs
 * and nothing secret (a full `docker inspect` prints Config.Env, `docker compose config`
 * prints POSTGRES_PASSWORD). `reveals` says what it shows and what it doesn't.
 */
import type { Step } from './types';

export type Publish = { host: number; container: number };
export type ServiceExpectation = { publish?: Publish; networks?: string[] };

export type StepExpectation = {
  lesson: number;
  command: string;
  reveals: string;
  /** The outputs the text area also reads, named for the "I can't read this" answer. */
  accepts: string;
  url?: string;
  container?: string;
  image?: string;
  publish?: Publish;
  project?: string;
  services?: Record<string, ServiceExpectation>;
};

const app: Publish = { host: 8050, container: 8050 };

export const runCommand = 'docker run --rm --name dash-app -p 8050:8050 e4l-python-graph';

export const expectations: Record<Step, StepExpectation> = {
  install: {
    lesson: 3,
    command: 'docker version',
    reveals: 'Shows the versions of the Docker client and server and whether the client reaches the server; nothing about your containers or files.',
    accepts: 'docker version, docker info or docker run hello-world',
  },
  run: {
    lesson: 5,
    command: 'docker ps -a --filter name=dash-app --format json',
    reveals: 'Shows whether dash-app runs or how it exited, and which ports it publishes; not its logs or environment variables.',
    accepts: 'docker ps, docker inspect dash-app, docker logs dash-app or docker run',
    url: 'http://localhost:8050',
    container: 'dash-app',
    image: 'e4l-python-graph',
    publish: app,
  },
  compose: {
    lesson: 6,
    command: 'docker compose ps -a --format json',
    reveals: 'Run in the dash-app folder, it shows the project name, each service’s state and exit code, and published ports; not logs or environment variables.',
    accepts: 'docker compose ps, docker compose logs or docker compose config',
    url: 'http://localhost:8050',
    project: 'dash-app',
    services: { web: { publish: app } },
  },
  networks: {
    lesson: 7,
    command: 'docker network inspect dash-app_frontend dash-app_backend',
    reveals: 'Shows which containers are on each network and their addresses; not their settings or environment variables (such as POSTGRES_PASSWORD).',
    accepts: 'docker network inspect, docker compose ps, docker compose logs or docker compose config',
    url: 'http://localhost:8080',
    project: 'dash-app',
    services: {
      proxy: { publish: { host: 8080, container: 80 }, networks: ['frontend'] },
      web: { networks: ['frontend', 'backend'] },
      db: { networks: ['backend'] },
    },
  },
};

/** Every Compose service any lesson names, to split container names like dash-app-web-1. */
export const knownServices = ['web', 'proxy', 'db'];

/*
 * What the checks expect of each step, the names and ports of the lessons: lesson 5 runs
 * `docker run --rm --name dash-app -p 8050:8050 e4l-python-graph`, lesson 6 runs it as service
 * web of project dash-app, lesson 7 adds proxy (nginx, 8080:80) and db on the networks
 * frontend and backend. The browser's part of expectations.ts, which adds for the server each
 * lesson's number and the command its panel offers.
 */
import type { Step } from './types';

export type Publish = { host: number; container: number };
export type ServiceExpectation = { publish?: Publish; networks?: string[] };

export type StepCheck = {
  url?: string;
  container?: string;
  image?: string;
  publish?: Publish;
  project?: string;
  services?: Record<string, ServiceExpectation>;
};

const app: Publish = { host: 8050, container: 8050 };
const url = 'http://localhost:8050';

export const expected: Record<Step, StepCheck> = {
  install: {},
  run: { url, container: 'dash-app', image: 'e4l-python-graph', publish: app },
  compose: { url, project: 'dash-app', services: { web: { publish: app } } },
  networks: {
    url: 'http://localhost:8080',
    project: 'dash-app',
    services: {
      proxy: { publish: { host: 8080, container: 80 }, networks: ['frontend'] },
      web: { networks: ['frontend', 'backend'] },
      db: { networks: ['backend'] },
    },
  },
};

/*
 * What the checks expect of each step, derived from the course's one home for the example app
 * (lib/shared/course.ts): lesson 5 runs `docker run --rm --name dash-app -p 8050:8050
 * e4l-python-graph`, lesson 7 runs it as service web of project dash-app, lesson 8 adds proxy
 * (nginx, 8080:80) and db on the networks frontend and backend. The browser's part of
 * expectations.ts, which adds for the server each lesson's number and the command its panel offers.
 */
import { composeProject, dashApp, dataVolume, localRegistry, projectVolume } from '@/lib/shared/course';
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
  /** Lesson 6: the image's name in the local registry and its tag. */
  repository?: string;
  tag?: string;
  /** Lesson 9: the named volume as Docker lists it. */
  volume?: string;
};

const app: Publish = { host: dashApp.port, container: dashApp.port };
const url = dashApp.url;

/** Lesson 8's services as the checks compare them: what each publishes and the networks it is on. */
const services: Record<string, ServiceExpectation> = Object.fromEntries(
  Object.entries(composeProject.services).map(([name, s]) => [
    name,
    { ...('publish' in s && { publish: { ...s.publish } }), networks: [...s.networks] },
  ]),
);

export const expected: Record<Step, StepCheck> = {
  install: {},
  run: { url, container: dashApp.container, image: dashApp.image, publish: app },
  compose: { url, project: composeProject.name, services: { web: { publish: { ...composeProject.web.publish } } } },
  networks: { url: composeProject.proxyUrl, project: composeProject.name, services },
  share: {
    container: localRegistry.container,
    image: localRegistry.image,
    publish: { host: localRegistry.port, container: localRegistry.port },
    repository: localRegistry.repository,
    tag: localRegistry.tag,
  },
  volumes: { project: composeProject.name, volume: projectVolume(dataVolume.name) },
};

/*
 * The course's example app, once: the names, image, ports, services and networks the lessons
 * build and run. "Check your work", the explorers, the diagrams' words, the lesson rules and the
 * messages derive from here; course.test.ts holds these facts against the shipped example
 * files and the lessons, so a renamed container or port changes here or fails a test.
 */

/** Lesson 5: the Dash app as one container. */
export const dashApp = {
  /** The folder under public/examples/ with app.py, the Dockerfile and compose.yaml. */
  folder: 'dash-app',
  image: 'e4l-python-graph',
  container: 'dash-app',
  /** Dash listens on this port in the container, and the lessons publish the same host port. */
  port: 8050,
  url: 'http://localhost:8050',
} as const;

/** `docker run` as lesson 6 teaches it. */
export const runCommand = `docker run --rm --name ${dashApp.container} -p ${dashApp.port}:${dashApp.port} ${dashApp.image}`;

export type ServiceFacts = { image?: string; port: number; publish?: { host: number; container: number }; networks: readonly string[] };

/** Lessons 8 and 9: the same app as the Compose project dash-app (lesson 9 adds proxy and db on two networks). */
export const composeProject = {
  name: 'dash-app',
  /** Lesson 8's one service: web, published as in lesson 6. */
  web: { port: dashApp.port, publish: { host: dashApp.port, container: dashApp.port }, networks: ['default'] } satisfies ServiceFacts,
  /** Lesson 8's services: only the proxy publishes a port. */
  services: {
    proxy: { image: 'nginx:stable', port: 80, publish: { host: 8080, container: 80 }, networks: ['frontend'] },
    web: { port: dashApp.port, networks: ['frontend', 'backend'] },
    db: { image: 'postgres:18', port: 5432, networks: ['backend'] },
  } satisfies Record<string, ServiceFacts>,
  networks: ['frontend', 'backend'],
  proxyUrl: 'http://localhost:8080',
} as const;

/** A network of the project as Docker names it: `<project>_<network>`. */
export const projectNetwork = (network: string) => `${composeProject.name}_${network}`;

/** Lesson 6: a registry of your own on port 5000 (`docker run -d -p 127.0.0.1:5000:5000 --name registry registry:3`), and the image pushed to it. */
export const localRegistry = {
  container: 'registry',
  image: 'registry:3',
  /** The registry listens on this port in its container, and the lesson publishes the same port on 127.0.0.1. */
  port: 5000,
  /** The image's name in the registry, and its tag. */
  repository: `localhost:5000/${dashApp.image}`,
  tag: '1.0',
} as const;

/** Lesson 9: db's named volume (top-level `volumes: db-data:`), mounted where PostgreSQL keeps its data. */
export const dataVolume = { name: 'db-data', mountedAt: '/var/lib/postgresql' } as const;

/** A volume of the project as Compose names it: `<project>_<volume>` (dash-app_db-data). */
export const projectVolume = (volume: string) => `${composeProject.name}_${volume}`;

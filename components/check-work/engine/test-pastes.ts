/*
 * For the unit tests only (Node): every paste the tests run at every check, i.e. each fixture
 * (whole and without its command line) and a few made-up pastes for the answers no real
 * fixture gives (a container that is created or restarting, a service without ports, …).
 * messages.test.ts runs them all to find every message key each check can produce.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadCorpus } from '../corpus/corpus';
import { diagnose } from './check';
import { body, fixturesDir } from './load-fixture';
import { reachPath } from './reach-steps';
import { hostTools } from './host-tools';
import { sweep, type SweepCase } from './source-sweep';
import type { Check, Diagnosis, Step } from './types';

export const steps: Step[] = ['install', 'run', 'compose', 'networks', 'share', 'volumes'];
export const checks: Check[] = [...steps, ...reachPath.map((s): Check => `reach:${s.id}`)];

/** Runs a paste at a panel step or at a step of the reach path, through diagnose(): a reader's exception fails the test. */
export const check = (where: Check, text: unknown): Promise<Diagnosis> => diagnose(where, text);

/**
 * A row of a sweep table (source-sweep.ts, start-lines.ts) through the engine: its verdict and one of its ids, or, for a row left
 * unread on purpose, no "ok". Returns the answer for a table's own further assertions.
 */
export async function expectSweepRow(c: SweepCase): Promise<Diagnosis> {
  const d = await check(c.check, c.text);
  if (c.left) expect(d.kind).not.toBe('ok');
  else {
    expect(d.kind).toBe(c.want[0]);
    expect(c.want.slice(1)).toContain(d.id);
  }
  return d;
}

/** `docker ps --format json` lines (docker/cli formatter.ContainerContext), one per [name, status, ports]. */
export const psJson = (...rows: [name: string, status: string, ports?: string][]) =>
  rows.map(([Names, Status, Ports = '']) => JSON.stringify({ Names, Image: 'x', Status, Ports })).join('\n');

const project = (status: string, proxy = '0.0.0.0:8080->80/tcp', web = '8050/tcp') =>
  psJson(['dash-app-proxy-1', status, proxy], ['dash-app-web-1', status, web], ['dash-app-db-1', status, '5432/tcp']);

export const madeUp: Record<string, string> = {
  'a container created but never started': psJson(['dash-app', 'Created']),
  'a container restarting': psJson(['dash-app', 'Restarting (1) 2 seconds ago']),
  'services created but never started': project('Created'),
  'services restarting': project('Restarting (1) 2 seconds ago'),
  'a compose.yaml without web or proxy': 'services:\n  db:\n    image: postgres:18',
  'web running without a published port': psJson(['dash-app-web-1', 'Up 2 seconds', '8050/tcp']),
  'web published on loopback only': psJson(['dash-app-web-1', 'Up 2 seconds', '127.0.0.1:8050->8050/tcp']),
  'the project with proxy unpublished': project('Up 2 seconds', '80/tcp'),
  'the project with proxy’s ports swapped': project('Up 2 seconds', '0.0.0.0:8080->8080/tcp'),
  'the project with proxy on loopback only': project('Up 2 seconds', '127.0.0.1:8080->80/tcp'),
  'web’s log on loopback': 'web-1  | Dash is running on http://127.0.0.1:8050/',
  'web’s log on 0.0.0.0 at another port': 'web-1  | Dash is running on http://0.0.0.0:5000/',
  'a docker ps table at the install step': body('ps-table-running'),
  'a client part without the error line': body('daemon-old-version').replace(/^Cannot connect.*$/m, ''),
  // cw69: reach.ts' host side alone (docker port NAME PORT's output without its command), and a run line with --network host.
  'docker port’s host side alone, at another port': '0.0.0.0:5678\n[::]:5678',
  'a run line with --network host and -p':
    '$ docker run -d --network host -p 8080:8080 --name web nginx\nWARNING: Published ports are discarded when using host network mode',
  'binary data': Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 256)).join(''),
  'a paste too long to read whole':
    '[' + Array.from({ length: 20 }, () => body('inspect-running').split('\n').slice(1).join('\n').trim().slice(1, -1)).join(',') + ']',
  nothing: '',
  words: 'asdf qwer zxcv',
  // cw71: a listing of every container (-a) through a template without a state: which ones there are, not whether they run.
  'names of every container, no state': '$ docker ps -a --format "{{.Names}}"\ndash-app\nnifty_turing',
  // cw72: systemd's states of docker.service (systemd-state.ts), as lesson 3's `systemctl is-active` prints them.
  'docker.service active': '$ systemctl is-active docker.service\nactive',
  'docker.service failed': '$ systemctl is-active docker.service\nfailed',
  'docker.service inactive, its socket active': '$ systemctl is-active docker.service docker.socket\ninactive\nactive',
  'docker.service activating': '$ systemctl is-active docker.service\nactivating',
  // cw76: runc refusing to execute hello-world's program (step-install.ts).
  'hello-world refused by runc': '$ docker run hello-world\nexec /hello: permission denied',
  'compose ps JSON with networks, proxy on loopback only': [
    ['proxy', 8080, 80, '127.0.0.1', 'dash-app_frontend'],
    ['web', 0, 8050, '', 'dash-app_backend,dash-app_frontend'],
    ['db', 0, 5432, '', 'dash-app_backend'],
  ]
    .map(([service, published, target, url, networks]) =>
      JSON.stringify({
        Name: `dash-app-${service}-1`,
        Service: service,
        Project: 'dash-app',
        State: 'running',
        ExitCode: 0,
        Publishers: [{ URL: url, TargetPort: target, PublishedPort: published, Protocol: 'tcp' }],
        Networks: networks,
      }),
    )
    .join('\n'),
  'dash-app listed without a PORTS column':
    'CONTAINER ID   IMAGE              STATUS         NAMES\nabc123         e4l-python-graph   Up 2 seconds   dash-app',
  // cw46: a docker ps row of the lesson's image cut after STATUS (parse-table.ts, reach.ts): its PORTS and NAMES not shown.
  'dash-app`s image in a row cut after STATUS':
    'CONTAINER ID   IMAGE              COMMAND           CREATED         STATUS         PORTS     NAMES\nabc123456789   e4l-python-graph   "python app.py"   2 minutes ago   Up 2 minutes',
  'the registry listed without a PORTS column':
    'CONTAINER ID   IMAGE        STATUS          NAMES\nabc123         registry:3   Up 10 minutes   registry',
  'dash-app published on another host port': psJson(['dash-app', 'Up 2 seconds', '0.0.0.0:80->8050/tcp']),
  'the project with web on another host port': project('Up 2 seconds', undefined, '0.0.0.0:8051->8050/tcp'),
  'the project with proxy on another host port': project('Up 2 seconds', '0.0.0.0:8081->80/tcp'),
  'services with container_name, no project shown': psJson(['web', 'Up 2 seconds', '0.0.0.0:8050->8050/tcp']),
  // cw183 (stop 58): Compose's `no service selected` (compose-errors.ts: every service behind a profile).
  'compose up with no service selected': '$ docker compose up -d\nno service selected',
  'a key newer than this Compose': 'validating /home/me/app/compose.yaml: services.web Additional property develop is not allowed',
  // cw193 (stop 59): Compose v1's docker-py under requests 2.32+ (compose-errors.ts), and the daemon's reply to a lookup alone
  // (step-install.ts lookupAlone).
  'Compose v1 under requests 2.32':
    '$ docker-compose up -d\ndocker.errors.DockerException: Error while fetching server API version: Not supported URL scheme http+docker',
  "the daemon's reply to a lookup alone": '$ docker inspect dash-app\nError response from daemon: No such container: dash-app',
  // podman-docker's notice (containers/podman's `docker` script prints it before each command) over an answer that is otherwise
  // ok, at each check: Podman answered, not Docker Engine (check.ts, podman.ts).
  ...Object.fromEntries(
    ['ps-table-running', 'compose-ps-table', 'network-inspect-ok', 'share-ps-registry-all', 'volume-ls-ok', 'logs-all-addresses'].map(
      (name) => [
        `podman-docker's notice over ${name}`,
        `Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\n${body(name)}`,
      ],
    ),
  ),
  // cw144: the daemon's error under the lesson's kind of work (run), no later try of it, beside a Server part (step-install.ts installGate).
  "the daemon's error under docker run, then a Server part":
    "$ docker run -v /Users/me/data:/data hello-world\ndocker: Error response from daemon: error while creating mount source path '/host_mnt/Users/me/data': mkdir /host_mnt/Users/me/data: file exists.\n$ docker version\nClient:\n Version:           24.0.6\n API version:       1.43\n\nServer: Docker Desktop 4.24.2 (124339)\n Engine:\n  Version:          24.0.6\n  API version:      1.43 (minimum version 1.12)\n",
  'a port taken, Compose v1 wording without the port':
    'ERROR: for nginx  Cannot start service nginx: driver failed programming external connectivity on endpoint x_nginx_1: Error starting userland proxy: Failed to bind: EADDRINUSE',
};

/** Every fixture (also without its command line), the made-up pastes, cw19's source sweep (source-sweep.ts), cw33's host tools (host-tools.ts), and the corpus of real pastes (components/check-work/corpus/). */
export function allPastes(): string[] {
  const fixtures = readdirSync(fixturesDir).map((name) => body(name));
  const corpus = loadCorpus(join(fixturesDir, '../../corpus')).map((p) => p.text);
  return [
    ...fixtures,
    ...fixtures.map((t) => t.split('\n').slice(1).join('\n')),
    ...Object.values(madeUp),
    ...sweep.map((c) => c.text),
    ...hostTools.map((c) => c.text),
    ...corpus,
  ];
}

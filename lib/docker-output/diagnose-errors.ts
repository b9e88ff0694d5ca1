/*
 * Verdicts for the error messages of parse-errors.ts, most fundamental first: without a
 * reachable daemon nothing else can be judged, and a missing image explains a missing container.
 */
import { runCommand } from './expectations';
import { apiMinor } from './parse-version';
import type { DiagnosisId, Facts, Hit, Step, Verdict } from './types';
import { problem } from './verdict';

const order: DiagnosisId[] = [
  'permission-denied',
  'daemon-not-running',
  'client-too-old',
  'no-arm64-manifest',
  'port-already-allocated',
  'compose-not-installed',
  'compose-no-file',
  'compose-undefined-network',
  'network-not-found',
  'container-not-found',
];

export function errorVerdict(step: Step, facts: Facts): Verdict | null {
  for (const id of order) {
    const hit = facts.hits.find((h) => h.id === id);
    if (hit) return explain(step, hit);
  }
  const { clientApi: c, serverMinApi: min } = facts;
  if (c && min && apiMinor(c) < apiMinor(min)) return explain(step, { id: 'client-too-old', arg: c, arg2: min });
  return null;
}

/** `why` replaces the explanation when no error line says so (a Client part without a Server part). */
export function daemonDown(why = 'The docker client works, but nothing answers on the Docker socket: the server (daemon) is not running.'): Verdict {
  return problem('daemon-not-running', 'The Docker daemon is not running', why, 'On Linux, start the service. With Docker Desktop, start it and wait until the engine runs.', [
    'sudo systemctl enable --now docker.service',
  ]);
}

export function notFound(name: string): Verdict {
  return problem(
    'container-not-found',
    `No container named ${name}`,
    'Docker lists no such container: it is not running, and with --rm Docker removes it as soon as it stops.',
    'Start it again and read the last lines it prints.',
    [runCommand],
  );
}

function explain(step: Step, { id, arg, arg2 }: Hit): Verdict {
  switch (id) {
    case 'permission-denied':
      return problem(
        id,
        'Permission denied on the Docker socket',
        'The daemon runs, but your user may not use its socket: it belongs to root and the group docker.',
        'Add your user to the group docker, then log out and in again (or run newgrp docker in this terminal).',
        ['sudo usermod -a -G docker $USER', 'newgrp docker'],
      );
    case 'daemon-not-running':
      return daemonDown();
    case 'client-too-old':
      return problem(
        id,
        'Your Docker client is too old for the server',
        `The client speaks API ${arg}, the server needs at least ${arg2}.`,
        'Update the Docker client and Docker Compose. If one is current already, an old copy may come first in your PATH.',
        ['docker version', 'which -a docker'],
      );
    case 'no-arm64-manifest':
      return problem(
        id,
        'No image for your processor (arm64)',
        `Your machine has an arm64 processor (such as Apple silicon), and the archlinux image exists for amd64 only.`,
        'Build and run for amd64 (emulated, slower), or use the python:3.12-slim variant of the Dockerfile (lesson 5).',
        step === 'install'
          ? ['docker run --platform linux/amd64 -it --rm archlinux bash -c "echo hello world"']
          : ['docker build --platform linux/amd64 -t e4l-python-graph .', runCommand.replace('run ', 'run --platform linux/amd64 ')],
      );
    case 'port-already-allocated': {
      const port = arg ?? '8050';
      return arg2
        ? problem(
            id,
            `Port ${port} on your machine is already taken`,
            `Another container already publishes port ${port}, usually one from an earlier try: the lesson-5 container dash-app or Compose’s dash-app-web-1.`,
            'Find it and stop it (or run docker compose down in its folder), then start again.',
            [`docker ps --filter publish=${port}`, 'docker stop dash-app'],
          )
        : problem(
            id,
            `Port ${port} on your machine is already taken`,
            `Another program on your machine already listens on port ${port}.`,
            `Stop that program, or publish another host port, such as -p 8051:${port === '8080' ? 80 : 8050}.`,
            [`lsof -i :${port}`],
          );
    }
    case 'compose-not-installed':
      return problem(
        id,
        'Docker Compose is not installed',
        'docker compose is a plugin of the Docker client, and yours does not have it.',
        'Docker Desktop includes it; on Arch Linux, install the package docker-compose.',
        ['sudo pacman -S docker-compose'],
      );
    case 'compose-no-file':
      return problem(id, 'Compose finds no compose.yaml here', 'docker compose reads compose.yaml from the current folder.', 'Change into the dash-app folder first.', [
        'cd dash-app',
        'docker compose up --build',
      ]);
    case 'compose-undefined-network':
      return problem(
        id,
        `Service ${arg} uses an undefined network: ${arg2}`,
        'Every network a service lists must also be defined under the top-level networks key.',
        `Add ${arg2}: under the top-level networks in compose.yaml.`,
        ['docker compose up -d'],
      );
    case 'network-not-found':
      return problem(
        id,
        `No network ${arg}`,
        'Either the project is not running, or it has another name, so its networks are named differently.',
        'Start it in the dash-app folder, then list the networks.',
        ['docker compose up -d', 'docker network ls'],
      );
    default:
      return notFound(arg ?? 'dash-app');
  }
}

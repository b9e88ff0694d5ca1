/*
 * Checks of one container (lesson 5) or service (lessons 6, 7), shared by checkWork and the
 * "can't reach it" path: is it running, is the right port published and where, does the app
 * listen on 0.0.0.0.
 */
import { notFound } from './diagnose-errors';
import { expectations, runCommand, type Publish } from './expectations';
import { isLoopback, showPort } from './parse-ports';
import type { Container, Facts, Listen, Port, Verdict } from './types';
import { ok, problem } from './verdict';

// A Python crash: the traceback header or its last line (ModuleNotFoundError: …), not Docker's "Error response".
const crashed = /Traceback \(most recent call last\)|^[A-Z]\w*Error: /;

export function pickContainer(facts: Facts): Container | undefined {
  const { container, image } = expectations.run;
  return facts.containers.find((c) => c.name === container) ?? facts.containers.find((c) => c.image?.split(':')[0] === image);
}

/** Not running: exited, restarting, created but never started. */
export function stateCheck(c: Container, label: string, lines: string[] | undefined, compose: boolean): Verdict | null {
  if (!c.state || c.state === 'running') return null;
  const code = c.exitCode === undefined ? '' : `, exit code ${c.exitCode}`;
  const why =
    c.state === 'created'
      ? 'It was created but never started, often because its port was taken.'
      : c.state === 'restarting'
        ? 'It keeps stopping and starting again: the app inside ends or crashes.'
        : 'The app inside ended or crashed; its last lines usually say why.';
  const details = { exitCode: c.exitCode, ...(lines && { lastLines: lines }) };
  return compose
    ? problem('compose-service-not-running', `Service ${label} is not running (${c.state}${code})`, why, 'Read its logs, fix the cause, then start the project again.', [
        `docker compose logs ${label}`,
        'docker compose up --build',
      ], details)
    : problem('container-exited', `${label} is not running (${c.state}${code})`, why, 'Read its logs, fix the cause, remove it and start it again.', [
        `docker logs ${label}`,
        `docker rm ${label}`,
        runCommand,
      ], details);
}

/** `fix` says how to publish the port the lesson's way; null when fine (loopback only is an ok verdict). */
export function portCheck(ports: Port[], want: Publish, label: string, fix: [string, string]): Verdict | null {
  const published = ports.filter((p) => p.host > 0);
  const found = { found: (published.length ? published : ports).map(showPort).join(', ') || 'nothing' };
  if (!published.length) {
    return problem('no-port-published', 'No port is published', `${label} runs, but no port of your machine leads into it (EXPOSE alone publishes nothing).`, fix[0], [fix[1]], found);
  }
  const toApp = published.filter((p) => p.container === want.container);
  if (!toApp.length) {
    return problem(
      'ports-swapped',
      `The port leads to the wrong container port`,
      `The app listens on port ${want.container} inside ${label}, but the published port leads to ${published[0]!.container}. The host port comes first, the container port second.`,
      fix[0],
      [fix[1]],
      found,
    );
  }
  const url = `http://localhost:${toApp[0]!.host}`;
  if (toApp.every((p) => isLoopback(p.ip))) {
    return ok(
      'published-on-loopback',
      `${label} runs, published on 127.0.0.1 only`,
      `Open ${url} on this machine. Other devices cannot connect: the port is published on your machine’s loopback only (without 127.0.0.1: in -p, it would be shared).`,
      { url },
    );
  }
  return null;
}

export function listenCheck(listen: Listen | undefined, rebuild: string): Verdict | null {
  if (!listen?.loop || listen.all) return null;
  return problem(
    'app-listens-on-loopback',
    'The app listens on the container’s 127.0.0.1',
    'Dash listens on the container’s own loopback only, but published traffic arrives on its eth0, so nothing answers.',
    'In app.py, use app.run(host="0.0.0.0", port=8050), then build and start it again.',
    ['docker build -t e4l-python-graph .', rebuild],
  );
}

export const runFix: [string, string] = ['Stop it (docker stop dash-app), then start it again with -p 8050:8050.', runCommand];

export function diagnoseRun(facts: Facts): Verdict | null {
  const e = expectations.run;
  const c = pickContainer(facts);
  const listen = facts.listen[''];
  if (!c) {
    if (facts.listed) return notFound(e.container!);
    const lines = facts.lastLines[''];
    if (lines?.some((l) => crashed.test(l))) {
      return problem('container-exited', 'The app stopped with an error', 'Its last lines show why.', 'Fix the cause, build the image again and start it.', [runCommand], { lastLines: lines });
    }
    if (listen?.all) return ok('app-listens-on-all', 'The app listens on 0.0.0.0', 'That part is right. If the browser still cannot connect, check that port 8050 is published: docker ps.');
    return listenCheck(listen, runCommand);
  }
  const name = c.name;
  const bad =
    stateCheck(c, name, facts.lastLines[name] ?? facts.lastLines[''], false) ??
    (c.ports ? portCheck(c.ports, e.publish!, name, runFix) : null);
  if (bad?.kind === 'problem') return bad;
  return listenCheck(listen, runCommand) ?? bad ?? healthy(name, appUrl(c.ports, e.publish!) ?? e.url!);
}

/** Where the app answers: the host port that leads to its container port (-p 80:8050 → :80). */
export function appUrl(ports: Port[] | undefined, want: Publish): string | undefined {
  const host = ports?.find((p) => p.host > 0 && p.container === want.container)?.host;
  return host ? `http://localhost:${host}` : undefined;
}

export function healthy(label: string, url: string, extra = ''): Verdict {
  return ok('healthy', `${label} runs`, `Open ${url} in your browser.${extra}`, { url });
}

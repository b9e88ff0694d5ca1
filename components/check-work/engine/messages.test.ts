/*
 * The words and the diagnoses fit together: every key a check can produce has its message,
 * every message is produced by some paste, and every placeholder is a detail the diagnosis
 * gives. Then the wording itself, filled in, for the answers the lessons care about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectations } from './expectations';
import { fillMessage, messageKey } from './fill';
import { body } from './load-fixture';
import { accepts, message, messagesFor, reachText, reveals } from './messages';
import { reachPath } from './reach-steps';
import { allPastes, check, checks, madeUp, steps } from './test-pastes';
import type { Check, Details } from './types';

/** Per check, each message key produced, with the details of every diagnosis that had it. */
const produced = new Map<Check, Map<string, Details[]>>(checks.map((c) => [c, new Map()]));

// Every paste (fixtures, corpus, sweeps) at every check: about 20,000 diagnoses, 45-70 s on a busy 2-core machine. The limit
// guards against a hang, not speed (the benchmark and accuracy script time the engine).
beforeAll(async () => {
  for (const text of allPastes()) {
    for (const where of checks) {
      const d = await check(where, text);
      const byKey = produced.get(where)!;
      byKey.set(messageKey(d), [...(byKey.get(messageKey(d)) ?? []), d.details]);
    }
  }
}, 300_000);

/** The placeholders of a text: `{name}` must be given, `{?name:…}` may be, and what is inside it must be given with it. */
function placeholders(text: string) {
  const optional = [...text.matchAll(/\{\?(\w+):((?:[^{}]|\{\w+\})*)\}/g)].map((m) => ({
    key: m[1]!,
    inside: [...m[2]!.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!),
  }));
  const required = [...text.replace(/\{\?(\w+):((?:[^{}]|\{\w+\})*)\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return { required, optional };
}

const texts = (m: { title: string; explanation: string; fix?: string; commands?: string[] }) => [
  m.title,
  m.explanation,
  m.fix ?? '',
  ...(m.commands ?? []),
];
const given = (details: Details, key: string) => (details as Record<string, unknown>)[key] != null;

describe('messages and diagnoses', () => {
  it.each(checks)('every key %s produces has a message', (where) => {
    const all = messagesFor(where);
    for (const key of produced.get(where)!.keys()) expect(all[key], `${where}: ${key}`).toBeDefined();
  });

  it.each(checks)('every message of %s is produced by some paste', (where) => {
    const keys = [...produced.get(where)!.keys()];
    // unreadable.failed answers a reader's exception (check.ts), which no paste may cause.
    for (const key of Object.keys(messagesFor(where)).filter((k) => k !== 'unreadable.failed'))
      expect(keys, `${where}: ${key}`).toContain(key);
  });

  it.each(checks)('every placeholder %s uses is a detail its diagnosis gives', (where) => {
    const all = messagesFor(where);
    const byKey = produced.get(where)!;
    for (const [key, list] of byKey) {
      // An optional part is shared by the variants of an id, so some diagnosis of the id gives it.
      const ofId = [...byKey].filter(([k]) => k.split('.')[0] === key.split('.')[0]).flatMap(([, l]) => l);
      for (const text of texts(all[key]!)) {
        const { required, optional } = placeholders(text);
        for (const details of list) {
          for (const name of required) expect(given(details, name), `${where} ${key}: {${name}} in "${text}"`).toBe(true);
          for (const { key: k, inside } of optional) {
            expect(
              ofId.some((x) => given(x, k)),
              `${where} ${key}: {?${k}:…} is never given`,
            ).toBe(true);
            if (given(details, k)) for (const name of inside) expect(given(details, name), `${where} ${key}: {${name}}`).toBe(true);
          }
        }
      }
    }
  });

  it('leaves no placeholder unfilled and no text empty', () => {
    for (const [where, byKey] of produced) {
      for (const [key, list] of byKey) {
        for (const details of list) {
          const m = message(where, { id: key.split('.')[0] as never, details });
          // A pasted command shown as it was (details.foreign) may hold Go template braces (`{{end}}`): not ours to fill.
          const foreign = typeof details.foreign === 'string' ? JSON.stringify(details.foreign).slice(1, -1) : '';
          expect(
            JSON.stringify(m)
              .split(foreign || '\0')
              .join(''),
            `${where} ${key}`,
          ).not.toMatch(/\{\??\w+[}:]/);
          expect(m.title.length, `${where} ${key}`).toBeGreaterThan(10);
          expect(m.explanation.length, `${where} ${key}`).toBeGreaterThan(10);
          if (!/^(healthy|published-on-loopback|app-listens-on-all)\b/.test(key))
            expect(m.fix.length, `${where} ${key}`).toBeGreaterThan(10);
        }
      }
    }
  });

  it('words each check in the lesson’s terms', () => {
    const words = JSON.stringify(checks.map(messagesFor));
    for (const term of ['dash-app', 'e4l-python-graph', 'web', 'proxy', 'frontend', 'backend']) expect(words).toContain(term);
  });
});

describe('fillMessage', () => {
  it('fills placeholders, joins lists with "and", and drops what is missing', () => {
    expect(fillMessage('{name} is on {network}.', { name: 'web', network: ['frontend', 'backend'] })).toBe(
      'web is on frontend and backend.',
    );
    expect(fillMessage('Exit code {exitCode}, {url}.', { exitCode: 0 })).toBe('Exit code 0, .');
  });

  it('keeps an optional part only when its detail is there', () => {
    const title = '{name} is not running ({state}{?exitCode:, exit code {exitCode}})';
    expect(fillMessage(title, { name: 'dash-app', state: 'exited', exitCode: 1 })).toBe('dash-app is not running (exited, exit code 1)');
    expect(fillMessage(title, { name: 'dash-app', state: 'created' })).toBe('dash-app is not running (created)');
  });

  it('leaves other braces alone and does not fill what details contain', () => {
    expect(fillMessage('from the first [ or { to the last ] or }.', {})).toBe('from the first [ or { to the last ] or }.');
    expect(fillMessage('This looks like the output of {foreign}.', { foreign: 'echo {name}' })).toBe(
      'This looks like the output of echo {name}.',
    );
  });

  it('names a diagnosis’ message by id, or id.variant', () => {
    expect(messageKey({ id: 'healthy', details: {} })).toBe('healthy');
    expect(messageKey({ id: 'container-exited', details: { variant: 'created' } })).toBe('container-exited.created');
  });
});

describe('panel texts', () => {
  it('says in one sentence what each step’s command shows and what it doesn’t', () => {
    for (const step of steps) {
      expect(reveals[step]).toMatch(/^[A-Z].*; (not|nothing) .*\.$/);
      expect(reveals[step].split('. ').length).toBe(1);
      expect(accepts[step].length).toBeGreaterThan(10);
    }
  });

  it('asks the reach path’s questions, each with what its command shows', () => {
    for (const s of reachPath) {
      expect(reachText[s.id].question.endsWith('?')).toBe(true);
      expect(reachText[s.id].reveals.length).toBeGreaterThan(20);
    }
  });
});

/** The words of a paste's answer at a check. */
const words = async (where: Check, text: string) => message(where, await check(where, text));

describe('wording, filled in', () => {
  it('names the exit code of a crashed container and what to type', async () => {
    expect(await words('run', body('ps-table-exited-old'))).toMatchObject({
      title: 'dash-app is not running (exited, exit code 1)',
      explanation: 'The app inside ended or crashed; its last lines usually say why.',
      commands: ['docker logs dash-app', 'docker rm dash-app', 'docker run --rm --name dash-app -p 8050:8050 e4l-python-graph'],
    });
    expect((await words('compose', body('compose-logs-exited'))).title).toBe('Service web is not running (exited, exit code 1)');
    expect((await words('run', madeUp['a container created but never started']!)).title).toBe('dash-app is not running (created)');
    expect((await words('compose', madeUp['services restarting']!)).explanation).toMatch(/keeps stopping and starting again/);
  });

  it('says what to open when things work', async () => {
    expect((await words('networks', body('network-inspect-ok'))).explanation).toBe('Open http://localhost:8080 in your browser.');
    expect((await words('run', body('ps-table-running'))).title).toBe('dash-app runs');
    expect((await words('compose', body('compose-ps-table'))).title).toBe('Service web runs');
    expect((await words('networks', body('compose-ps-networks-ok'))).explanation).toContain(expectations.networks.command);
    expect(await words('install', body('version-29-ok'))).toEqual({
      title: 'Docker works',
      explanation: 'The client reaches the server (daemon) and your user may use it. On to lesson 4.',
      fix: '',
      commands: [],
    });
  });

  it('explains another device for a loopback-only port', async () => {
    expect((await words('run', body('ps-table-loopback'))).explanation).toMatch(
      /^Open http:\/\/localhost:8050 on this machine\. Other devices cannot connect/,
    );
  });

  it('explains swapped ports with the port they lead to', async () => {
    expect((await words('run', body('ps-table-swapped'))).explanation).toBe(
      'The app listens on port 8050 inside dash-app, but the published port leads to 80. The host port comes first, the container port second.',
    );
    const swapped = await words('networks', madeUp['the project with proxy’s ports swapped']!);
    expect(swapped.fix).toBe('Under services.proxy in compose.yaml, publish the port as below, then run the project again.');
    // The mapping as YAML one can copy, in a block of its own (not inline in the sentence).
    expect(swapped.excerpt).toEqual({ file: 'compose.yaml', text: 'services:\n  proxy:\n    ports:\n      - "8080:80"' });
  });

  it('tells the app-on-loopback fix of the step', async () => {
    expect((await words('run', body('ps-and-logs-loopback'))).fix).toContain('host="0.0.0.0"');
    expect((await words('compose', body('compose-logs-old-prefix-loopback'))).commands).toEqual([
      'docker build -t e4l-python-graph .',
      'docker compose up --build',
    ]);
  });

  it('tells a container from a program holding the port', async () => {
    expect((await words('run', body('run-port-allocated-old'))).explanation).toMatch(/lesson-5 container dash-app/);
    expect((await words('run', body('run-address-in-use'))).commands).toEqual(['lsof -i :8050']);
    expect((await words('run', body('run-address-in-use'))).fix).toContain('-p 8051:8050');
  });

  it('offers the arm64 path of the step', async () => {
    expect((await words('install', body('arm64-pull-containerd'))).commands[0]).toContain('--platform linux/amd64 -it --rm archlinux');
    const run = await words('run', body('arm64-buildkit'));
    expect(run.commands).toEqual([
      'docker build --platform linux/amd64 -t e4l-python-graph .',
      'docker run --platform linux/amd64 --rm --name dash-app -p 8050:8050 e4l-python-graph',
    ]);
    expect(run.fix).toContain('python:3.12-slim');
  });

  it('reads the API versions of a too old client', async () => {
    expect((await words('install', body('client-too-old-version'))).explanation).toBe(
      'The client speaks API 1.38, the server needs at least 1.44.',
    );
  });

  it('tells the permission fix with the docker group and newgrp', async () => {
    const m = await words('install', body('permission-29-version'));
    expect(m.commands).toEqual(['sudo usermod -a -G docker $USER', 'newgrp docker']);
    expect(m.fix).toMatch(/log out and in again/);
  });

  it('names the project and the network that are wrong', async () => {
    expect((await words('compose', body('compose-ps-json-other-project'))).title).toBe('The project is called lesson6, not dash-app');
    expect((await words('networks', body('network-inspect-web-missing'))).title).toBe('web is not on the network backend');
    expect(await words('networks', body('network-inspect-default'))).toMatchObject({
      title: 'web is not on the network frontend and backend',
      explanation: expect.stringMatching(/^web is on the default network, so it has no networks key\. /),
    });
    expect((await words('networks', body('compose-undefined-network'))).title).toBe('Service web uses an undefined network: backend');
  });

  it('names the localhost address the proxy uses', async () => {
    expect((await words('networks', body('nginx-upstream-localhost'))).explanation).toContain('http://127.0.0.1:8050/');
    expect((await words('networks', body('compose-config-localhost'))).explanation).toContain('http://web:8050');
  });

  it('says why it cannot read a paste, and what to paste instead', async () => {
    expect(await words('run', 'asdf')).toEqual({
      title: `I can’t read this as the output of ${accepts.run}`,
      explanation: 'It has none of the lines those commands print.',
      fix: `Paste the output of ${expectations.run.command}.`,
      commands: [expectations.run.command],
    });
    expect((await words('networks', body('version-29-ok'))).explanation).toBe(
      'This is docker version, which does not show what this check needs.',
    );
  });

  it('points the reach path to its next question', async () => {
    expect((await words('reach:running', body('ps-table-running'))).explanation).toBe('Good. Next: Is port 8050 published?');
    expect((await words('reach:published', body('docker-port-all'))).explanation).toBe(
      '0.0.0.0:8050->8050/tcp, [::]:8050->8050/tcp. Next: Does the app listen on 0.0.0.0?',
    );
    expect((await words('reach:listening', body('logs-all-addresses'))).explanation).toBe(
      'That part is right. Next: Is port 8050 on your machine free?',
    );
    expect(await words('reach:port-free', body('ps-table-other-holder'))).toMatchObject({
      explanation: 'dash-app-web-1 publishes it, so dash-app cannot.',
      commands: ['docker stop dash-app-web-1', 'docker run --rm --name dash-app -p 8050:8050 e4l-python-graph'],
    });
    expect((await words('reach:published', 'hello')).fix).toBe('Paste the output of docker port dash-app.');
  });

  it('falls back to the id’s message for a variant it does not know', () => {
    expect(message('run', { id: 'healthy', details: { variant: 'nope', name: 'x', url: 'u' } }).title).toBe('x runs');
  });
});

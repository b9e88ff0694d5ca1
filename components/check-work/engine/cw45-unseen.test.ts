/*
 * cw45: the false ok holdout46's first run showed (docker-library/hello-world#4, moved to ../corpus/ as
 * h46-helloworld4-rhel-btrfs-debug-run-hello-world-system-error-tar): Docker 1.5-1.7 printing libcontainer's error as
 * `Timestamp:` / `Code: System error` / `Message: …` after an image pulled; and holdout45's (a Chinese project report,
 * stored-file 6586610119, as h45-report6586610119-zh-prose-dash-running-0000-8050-err-address-invalid): Dash's start line quoted in a
 * sentence read as the log. Tested on variations, not on the pastes.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

// libcontainer's errorTemplate (docker/libcontainer generic_error.go): `Timestamp: …`, `Code: {{.ECode}}`, `Message: …`, `Frames:`.
const systemError = (message: string) =>
  [
    'Timestamp: 2015-06-02 09:12:41.118270551 +0000 UTC',
    'Code: System error',
    '',
    `Message: ${message}`,
    '',
    'Frames:',
    '---',
    '0: setupRootfs',
    'Package: github.com/docker/libcontainer',
  ].join('\n');

describe('cw45: libcontainer`s "Code: System error" after a pull (parse-errors.ts containerErrors.runtime)', () => {
  it('hello-world pulled, then a mount that failed: never ok at lesson 3', async () => {
    const text = [
      '$ docker run hello-world',
      "Unable to find image 'hello-world:latest' locally",
      'latest: Pulling from hello-world',
      'a8219747be10: Pull complete',
      'Status: Downloaded newer image for hello-world:latest',
      systemError('mountpoint for devices not found'),
    ].join('\n');
    const d = await check('install', text);
    expect(d.kind).toBe('problem');
    expect(d.id).toBe('container-exited');
  });
  it('the same error after a run of the lesson`s image: the container did not start', async () => {
    const text = [
      '$ docker run --rm --name dash-app -p 8050:8050 e4l-python-graph',
      systemError('open /sys/fs/cgroup/cpuset/docker/cpuset.cpus: no such file or directory'),
    ].join('\n');
    const d = await check('run', text);
    expect(d.kind).toBe('problem');
  });
  it('not a line that only names a code of another tool', async () => {
    const text = ['Client version: 1.7.1', 'Server version: 1.7.1', 'Code: SystemErrorReport'].join('\n');
    expect((await check('install', text)).kind).toBe('ok');
  });
});

describe('cw45: a start line quoted after words of a sentence is retold, never an ok (parse-logs.ts quotedStart)', () => {
  const listening = (text: string) => check('reach:listening', text);
  it('in typographic quotes after Japanese, German or French words, or ASCII quotes after an English word', async () => {
    for (const text of [
      'ターミナルに「Dash is running on http://0.0.0.0:8050/」と表示されたらブラウザで開きます',
      'Sobald „Dash is running on http://0.0.0.0:8050/“ erscheint, im Browser öffnen.',
      'Quand le terminal affiche « * Running on http://0.0.0.0:8050/ », ouvrez le navigateur.',
      'after a while it prints "Uvicorn running on http://0.0.0.0:8050" and then nothing',
    ])
      expect((await listening(text)).kind, text).not.toBe('ok');
  });
  it('a retold loopback line still answers loopback; a retold other port still answers its port', async () => {
    expect(await listening('ターミナルに「Dash is running on http://127.0.0.1:8050/」と表示された')).toMatchObject({
      id: 'app-listens-on-loopback',
    });
  });
  it('not a structured log`s quoted value, nor a Compose-prefixed line, nor a paste that is only the quoted line', async () => {
    expect((await listening('{"level":"info","msg": "Running on http://0.0.0.0:8050"}')).kind).toBe('ok');
    expect((await listening('web-1  | Dash is running on http://0.0.0.0:8050/')).kind).toBe('ok');
    expect((await listening('dash-app  | 2024-05-01 INFO Dash is running on http://0.0.0.0:8050/')).kind).toBe('ok');
  });
});

describe('cw45: `docker ps -l` / `-n N` with its listing collapsed onto one line is still a part of the listing (step-reach.ts)', () => {
  // The real paste: yeasy/docker_practice's `docker container ls -l` (../corpus/h35-dockerpractice-…), under habits.ts one-line.
  const row = (ports: string, name: string) => `3f2a9c1d0b7e nginx:1.25 "/docker-entrypoint.…" 2 minutes ago Up 2 minutes ${ports} ${name}`;
  it('-n 2 and --latest, each collapsed with its header and rows: never ok at port-free', async () => {
    for (const cmd of ['$ docker ps -n 2', 'PS C:\\> docker container ls --latest'])
      expect(
        (
          await check(
            'reach:port-free',
            `${cmd} CONTAINER ID IMAGE COMMAND CREATED STATUS PORTS NAMES ${row('0.0.0.0:8080->80/tcp', 'web')}`,
          )
        ).kind,
        cmd,
      ).not.toBe('ok');
  });
});

/*
 * Stop 54 (the lead's): holdout153's false ok, fixed by its class. Every row is a short paste on docker/cli's `docker ps -a` table
 * (cli/command/formatter/container.go; STATUS is moby's State.String, `Exited (%d) %s ago` with go-units HumanDuration), never a
 * holdout paste. Rows whose id starts "guard" are near shapes that must keep their answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string, string?]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const head = 'CONTAINER ID   IMAGE                 COMMAND                  CREATED          STATUS                       PORTS     NAMES';
const exited = (id: string, image: string, code: number, ago: string, name: string, created = '12 minutes ago') =>
  `${id}   ${image.padEnd(19)}   "/entrypoint.sh"         ${created.padEnd(14)}   ${`Exited (${code}) ${ago} ago`.padEnd(26)}             ${name}`;
const psA = (...rows: string[]) => lines('$ docker ps -a', head, ...rows);

// A stack of containers named alike, none running, every one stopped in the same minute, one with an error (reach.ts' stack, stop
// 54): the stack went down together, and the error is why. At "Is port 8050 free?" that container's state, not ok.
const together: Row[] = [
  {
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'stack-down-one-error',
    text: psA(
      exited('5ddfaa5117a1', 'shop/web:latest', 1, '3 minutes', 'shop-web'),
      exited('679684f3936f', 'redis:7', 0, '3 minutes', 'shop-cache'),
      exited('d9fcaa6a534b', 'postgres:16', 0, '3 minutes', 'shop-db'),
    ),
  },
  {
    check: 'reach:port-free',
    want: ['problem', 'container-exited'],
    id: 'stack-down-error-and-sigterm',
    text: psA(
      exited('5ddfaa5117a1', 'blog/app:2.1', 2, 'About a minute', 'blog_app_1'),
      exited('ee1ac2c6b821', 'nginx:1.27', 143, 'About a minute', 'blog_proxy_1'),
    ),
  },
  // Stopped at different times: the error is a past try (§2.0), nothing holds the port.
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-stack-stopped-apart',
    text: psA(
      exited('5ddfaa5117a1', 'shop/web:latest', 1, '3 weeks', 'shop-web'),
      exited('679684f3936f', 'redis:7', 0, '2 minutes', 'shop-cache'),
    ),
  },
  // Stopped together by a stop (0, 143): no failure.
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-stack-stopped-cleanly',
    text: psA(
      exited('5ddfaa5117a1', 'shop/web:latest', 0, '5 minutes', 'shop-web'),
      exited('679684f3936f', 'redis:7', 143, '5 minutes', 'shop-cache'),
    ),
  },
  // Docker's random names are no stack: past tries (cw83, h48, h61).
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-random-names',
    text: psA(
      exited('5ddfaa5117a1', 'python:3.12', 1, '4 minutes', 'jolly_hopper'),
      exited('679684f3936f', 'python:3.12', 0, '4 minutes', 'eager_turing'),
    ),
  },
  // One container alone is no stack.
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-one-row',
    text: psA(exited('5ddfaa5117a1', 'shop/web:latest', 1, '3 minutes', 'shop-web')),
  },
];

// fish's prompt without its login (share/functions/fish_prompt.fish, fish 3.1: prompt_pwd, fish_vcs_prompt, the pipestatus after a
// failure, `>` or `#` for root): the command after it is read, here docker ps' `-n 1` that lists the latest container only (cw40).
const up = `3a4b5c6d7e8f   ${'shop/web'.padEnd(19)}   "/entrypoint.sh"         ${'8 minutes ago'.padEnd(14)}   ${'Up 8 minutes'.padEnd(26)}             shop-web`;
const fish: Row[] = [
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part', 'latest'],
    id: 'fish-vcs-status-n-1',
    text: lines('~/t/shop (main) [0|1]> docker ps -n 1', head, up),
  },
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part', 'latest'],
    id: 'fish-plain-l',
    text: lines('~/projects/shop> docker ps -l', head, up),
  },
  {
    check: 'reach:port-free',
    want: ['partial', 'shows-part', 'latest'],
    id: 'fish-root-last',
    text: lines('/r/shop [1]# docker container ls --last 1', head, up),
  },
  // The same prompt before a whole listing: every running container, nothing at 8050.
  {
    check: 'reach:port-free',
    want: ['ok', 'healthy'],
    id: 'guard-fish-whole',
    text: lines('~/t/shop (main)> docker ps', head, up),
  },
];

// Compose's refusals of a `$` in the file (compose-errors.ts): v1's string.Template on a version-1 file (docker/compose 1.x
// compose/config/interpolation.py) refuses the spec's defaults (too old); any other template, v1's missing mandatory value,
// compose-go's `invalid interpolation format for services…` with its hint and `required variable … is missing a value` are the file's.
const v1 = (key: string, service: string, value: string) =>
  `ERROR: Invalid interpolation format for "${key}" option in service "${service}": "${value}"`;
const interpolation: Row[] = [
  {
    check: 'compose',
    want: ['problem', 'compose-too-old', 'interpolation'],
    id: 'v1-default',
    text: lines('$ docker-compose up -d', v1('environment', 'api', 'LOG_LEVEL=${LOG_LEVEL:-info}')),
  },
  {
    check: 'networks',
    want: ['problem', 'compose-too-old', 'interpolation'],
    id: 'v1-unset-default-volume',
    text: lines('$ docker-compose up', v1('volumes', 'db', '${DATA_DIR-./data}:/var/lib/postgresql/data')),
  },
  {
    check: 'compose',
    want: ['problem', 'compose-too-old', 'interpolation'],
    id: 'v1-required',
    text: lines('$ docker-compose config', v1('image', 'worker', 'registry.local/worker:${TAG:?set TAG}')),
  },
  // The same words with the hint after them: docker/cli's old stack loader, which reads defaults: the file's.
  {
    check: 'compose',
    want: ['problem', 'compose-file-invalid', 'interpolation'],
    id: 'stack-loader-hint',
    text: `${v1('image', 'web', '${IMAGE:-${FALLBACK}}')}. You may need to escape any $ with another $.`,
  },
  // A shell's `$0` in a command: no default form, the file's `$`.
  {
    check: 'compose',
    want: ['problem', 'compose-file-invalid', 'interpolation'],
    id: 'v1-shell-dollar',
    text: lines('$ docker-compose up -d', v1('command', 'feeder', "awk '{print $0}' /data/in.json")),
  },
  {
    check: 'compose',
    want: ['problem', 'compose-file-invalid', 'interpolation'],
    id: 'compose-go-path',
    text: lines(
      '$ docker compose up -d',
      'invalid interpolation format for services.proxy.labels.traefik.http.middlewares.r.redirectregex.replacement.',
      'You may need to escape any $ with another $.',
      '${1}/dashboard/',
    ),
  },
  {
    check: 'compose',
    want: ['problem', 'compose-file-invalid', 'interpolation'],
    id: 'compose-go-required',
    text: lines(
      '$ docker compose up -d',
      'error while interpolating services.bot.environment.[]: required variable BOT_TOKEN is missing a value: set it in .env',
    ),
  },
  {
    check: 'compose',
    want: ['problem', 'compose-file-invalid', 'interpolation'],
    id: 'v1-missing-mandatory',
    text: 'ERROR: Missing mandatory value for "image" option interpolating shop_${ENV:?} in service "app": ',
  },
  // Said in a sentence, not printed: no refusal (the words are quoted in prose, no error line).
  {
    check: 'compose',
    want: ['unreadable', 'unreadable'],
    id: 'guard-prose-only',
    text: 'Compose v2 reads ${VAR:-default} everywhere, so no interpolation error for me.',
  },
];

describe.each([
  ['a stack that went down together', together],
  ["Compose's refusal of a $ in the file", interpolation],
  ["fish's prompt before a command", fish],
] as [string, Row[]][])('stop 54 %s', (_, rows) => {
  it.each(rows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id, d.details.variant].slice(0, want.length)).toEqual(want);
  });
});

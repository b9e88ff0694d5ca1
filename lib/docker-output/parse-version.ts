/*
 * `docker version` and `docker info` (docker/cli system/testdata TestVersionFormat/default.golden,
 * docker-info-*.golden): a Client section, then a Server section when the daemon answered.
 * `docker version` shows each side's API version, the server's with its minimum:
 * " API version:       1.47 (minimum version 1.24)". Also `docker run hello-world`, whose
 * greeting (docker-library/hello-world hello.c) proves the whole chain works.
 */
import type { Facts } from './types';

const api = /^\s+API version:\s+(\d+\.\d+)(?:\s+\(minimum version (\d+\.\d+)\))?/;

/** Returns the kind it recognised, or '' when the lines are neither. */
export function readVersion(lines: string[], facts: Facts): string {
  let side = '';
  let kind = '';
  for (const line of lines) {
    if (/^Client\b/.test(line)) side = 'client';
    else if (/^Server\b/.test(line)) side = 'server';
    else if (line.startsWith('Hello from Docker!')) {
      facts.hello = true;
      kind = 'docker run hello-world';
    }
    const m = api.exec(line);
    if (m && side) {
      kind = 'docker version';
      if (side === 'client') facts.clientApi = m[1];
      else {
        facts.serverApi = m[1];
        facts.serverMinApi = m[2];
        facts.serverOk = true;
      }
    }
    if (/^\s+Server Version:/.test(line)) {
      facts.serverOk = true;
      kind = 'docker info';
    } else if (side === 'client' && !kind && /^\s+(?:Version|Context):/.test(line)) kind = 'docker info';
  }
  return kind;
}

/** "1.41" → 41, to compare API versions (all are 1.x). */
export const apiMinor = (v: string) => Number(v.split('.')[1] ?? 0);

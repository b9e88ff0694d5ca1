/*
 * Lesson 9's chunk (volumes): `docker volume ls` lists dash-app_db-data, the named volume
 * Compose creates for the top-level `volumes: db-data:` of project dash-app. The table is
 * DRIVER and VOLUME NAME (docker/cli cli/command/formatter/volume.go), an empty listing only its header.
 */
import type { Lib } from './lib';
import type { TextReader } from './read';
import type { Diagnosis, Facts } from './types';

/** docker volume ls: the names in the VOLUME NAME column (the last word of each row). */
export const readVolumes: TextReader = (_, lines, facts, { seen }) => {
  const at = lines.findIndex((l) => /^\s*DRIVER\s+VOLUME NAME\s*$/.test(l));
  if (at < 0) return false;
  const volumes = (facts.volumes ??= []);
  for (const row of lines.slice(at + 1)) {
    const words = row.trim().split(/\s+/);
    if (words.length === 2 && /^[\w.-]+$/.test(words[1]!) && !volumes.includes(words[1]!)) volumes.push(words[1]!);
  }
  seen(facts, 'docker volume ls');
  return true;
};

export const readers = [readVolumes];

export function check(facts: Facts, { d, expected: { volumes: want } }: Lib): Diagnosis | undefined {
  const { volumes } = facts;
  if (!volumes) return undefined;
  const name = want.volume!;
  if (volumes.includes(name)) return d('healthy', { name });
  return d('volume-missing', { name, found: volumes.join(', ') || undefined });
}

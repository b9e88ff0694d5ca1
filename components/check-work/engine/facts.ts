/* Building a Facts object: the helpers read.ts, schemas.ts and parse-logs.ts share. */
import type { Container, Facts, Hit, ListingSeen } from './types';

/**
 * A container's ID or a prefix of it: docker port, docker logs and docker inspect name a container so (cw46); hex with a digit,
 * six or more, is no name a learner gives. Step chunks get it through `lib`.
 */
export const idPrefix = /^(?=[0-9a-f]*\d)[0-9a-f]{6,64}$/;

export const emptyFacts = (): Facts => ({
  commands: [],
  kinds: [],
  hits: [],
  containers: [],
  networks: [],
  listen: {},
  lastLines: {},
  projects: [],
});

const add = <T>(list: T[], item: T | undefined) => {
  if (item && !list.includes(item)) list.push(item);
};

/** Notes an output the paste holds, e.g. 'docker ps', once. */
export const seen = (facts: Facts, kind: string) => add(facts.kinds, kind);

export const addProject = (facts: Facts, project?: string) => add(facts.projects, project);

/**
 * cw77: the first row of each listing with its header (read.ts), so that the rows of several listings can be told apart: docker ps
 * lists the newest first, within one listing (diagnose-container.ts onlyStopped).
 */
export const listingStart = new WeakSet<Container>();

/** cw98: the part of the paste each row was read in (read.ts), as CommandLine.at (diagnose-container.ts endedByHand). */
export const rowAt = new WeakMap<Container, number>();

/** Stop 52: the part of the paste each listing was read in (read.ts), as rowAt (diagnose-container.ts goneLater). */
export const listingAt = new WeakMap<ListingSeen, number>();

export function addContainer(facts: Facts, c: Container, kind: string) {
  facts.containers.push(c);
  if (kind === 'docker compose ps' && c.name) (facts.composeListed ??= []).push(c.name);
  addProject(facts, c.project);
  seen(facts, kind);
}

/** cw162: a client-too-old hit read in a program's log (programLog) whose service Compose shows exited with a failing code. */
export function exitedProgram(h: Hit, facts: Facts): boolean {
  if (h.id !== 'client-too-old' || !h.logOf) return false;
  return facts.containers.some(
    (c) => (c.name === h.logOf || c.service === h.logOf) && c.state === 'exited' && !!c.exitCode && ![130, 137, 143].includes(c.exitCode),
  );
}

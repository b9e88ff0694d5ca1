/*
 * What the lazy chunks (step-*.ts, schemas.ts) use of the entry's code. It is passed to them
 * (`lib`), never imported: esbuild moves a module that both the entry and a chunk import into
 * a shared chunk of its own, one more file to load, and gzip packs several small files worse
 * than one. A chunk's modules may import types from the entry's, nothing else.
 */
import {
  appListen,
  appUrl,
  listenCheck,
  listensRight,
  notFound,
  onlyStopped,
  ownFailed,
  crashedAfter,
  goneLater,
  goneNamed,
  pickContainer,
  portCheck,
  stateCheck,
  endedByHand,
  failedOnItsOwn,
  listingOf,
  startedAgain,
} from './diagnose-container';
import { d } from './diagnosis';
import { enclosed } from './enclosed';
import { cutAtOwnName, everyContainerListed, psLine, unwhole } from './listing-whole';
import { expected } from './expected';
import { ranThenListed, startedService, upAfterRefusal } from './later-state';
import { addContainer, addProject, exitedProgram, idPrefix, seen } from './facts';
import { fetchReset, programFailed, serviceRefusal } from './parse-logs';
import { errorHits, ranked } from './parse-errors';
import { port, portsFromColumn, showPort } from './parse-ports';
import { elided, splitName, stateOf, v1Row } from './parse-table';

/**
 * "1.41" → 41, to compare API versions (all are 1.x; moby api/common.go); NaN for anything else, so no comparison holds. Here for
 * step-install.ts (the client older than the server's minimum) and step-compose.ts (the Compose plugin refused for its own API).
 */
const apiMinor = (v?: string) => (v && /^\d+\.\d+$/.test(v) ? +v.split('.')[1]! : NaN);

export const lib = {
  apiMinor,
  d,
  seen,
  addContainer,
  addProject,
  idPrefix,
  // cw148, stop 51: a stopped row a later listing shows Up after the paste's own start (diagnose-container.ts), for the compose chunk.
  startedAgain,
  port,
  portsFromColumn,
  showPort,
  splitName,
  elided,
  stateOf,
  v1Row,
  crashedAfter,
  goneLater,
  goneNamed,
  pickContainer,
  notFound,
  onlyStopped,
  ownFailed,
  endedByHand,
  failedOnItsOwn,
  listingOf,
  stateCheck,
  portCheck,
  appUrl,
  appListen,
  listenCheck,
  listensRight,
  expected,
  ranThenListed,
  upAfterRefusal,
  startedService,
  serviceRefusal,
  programFailed,
  errorHits,
  ranked,
  unwhole,
  psLine,
  // Stop 55: whether a whole listing shows every container (listing-whole.ts), for step-reach.ts' port-free answer.
  everyContainerListed,
  // cw179 (stop 57): a last row whose NAMES the copy cut short of the run's own --name (listing-whole.ts), for step-reach.ts' port-free.
  cutAtOwnName,
  // Stop 50: a quote or code span opened before a point of a line (enclosed.ts, the entry's normalize.ts too): for reach-gate.ts'
  // start line and parse-version.ts' greeting read off one line.
  enclosed,
  // cw162 (stop 54): a service's program refused for its API and then exited (facts.ts), for the reach and compose chunks; node-fetch's
  // reset at the host's loopback (parse-logs.ts), for host-clients.ts' clientReply.
  exitedProgram,
  fetchReset,
};

export type Lib = typeof lib;

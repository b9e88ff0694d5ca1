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
  pickContainer,
  portCheck,
  stateCheck,
  endedByHand,
  failedOnItsOwn,
  listingOf,
} from './diagnose-container';
import { d } from './diagnosis';
import { enclosed } from './enclosed';
import { psLine, unwhole } from './listing-whole';
import { expected } from './expected';
import { ranThenListed, startedService, upAfterRefusal } from './later-state';
import { addContainer, addProject, idPrefix, rowAt, seen } from './facts';
import { programFailed, serviceRefusal } from './parse-logs';
import { errorHits, ranked } from './parse-errors';
import { port, portsFromColumn, showPort } from './parse-ports';
import { splitName, stateOf, v1Row } from './parse-table';

export const lib = {
  d,
  seen,
  addContainer,
  addProject,
  idPrefix,
  // cw148: each row's part (facts.ts), for diagnose-compose.ts in the compose chunk (an import there would split facts.ts off).
  rowAt,
  port,
  portsFromColumn,
  showPort,
  splitName,
  stateOf,
  v1Row,
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
  // Stop 50: a quote or code span opened before a point of a line (enclosed.ts, the entry's normalize.ts too): for reach-gate.ts'
  // start line and parse-version.ts' greeting read off one line.
  enclosed,
};

export type Lib = typeof lib;

/*
 * Stop 52 (the lead's): output quoted as someone else's and set against the learner's own (normalize.ts contrasted). Stop 51's probes
 * found a whole `docker ps` table quoted as a tutorial's between two lines of prose read as the learner's: "The tutorial says docker
 * ps prints" + a dash-app row `Up` + "but mine prints nothing" was ok at lesson 5 and on the "can't reach it" path. Each row a short
 * paste on docker/cli's ps table (cli/command/formatter/container.go's default table: CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS,
 * PORTS, NAMES) under a poster's sentences, never a holdout paste. A README's "You should see something like:" above the author's
 * own output (CONVENTIONS §1) and a learner's "here is my docker ps" keep their answer: rows whose id starts "guard".
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

type Row = { check: Check; want: [string, string]; id: string; text: string };

const lines = (...l: string[]) => l.join('\n');
const head = 'CONTAINER ID   IMAGE      COMMAND           CREATED          STATUS          PORTS                    NAMES';
const up = 'a1b2c3d4e5f6   dash-app   "python app.py"   10 seconds ago   Up 9 seconds    0.0.0.0:8050->8050/tcp   dash-app';
const exited = 'a1b2c3d4e5f6   dash-app   "python app.py"   2 minutes ago    Exited (1) 1 minute ago               dash-app';

const quotedRows: Row[] = [
  {
    check: 'run',
    want: ['problem', 'container-not-found'],
    id: 'course-says-then-mine-empty',
    text: lines('The course says docker ps should list:', head, up, '', 'But mine shows only the header:', '$ docker ps', head),
  },
  {
    check: 'reach:running',
    want: ['problem', 'container-not-found'],
    id: 'docs-fenced-then-instead',
    text: lines('The docs show:', '```', head, up, '```', 'Instead I get:', '```', '$ docker ps', head, '```'),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'video-shows-then-mine-exited',
    text: lines('In the video it shows', head, up, 'however my docker ps -a is', '$ docker ps -a', head, exited),
  },
  {
    check: 'reach:published',
    want: ['unreadable', 'unreadable'],
    id: 'tutorial-says-then-told-nothing',
    text: lines('The tutorial says docker ps prints', head, up, 'but mine prints nothing'),
  },
  {
    check: 'run',
    want: ['unreadable', 'unreadable'],
    id: 'contrast-on-the-block-last-line',
    text: lines('The lesson says you should see:', head, up, 'but I get nothing at all'),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-readme-should-see',
    text: lines('After the run, `docker ps` should show something like:', '', head, up, '', 'If it does, open http://localhost:8050.'),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-my-docker-ps-then-but',
    text: lines('here is my docker ps:', head, up, 'but the browser says connection refused'),
  },
  {
    check: 'run',
    want: ['ok', 'healthy'],
    id: 'guard-should-without-contrast',
    text: lines('It should show:', head, up, 'Then open the browser.'),
  },
  {
    check: 'run',
    want: ['problem', 'container-exited'],
    id: 'guard-command-line-is-no-sentence',
    text: lines('$ docker ps -a --format table', head, exited, 'but I get nothing in the browser'),
  },
];

describe('stop 52 output quoted as a tutorial’s, then the learner’s own', () => {
  it.each(quotedRows)('$id at $check', async ({ check: where, want, text }) => {
    const d = await check(where, text);
    expect([d.kind, d.id]).toEqual(want);
  });
});

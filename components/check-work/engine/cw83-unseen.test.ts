/*
 * cw83: the false oks of holdout71 and holdout72's first runs, each by its class, at reach:port-free (the one question an
 * absence answers: an ok there needs the whole listing and nothing failing in it, CONVENTIONS §1 and §2.0).
 * - A listing the copy cut inside a row (docker/for-mac#670: a maintainer's `docker ps` quoted up to the second row's
 *   `0.0.0.0:80-`): docker ps never leaves NAMES empty, so a last row that ends before it is where the copy stopped, and what
 *   follows may hold 8050 → partial (shows-part.cut), as `docker ps -l` (cw40) and rows without their header (cw57).
 * - A stack's own container failing beside its running siblings (unageanu/jiji2#324: jiji_jiji and jiji_mongodb Up, jiji_nginx
 *   `Exited (1)`): every row named alike (the same first word), one running, one exited with an error → that container's state
 *   (container-exited), before "nothing holds 8050". Stopped rows under Docker's random names, and a stack stopped by a kill or a
 *   stop (137, 143, 130), stay ok (holdouts 40, 41, 42, 48, 61: both experts).
 * The cut rows are docker/docs' and docker/for-mac#670's, cut at other places; the jiji rows are the issue's; the other stacks
 * (kong-*, myapp_*) and the random names are written for the class, in docker ps' own layout.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

// docker/docs reference/cli/docker/container/ls.md ("Filtering"): two rows, the second's NAMES `webapp/db,redis`.
const head = 'CONTAINER ID   IMAGE                        COMMAND                  CREATED          STATUS          PORTS           NAMES';
const webapp =
  '4c01db0b339c   ubuntu:12.04                 "bash"                   17 seconds ago   Up 16 seconds   3300-3310/tcp   webapp';
const redis =
  'd7886598dbe2   crosbymichael/redis:latest   "/redis-server --dir"    33 minutes ago   Up 33 minutes   6379/tcp        redis,webapp/db';
// docker/for-mac#670 (holdout72): the old layout (20-space cells), its first row whole and its second cut at `0.0.0.0:80-`.
const oldHead =
  'CONTAINER ID        IMAGE               COMMAND                  CREATED             STATUS              PORTS                    NAMES';
const oldReg =
  'fb645029f4dc        krzysiaczek/web     "apache2-foreground"     14 minutes ago      Up 14 minutes       0.0.0.0:88->80/tcp       foundry_subs_1';
const oldNginx = '9284e7140f5a        krzysiaczek/web     "apache2-foreground"     3 days ago          Up 14 minutes       0.0.0.0:80-';

const rows: [Check, string, string, string, string][] = [
  ['reach:port-free', 'cut-mid-ports', 'partial', 'shows-part', `$ docker ps\n${oldHead}\n${oldReg}\n${oldNginx}`],
  ['reach:port-free', 'cut-before-ports', 'partial', 'shows-part', `$ docker ps\n${head}\n${webapp}\n${redis.slice(0, 84)}`],
  ['reach:port-free', 'cut-after-ports', 'partial', 'shows-part', `${head}\n${webapp}\n${redis.slice(0, 110).trimEnd()}`],
  ['reach:port-free', 'cut-fenced', 'partial', 'shows-part', '```\n$ docker ps\n' + `${oldHead}\n${oldReg}\n${oldNginx}\n` + '```'],
  ['reach:port-free', 'cut-one-row', 'partial', 'shows-part', `docker ps\n${oldHead}\n${oldNginx}`],
  ['reach:port-free', 'guard-whole', 'ok', 'healthy', `$ docker ps\n${head}\n${webapp}\n${redis}`],
  [
    'reach:port-free',
    'guard-cut-holds-8050',
    'problem',
    'port-already-allocated',
    `$ docker ps\n${oldHead}\n${oldReg.replace('0.0.0.0:88->80/tcp       ', '0.0.0.0:8050->80/tcp     ')}\n${oldNginx}`,
  ],
  // unageanu/jiji2#324 (rows as the poster's `docker ps -a`).
  ...(['reach:port-free'] as Check[]).flatMap((c): [Check, string, string, string, string][] => [
    [
      c,
      'stack-nginx-exited-1',
      'problem',
      'container-exited',
      'CONTAINER ID        IMAGE                        COMMAND                  CREATED             STATUS                   PORTS                      NAMES\nf06aede0bfa4        unageanu/jiji:latest         "puma -C /app/jiji..."   2 hours ago         Up 2 hours               0.0.0.0:8080->8080/tcp     jiji_jiji\nea5eb24e3dbf        mongo:3.0.7                  "/entrypoint.sh mo..."   2 hours ago         Up 2 hours               0.0.0.0:27018->27017/tcp   jiji_mongodb\n5c99a2e7e79b        unageanu/jiji-nginx:latest   "nginx -g \'daemon ..."   3 hours ago         Exited (1) 2 hours ago                              jiji_nginx',
    ],
    // Written for the class (not quoted): a v2-style stack with dashes, its migrations container exited 1 beside its database.
    [
      c,
      'stack-dashes-exited-1',
      'problem',
      'container-exited',
      '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED         STATUS                     PORTS                    NAMES\n1b2c3d4e5f60   kong:3.4       "/docker-entrypoint.…"   2 minutes ago   Exited (1) 2 minutes ago                            kong-migrations\n7a8b9c0d1e2f   postgres:13    "docker-entrypoint.s…"   2 minutes ago   Up 2 minutes (healthy)     0.0.0.0:5432->5432/tcp   kong-database',
    ],
    [
      c,
      'stack-exited-2',
      'problem',
      'container-exited',
      '$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS                      PORTS                    NAMES\n0d1e2f3a4b5c   myapp_web        "gunicorn app:app"       10 minutes ago   Exited (2) 9 minutes ago                             myapp_web\n5c6d7e8f9a0b   redis:7          "docker-entrypoint.s…"   10 minutes ago   Up 10 minutes               6379/tcp                 myapp_redis',
    ],
    [
      c,
      'guard-stack-killed-137',
      'ok',
      'healthy',
      '$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS                       PORTS      NAMES\n0d1e2f3a4b5c   myapp_web        "gunicorn app:app"       10 minutes ago   Exited (137) 9 minutes ago              myapp_web\n5c6d7e8f9a0b   redis:7          "docker-entrypoint.s…"   10 minutes ago   Up 10 minutes                6379/tcp   myapp_redis',
    ],
    // Stop 54: a stack that went down together (every row stopped at one STATUS time), one row with an error, answers by that row
    // (CONVENTIONS §1 stop 54, h153-nextcloudaio8311, both experts); this row expected ok before, when cw83 asked for one running.
    [
      c,
      'stack-stopped-together',
      'problem',
      'container-exited',
      '$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS                     PORTS     NAMES\n0d1e2f3a4b5c   myapp_web        "gunicorn app:app"       10 minutes ago   Exited (1) 9 minutes ago             myapp_web\n5c6d7e8f9a0b   redis:7          "docker-entrypoint.s…"   10 minutes ago   Exited (0) 9 minutes ago             myapp_redis',
    ],
    // Docker's random names (adjective_surname, moby's namesgenerator), an old shell that exited 1 beside a running one.
    [
      c,
      'guard-random-names',
      'ok',
      'healthy',
      '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND       CREATED       STATUS                   PORTS     NAMES\n6e4f2a1b3c5d   ubuntu         "bash"        2 hours ago   Up 2 hours                         inspiring_wozniak\n2c3d4e5f6a7b   ubuntu         "bash"        3 hours ago   Exited (1) 3 hours ago             eager_hopper',
    ],
    [
      c,
      'guard-different-words',
      'ok',
      'healthy',
      '$ docker ps -a\nCONTAINER ID   IMAGE          COMMAND                  CREATED       STATUS                   PORTS                    NAMES\n6e4f2a1b3c5d   nginx          "/docker-entrypoint.…"   2 hours ago   Up 2 hours               0.0.0.0:80->80/tcp       proxy\n2c3d4e5f6a7b   jenkins        "/sbin/tini -- /usr/…"   3 hours ago   Exited (1) 3 hours ago                            ci-server',
    ],
    [
      c,
      'guard-stack-holds-8050',
      'problem',
      'port-already-allocated',
      '$ docker ps -a\nCONTAINER ID   IMAGE            COMMAND                  CREATED          STATUS                     PORTS                    NAMES\n0d1e2f3a4b5c   myapp_web        "gunicorn app:app"       10 minutes ago   Exited (1) 9 minutes ago                            myapp_worker\n5c6d7e8f9a0b   myapp_web        "gunicorn app:app"       10 minutes ago   Up 10 minutes              0.0.0.0:8050->8050/tcp   myapp_web',
    ],
  ]),
  [
    'reach:running',
    'guard-running-stack',
    'problem',
    'container-not-found',
    'CONTAINER ID        IMAGE                        COMMAND                  CREATED             STATUS                   PORTS                      NAMES\nf06aede0bfa4        unageanu/jiji:latest         "puma -C /app/jiji..."   2 hours ago         Up 2 hours               0.0.0.0:8080->8080/tcp     jiji_jiji\nea5eb24e3dbf        mongo:3.0.7                  "/entrypoint.sh mo..."   2 hours ago         Up 2 hours               0.0.0.0:27018->27017/tcp   jiji_mongodb\n5c99a2e7e79b        unageanu/jiji-nginx:latest   "nginx -g \'daemon ..."   3 hours ago         Exited (1) 2 hours ago                              jiji_nginx',
  ],
];

describe('cw83: no ok at port-free from a cut listing or beside a stack’s failing container', () => {
  it.each(rows)('%s %s', async (where, _id, kind, id, text) => {
    expect(await check(where, text)).toMatchObject({ kind, id });
  });
});

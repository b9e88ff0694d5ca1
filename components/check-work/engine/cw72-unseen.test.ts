/*
 * cw72: systemd's word on docker.service at lesson 3 (systemd-state.ts). Lesson 3 itself has the learner run `systemctl enable
 * --now docker.service` and check it with `systemctl is-active docker.service`; a learner whose daemon will not start pastes
 * `systemctl status docker` (moby/moby#32658's `Active: inactive (dead) (Result: exit-code)`, h26). systemd
 * src/systemctl/systemctl-is-active.c prints each unit's ActiveState on a line of its own; systemctl-show.c's status prints
 * `Active: <state> (<sub>)` under the unit's line and `TriggeredBy: ● docker.socket` (● active, ○ inactive, × failed) when a
 * socket starts it. Every row was unread before ("can't read"); the ones with a docker command after them keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';
import type { Check } from './types';

const rows: [Check, string, string, string, string][] = [
  ['install', 'is-active-active', 'partial', 'shows-part', '$ systemctl is-active docker.service\nactive'],
  ['install', 'is-active-inactive', 'problem', 'daemon-not-running', '$ systemctl is-active docker.service\ninactive'],
  ['install', 'is-active-failed', 'problem', 'daemon-not-running', '$ systemctl is-active docker\nfailed'],
  ['install', 'is-active-both', 'partial', 'shows-part', '$ systemctl is-active docker.service docker.socket\ninactive\nactive'],
  ['install', 'is-active-activating', 'partial', 'shows-part', '[me@arch ~]$ systemctl is-active docker.service\nactivating'],
  [
    'install',
    'status-inactive',
    'problem',
    'daemon-not-running',
    '$ systemctl status docker\n○ docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; disabled; preset: disabled)\n     Active: inactive (dead)\nTriggeredBy: ○ docker.socket\n       Docs: https://docs.docker.com',
  ],
  [
    'install',
    'status-inactive-socket',
    'partial',
    'shows-part',
    '$ systemctl status docker\n○ docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; disabled; preset: disabled)\n     Active: inactive (dead)\nTriggeredBy: ● docker.socket\n       Docs: https://docs.docker.com',
  ],
  [
    'install',
    'status-failed',
    'problem',
    'daemon-not-running',
    '$ sudo systemctl status docker.service\n× docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: disabled)\n     Active: failed (Result: exit-code) since Tue 2024-05-07 09:12:03 CEST; 8s ago\nTriggeredBy: × docker.socket\n       Docs: https://docs.docker.com\n    Process: 1234 ExecStart=/usr/bin/dockerd -H fd:// (code=exited, status=1/FAILURE)\n   Main PID: 1234 (code=exited, status=1/FAILURE)',
  ],
  [
    'install',
    'status-active',
    'partial',
    'shows-part',
    '$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: disabled)\n     Active: active (running) since Tue 2024-05-07 09:12:03 CEST; 2min ago\nTriggeredBy: ● docker.socket\n       Docs: https://docs.docker.com\n   Main PID: 1234 (dockerd)\n      Tasks: 9\n     Memory: 38.1M\n     CGroup: /system.slice/docker.service\n             └─1234 /usr/bin/dockerd -H fd://',
  ],
  [
    'install',
    'status-old-layout',
    'problem',
    'daemon-not-running',
    '$ systemctl status docker\n● docker.service - Docker Application Container Engine\n   Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n   Active: inactive (dead) (Result: exit-code) since Mon 2017-04-17 18:45:50 JST; 8min ago\n     Docs: https://docs.docker.com\n  Process: 15556 ExecStart=/usr/bin/dockerd -H fd:// (code=exited, status=1/FAILURE)\n Main PID: 15556 (code=exited, status=1/FAILURE)',
  ],
  [
    'install',
    'status-active-then-permission',
    'problem',
    'permission-denied',
    '$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Active: active (running) since Tue 2024-05-07 09:12:03 CEST; 2min ago\n$ docker version\nClient:\n Version:           27.3.1\n API version:       1.47\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/version": dial unix /var/run/docker.sock: connect: permission denied',
  ],
  [
    'install',
    'status-active-then-version',
    'ok',
    'healthy',
    '$ systemctl is-active docker.service\nactive\n$ docker version\nClient:\n Version:           27.3.1\n API version:       1.47\n\nServer:\n Engine:\n  Version:          27.3.1\n  API version:      1.47 (minimum version 1.24)',
  ],
  [
    'install',
    'status-activating',
    'partial',
    'shows-part',
    '$ systemctl status docker\n● docker.service - Docker Application Container Engine\n     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: disabled)\n     Active: activating (start) since Tue 2024-05-07 09:12:03 CEST; 3s ago',
  ],
  [
    'install',
    'prose-active',
    'unreadable',
    'unreadable',
    'I ran systemctl status docker and it says Active: active (running) but docker ps still fails',
  ],
  [
    'install',
    'status-no-cmd',
    'problem',
    'daemon-not-running',
    '● docker.service - Docker Application Container Engine\n   Loaded: loaded (/lib/systemd/system/docker.service; enabled; vendor preset: enabled)\n   Active: failed (Result: start-limit-hit) since Thu 2019-01-10 10:00:00 UTC; 5s ago',
  ],
];

describe('cw72: systemd on docker.service', () => {
  it.each(rows)('%s %s', async (where, _id, kind, id, text) => {
    expect(await check(where, text)).toMatchObject({ kind, id });
  });
});

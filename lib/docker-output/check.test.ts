import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { checkReach, checkWork, expectations, type Step } from '.';
import { body } from './load-fixture';
import type { ReachStepId } from './reach-steps';

function check(where: string, text: string) {
  return where.startsWith('reach:') ? checkReach(where.slice(6) as ReachStepId, text) : checkWork(where as Step, text);
}

describe('every diagnosis, from its fixtures', () => {
  const cases = Object.entries(catalog).flatMap(([id, entries]) => entries.map((e) => [id, e.check, e.fixture] as const));
  it.each(cases)('%s: %s with %s', (id, where, fixture) => {
    const v = check(where, body(fixture));
    expect(v.id).toBe(id);
    expect(v.kind).toBe(id === 'unreadable' ? 'unreadable' : ['healthy', 'published-on-loopback', 'app-listens-on-all'].includes(id) ? 'ok' : 'problem');
    expect(v.title.length).toBeGreaterThan(10);
    expect(v.explanation.length).toBeGreaterThan(10);
    if (v.kind !== 'ok') expect(v.fix.length).toBeGreaterThan(10);
  });
});

describe('checkWork details', () => {
  it('names the exit code and the last lines of a crashed container', () => {
    const v = checkWork('run', body('ps-table-exited-old'));
    expect(v.details).toEqual({
      exitCode: 1,
      lastLines: ['Traceback (most recent call last):', '  File "/home/e4l/app/app.py", line 1, in <module>', '    import dash', "ModuleNotFoundError: No module named 'dash'"],
    });
    expect(v.commands).toContain('docker logs dash-app');
  });

  it('gives a service’s last lines from docker compose up', () => {
    const v = checkWork('compose', body('compose-logs-exited'));
    expect(v.title).toBe('Service web is not running (exited, exit code 1)');
    expect(v.details?.lastLines?.at(-1)).toBe("ModuleNotFoundError: No module named 'dash'");
  });

  it('says what to open when things work', () => {
    expect(checkWork('run', body('ps-json-running')).details?.url).toBe('http://localhost:8050');
    expect(checkWork('compose', body('compose-ps-table')).details?.url).toBe('http://localhost:8050');
    expect(checkWork('networks', body('compose-ps-networks-ok')).details?.url).toBe('http://localhost:8080');
    expect(checkWork('networks', body('network-inspect-ok')).explanation).toContain('http://localhost:8080');
  });

  it('follows the host port the learner chose (-p 80:8050 works at :80)', () => {
    const text = 'CONTAINER ID   IMAGE              COMMAND   CREATED   STATUS         PORTS                  NAMES\nabc            e4l-python-graph   "x"       now       Up 1 second    0.0.0.0:80->8050/tcp   dash-app';
    expect(checkWork('run', text)).toMatchObject({ id: 'healthy', details: { url: 'http://localhost:80' } });
  });

  it('explains another device for a loopback-only port', () => {
    expect(checkWork('run', body('ps-table-loopback')).explanation).toMatch(/Other devices cannot connect/);
  });

  it('shows the published ports it found for swapped ports', () => {
    expect(checkWork('run', body('ps-table-swapped')).details?.found).toBe('0.0.0.0:8050->80/tcp, [::]:8050->80/tcp');
  });

  it('finds the app on loopback in ps and logs pasted together', () => {
    const v = checkWork('run', body('ps-and-logs-loopback'));
    expect(v.readAs).toEqual(['docker ps', 'docker logs']);
    expect(v.fix).toContain('host="0.0.0.0"');
  });

  it('tells a container from a program holding the port', () => {
    expect(checkWork('run', body('run-port-allocated-old')).explanation).toMatch(/lesson-5 container dash-app/);
    expect(checkWork('run', body('run-address-in-use')).commands).toEqual(['lsof -i :8050']);
  });

  it('offers the arm64 path of the step', () => {
    expect(checkWork('install', body('arm64-pull-containerd')).commands[0]).toContain('--platform linux/amd64 -it --rm archlinux');
    expect(checkWork('run', body('arm64-buildkit')).commands).toEqual([
      'docker build --platform linux/amd64 -t e4l-python-graph .',
      'docker run --platform linux/amd64 --rm --name dash-app -p 8050:8050 e4l-python-graph',
    ]);
    expect(checkWork('run', body('arm64-buildkit')).fix).toContain('python:3.12-slim');
  });

  it('reads the API versions of a too old client', () => {
    expect(checkWork('install', body('client-too-old-version')).explanation).toBe('The client speaks API 1.38, the server needs at least 1.44.');
  });

  it('tells the permission fix with the docker group and newgrp', () => {
    const v = checkWork('install', body('permission-29-version'));
    expect(v.commands).toEqual(['sudo usermod -a -G docker $USER', 'newgrp docker']);
    expect(v.fix).toMatch(/log out and in again/);
  });

  it('names the project and the network that are wrong', () => {
    expect(checkWork('compose', body('compose-ps-json-other-project')).title).toBe('The project is called lesson6, not dash-app');
    expect(checkWork('networks', body('network-inspect-web-missing')).title).toBe('web is not on the network backend');
    expect(checkWork('networks', body('network-inspect-default')).explanation).toMatch(/default network/);
  });

  it('names the localhost address the proxy uses', () => {
    expect(checkWork('networks', body('nginx-upstream-localhost')).explanation).toContain('http://127.0.0.1:8050/');
    expect(checkWork('networks', body('compose-config-localhost')).explanation).toContain('http://web:8050');
  });

  it('asks for the network check when only services were pasted', () => {
    expect(checkWork('networks', body('compose-ps-networks-ok')).explanation).toContain(expectations.networks.command);
  });

  it('tells what it read', () => {
    expect(checkWork('run', body('inspect-running')).readAs).toEqual(['docker inspect']);
    expect(checkWork('networks', body('network-inspect-ok')).readAs).toEqual(['docker network inspect']);
    expect(checkWork('install', body('daemon-old-version')).readAs).toEqual(['an error message', 'docker version']);
  });

  it('reads a client without a server part as a daemon that did not answer', () => {
    const text = body('daemon-old-version').split('\n').slice(0, -1).join('\n');
    expect(checkWork('install', text).id).toBe('daemon-not-running');
  });
});

describe('pastes as learners make them', () => {
  it('answers a step it does not know like the install step', () => {
    expect(checkWork('lesson9' as Step, body('version-29-ok')).id).toBe('healthy');
  });

  it('reads several outputs pasted together without their command lines', () => {
    const ps = body('ps-table-running').split('\n').slice(1).join('\n');
    const logs = body('logs-loopback').split('\n').slice(1).join('\n');
    expect(checkWork('run', `${ps}\n\n${logs}`).id).toBe('app-listens-on-loopback');
  });

  it('picks dash-app when the name filter also matches Compose’s dash-app-web-1', () => {
    const text = [
      '$ docker ps -a --filter name=dash-app --format json',
      '{"Command":"\\"python app.py\\"","Image":"dash-app-web","Names":"dash-app-web-1","Ports":"0.0.0.0:8050->8050/tcp","State":"running","Status":"Up 2 hours"}',
      '{"Command":"\\"python app.py\\"","Image":"e4l-python-graph","Names":"dash-app","Ports":"","State":"exited","Status":"Exited (1) 3 seconds ago"}',
    ].join('\n');
    expect(checkWork('run', text)).toMatchObject({ id: 'container-exited', details: { exitCode: 1 } });
  });

  it('finds a container started without --name by its image', () => {
    const text = body('ps-table-running').replace(/ dash-app$/m, ' eager_turing');
    expect(checkWork('run', text).title).toBe('eager_turing runs');
  });

  it('reads the lesson’s own permission message of docker info', () => {
    const text = 'Client:\n ...\nServer:\npermission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: ...';
    expect(checkWork('install', text).id).toBe('permission-denied');
  });

  it('does not mistake a healthy lesson-6 project for a problem at the networks step', () => {
    // Lesson 6's project has web only; at lesson 7 proxy and db are missing from the listing.
    expect(checkWork('networks', body('compose-ps-json-lines'))).toMatchObject({ id: 'compose-service-not-running', title: 'Service proxy is not running' });
  });
});

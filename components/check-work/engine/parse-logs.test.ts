import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { nginxLine } from './compose-errors';
import { readLogs } from './parse-logs';
import { emptyFacts } from './facts';

// With nginx's reader, as lessons 6 and 7 read logs.
function read(name: string) {
  const facts = emptyFacts();
  const seen = readLogs(body(name).split('\n'), facts, nginxLine);
  return { seen, facts };
}

describe('readLogs', () => {
  it('sees Dash and Werkzeug listening on all addresses (lesson 5)', () => {
    const { seen, facts } = read('logs-all-addresses');
    expect(seen).toBe(true);
    expect(facts.listen['']).toEqual({ all: true, loop: true, port: 8050 });
  });

  it('sees the app on the container’s loopback only', () => {
    expect(read('logs-loopback').facts.listen['']).toEqual({ loop: true, port: 8050 });
  });

  it('reads Werkzeug’s request lines: a client other than loopback came in through the published port', () => {
    const lines = (client: string) => [
      `${client} - - [02/May/2024 09:12:03] "GET / HTTP/1.1" 200 -`,
      `${client} - - [02/May/2024 09:12:04] "GET /favicon.ico HTTP/1.1" 404 -`,
    ];
    const facts = emptyFacts();
    expect(readLogs(lines('172.17.0.1'), facts)).toBe(true);
    expect(facts.listen['']).toEqual({ served: true });
    const local = emptyFacts();
    expect(readLogs(lines('127.0.0.1'), local)).toBe(true);
    expect(local.listen['']).toEqual({});
  });

  it('reads Compose prefixes: service-N (2.24+), project-service-N (before), service_N (v1)', () => {
    expect(read('compose-logs-new-prefix').facts.listen.web).toMatchObject({ all: true });
    const old = read('compose-logs-old-prefix-loopback').facts;
    expect(old.listen.web).toEqual({ loop: true, port: 8050 });
    expect(old.projects).toEqual(['dash-app']);
    expect(read('compose-v1-logs').facts.listen.web).toMatchObject({ all: true });
    // Services the lessons do not name cannot be told from the project: only the index goes.
    const e2e = read('docs-compose-logs-v2.20').facts;
    // project-service-N: the service is the last part (the project compose-e2e-logs).
    expect(Object.keys(e2e.lastLines)).toEqual(['ping', 'hello']);
  });

  it('reads "web-1 exited with code 1" as a stopped service, with its last lines', () => {
    const { facts } = read('compose-logs-exited');
    expect(facts.containers).toEqual([{ name: 'web-1', service: 'web', state: 'exited', exitCode: 1 }]);
    expect(facts.lastLines.web!.at(-1)).toBe("ModuleNotFoundError: No module named 'dash'");
  });

  it('keeps only the last five lines', () => {
    const facts = emptyFacts();
    readLogs(['1', '2', '3', '4', '5', '6', '7'], facts);
    expect(facts.lastLines['']).toEqual(['3', '4', '5', '6', '7']);
  });

  it('reads nginx’s upstream errors', () => {
    expect(read('nginx-upstream-localhost').facts.upstreamLocal).toBe('http://127.0.0.1:8050/');
    expect(read('nginx-host-not-found').facts.upstreamMissing).toBe('web');
  });

  it('sees no log in unrelated text', () => {
    expect(read('git-status').seen).toBe(false);
  });
});

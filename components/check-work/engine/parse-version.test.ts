import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { lib } from './lib';
import { readVersion } from './parse-version';
import { emptyFacts } from './facts';
import { enclosed } from './enclosed';

const { apiMinor } = lib;

function read(name: string) {
  const facts = emptyFacts();
  return { kind: readVersion(body(name).split(/\r?\n/), facts, enclosed), facts };
}

describe('readVersion', () => {
  it('reads both API versions of docker version (Docker 29)', () => {
    const { kind, facts } = read('version-29-ok');
    expect(kind).toBe('docker version');
    expect(facts).toMatchObject({ clientApi: '1.52', serverApi: '1.52', serverMinApi: '1.44', serverOk: true });
  });

  it('reads docker/cli’s golden, whose server is older than the client', () => {
    expect(read('golden-version').facts).toMatchObject({ clientApi: '1.38', serverApi: '1.30', serverMinApi: '1.12', serverOk: true });
  });

  it('reads the client part alone when the daemon did not answer', () => {
    const { kind, facts } = read('daemon-old-version');
    expect(kind).toBe('docker version');
    expect(facts.clientApi).toBe('1.39');
    expect(facts.serverOk).toBeUndefined();
  });

  it('reads docker info and hello-world', () => {
    expect(read('info-ok')).toMatchObject({ kind: 'docker info', facts: { serverOk: true } });
    expect(read('hello-world')).toMatchObject({ kind: 'docker run hello-world', facts: { hello: true } });
  });

  it('reads docker info before 19.03, without sections (Server Version at the line’s start)', () => {
    // Modelled on elabftw/elabftw#1101 (docker info 18.09.2 on Docker for Windows), here Docker 17.12 on Linux.
    const facts = emptyFacts();
    const kind = readVersion(
      ['Containers: 5', ' Running: 1', 'Images: 12', 'Server Version: 17.12.1-ce', 'Storage Driver: overlay2'],
      facts,
      enclosed,
    );
    expect({ kind, serverOk: facts.serverOk }).toEqual({ kind: 'docker info', serverOk: true });
    // A Server Version without a version says nothing.
    expect(readVersion(['Server Version:'], emptyFacts(), enclosed)).toBe('');
  });

  it('compares API versions by their minor number', () => {
    expect(apiMinor('1.41') < apiMinor('1.44')).toBe(true);
    expect(apiMinor('1.9')).toBe(9);
  });

  it('recognises nothing in other output', () => {
    expect(read('ps-table-running').kind).toBe('');
  });
});

/*
 * Lesson 3's chunk: docker version, docker info and docker run hello-world (parse-version.ts);
 * the client reaches the server, or only a client part came back, or it is too old for it.
 */
import type { Lib } from './lib';
import type { ContainerWords } from './parse-errors';
import { apiMinor, readVersionText } from './parse-version';
import type { Diagnosis, DiagnosisId, Facts } from './types';

export const readers = [readVersionText];
/** A container or image not found beside a server that answered (moby/moby#18424: docker inspect's `no such id`, then docker
 * version's Server part): the install works; the ID was wrong. */
export const beside: DiagnosisId[] = ['container-not-found', 'image-not-found'];

/**
 * hello-world pulled, and Docker's runtime could not create its process (`OCI runtime create failed: … getting the final child's
 * pid from pipe caused "EOF"`: Docker Engine in WSL 1, which has no Linux kernel for runc, microsoft/WSL#3927): the server
 * answers, and Docker still runs no container. The paste shows that failure, so it answers before docker version's Server part.
 */
export const containerWords: ContainerWords = { runtime: ['container-exited', { variant: 'runtime' }] };

/** After the error checks (check.ts): with an error message in the paste, that answers. */
export function check(facts: Facts, { d }: Lib): Diagnosis | undefined {
  const { clientApi: client, serverMinApi: server } = facts;
  // An API mismatch docker version shows without an error line (after the error checks, as before).
  if (client && server && apiMinor(client) < apiMinor(server)) return d('client-too-old', { client, server });
  // With sudo the server answered root: Docker works, and the learner's own user is not shown (lesson 3's docker group).
  if (facts.hello || facts.serverOk) return d('healthy', facts.sudo ? { variant: 'sudo' } : {});
  if (facts.listed) return d('healthy', { variant: 'listed' });
  // A Client section and no Server one, without an error line: it neither proves nor disproves the daemon.
  if (client || facts.kinds.includes('docker info') || facts.kinds.includes('docker -v'))
    return d('shows-part', { variant: 'client-only' });
  // WSL's distros listed (wsl -l -v), no docker command: Docker Desktop's may run, whether docker answers in the learner's is not shown.
  if (facts.kinds.includes('wsl -l -v')) return d('shows-part', { variant: 'wsl' });
}

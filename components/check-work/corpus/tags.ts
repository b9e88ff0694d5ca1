/*
 * The corpus' tags (TAGS-*.md of the corpus, and the brief's) → the diagnosis ids that answer
 * them. A corpus paste is "right" when the verdict class (ok, partial, problem, unreadable) is
 * the expert's and the diagnosis id is one of its tag's ids here; "partly" when only the class is.
 */
import type { DiagnosisId } from '../engine/types';

export const tagIds: Record<string, DiagnosisId[]> = {
  healthy: ['healthy', 'published-on-loopback', 'app-listens-on-all'],
  'shows-part': ['shows-part'],
  'not-this-step': ['unreadable'],
  // Docker's own errors
  'daemon-not-running': ['daemon-not-running'],
  'engine-not-ready': ['engine-not-ready'],
  'docker-not-found': ['docker-not-found'],
  'permission-denied': ['permission-denied'],
  'client-too-old': ['client-too-old'],
  'no-arm64-manifest': ['no-arm64-manifest'],
  'exec-format-error': ['exec-format-error'],
  'image-not-found': ['image-not-found'],
  'name-conflict': ['name-conflict'],
  'invalid-reference': ['invalid-reference'],
  'invalid-port-spec': ['invalid-port-spec'],
  'missing-image-argument': ['missing-image-argument'],
  'port-already-allocated': ['port-already-allocated'],
  'build-failed': ['build-failed'],
  'registry-unreachable': ['registry-unreachable'],
  'not-a-tty': ['not-a-tty'],
  // One container (lesson 5, the reach path)
  'container-exited': ['container-exited'],
  'container-crashed': ['container-exited'],
  'container-not-found': ['container-not-found'],
  'no-port-published': ['no-port-published'],
  'ports-swapped': ['ports-swapped'],
  'wrong-container-port': ['ports-swapped'],
  'wrong-port': ['ports-swapped'],
  'app-listens-on-loopback': ['app-listens-on-loopback'],
  // Compose (lessons 6, 7)
  'compose-not-installed': ['compose-not-installed'],
  'compose-too-old': ['compose-too-old'],
  'compose-no-file': ['compose-no-file'],
  'compose-file-invalid': ['compose-file-invalid'],
  'compose-project-name': ['compose-project-name'],
  'compose-service-not-running': ['compose-service-not-running'],
  'compose-service-missing': ['compose-service-missing'],
  'compose-undefined-network': ['compose-undefined-network'],
  'compose-service-missing-network': ['compose-service-missing-network'],
  'compose-localhost-upstream': ['compose-localhost-upstream'],
  'network-not-found': ['network-not-found'],
  'network-address-pool': ['network-address-pool'],
  'network-wrong-project': ['network-wrong-project'],
  'upstream-host-not-found': ['upstream-host-not-found'],
  'upstream-connection-refused': ['upstream-connection-refused'],
};

/*
 * Every diagnosis with the fixtures that produce it, for the tests and for the lead's notes
 * (each fixture's first lines name its source and what was changed). Not exported from
 * index.ts, so it stays out of the island's bundle; read it from Node, e.g.
 * `import { catalog } from '@/components/check-work/engine/catalog'`.
 */
import type { Check, DiagnosisId } from './types';

export type { Check };
export type CatalogEntry = { check: Check; fixture: string };

/** A paste of the corpus (components/check-work/corpus/), where no fixture shows the diagnosis. */
const c = (check: Check, ...files: string[]): CatalogEntry[] => files.map((f) => ({ check, fixture: `../../corpus/${f}.txt` }));

const e = (check: Check, ...fixtures: string[]): CatalogEntry[] => fixtures.map((fixture) => ({ check, fixture: `${fixture}.txt` }));

export const catalog: Record<DiagnosisId, CatalogEntry[]> = {
  'docker-not-found': c(
    'install',
    'ir-docs11099-wsl1',
    'ir-toolbox667-bash-docker-exe',
    'h23-dockerinstall165-macos-get-docker-unsupported-distribution',
  ),
  'engine-not-ready': c('install', 'ir-desktopfeedback477-500-29'),
  'exec-format-error': [...c('run', 'ir-monitoror403-exec-format-228'), ...c('install', 'ir-moby32705-pi-hello-exec-format')],
  'image-not-found': c('run', 'ir-docwhat5-pull-denied-2024'),
  'name-conflict': c('run', 'ir-docs17816-conflict-wrapped'),
  'invalid-reference': e('run', 'run-invalid-reference'),
  'invalid-port-spec': c('run', 'ir-cli-run-three-part-port'),
  'missing-image-argument': c('run', 'ir-cli-run-no-image'),
  'compose-too-old': c('compose', 'c-cli-v1-ps-format-usage'),
  'build-failed': [...e('run', 'build-no-context', 'build-run-step-failed'), ...c('run', 'c-cli-build-no-context')],
  'registry-unreachable': e('run', 'registry-timeout'),
  'not-a-tty': e('install', 'mintty-not-a-tty'),
  'compose-file-invalid': [
    ...e('compose', 'compose-yaml-line', 'compose-interpolation-dollar'),
    ...c('compose', 'h24-basedash4-v2-undefined-volume-trailing-slash'),
    ...c('networks', 'h24-basedash4-v2-undefined-volume-trailing-slash'),
  ],
  'compose-service-missing': c('compose', 'c-pastebin-rpi-v1-all-exit0'),
  'network-wrong-project': c('networks', 'c-xagent-incorrect-label'),
  'upstream-host-not-found': c('networks', 'c-nofx-frontend-host-not-found'),
  'upstream-connection-refused': c('networks', 'c-sylius-fastcgi-refused'),
  'shows-part': [
    ...c('install', 'ir-dockerbackup47-client-only'),
    ...c('run', 'ir-raoshun-readme-run-line'),
    ...e('run', 'logs-all-addresses'),
    ...c('compose', 'c-listmonk-up-running-sub-partial'),
    ...e('compose', 'compose-logs-new-prefix', 'compose-v1-logs'),
    ...e('networks', 'compose-config-ok', 'lesson7-compose-yaml', 'compose-ps-networks-ok', 'network-ls-elided'),
    ...e('share', 'share-images-old-tagged', 'share-images-29-tagged', 'share-port-registry'),
  ],
  'image-not-tagged': e('share', 'share-images-29-untagged', 'docker-images'),
  'volume-missing': e('volumes', 'volume-ls-empty', 'volume-ls-other'),
  healthy: [
    ...e('install', 'version-29-ok', 'version-docs-desktop-ok', 'info-ok', 'hello-world'),
    ...c('install', 'h9-moby31262-ubuntu1404-version-17031-ok'),
    ...e('run', 'ps-table-running', 'ps-json-running', 'inspect-running'),
    ...e('compose', 'compose-ps-json-lines', 'compose-ps-json-array-ok', 'compose-ps-table'),
    ...e('networks', 'network-inspect-ok'),
    ...e('share', 'share-ps-registry-loopback', 'share-ps-registry-all'),
    ...e('volumes', 'volume-ls-ok'),
    ...e('reach:running', 'ps-table-running'),
    ...e('reach:published', 'docker-port-all'),
    ...e('reach:port-free', 'ps-table-empty'),
  ],
  'published-on-loopback': [...e('run', 'ps-table-loopback', 'inspect-loopback'), ...e('reach:published', 'docker-port-loopback')],
  'app-listens-on-all': e('reach:listening', 'logs-all-addresses'),
  'daemon-not-running': e(
    'install',
    'daemon-29-version',
    'daemon-old-version',
    'daemon-desktop-windows',
    'daemon-29-info',
    'daemon-info-golden',
  ),
  'permission-denied': e('install', 'permission-29-version', 'permission-old-run'),
  'client-too-old': e('install', 'client-too-old-compose', 'client-too-old-version'),
  'container-exited': [
    ...c('install', 'h23-wsl3927-wsl1-hello-world-oci-final-child-pid'),
    ...e('run', 'ps-table-exited-old', 'ps-json-exited', 'inspect-exited', 'run-traceback'),
    ...e('reach:running', 'ps-json-exited'),
    ...e('share', 'share-ps-registry-exited'),
  ],
  'container-not-found': [
    ...e('run', 'ps-table-empty', 'inspect-missing', 'logs-no-such-container'),
    ...e('reach:running', 'ps-table-empty'),
    ...e('share', 'ps-table-empty'),
  ],
  'no-port-published': [
    ...c('run', 'h23-formac2716-net-host-p-80-curl-refused'),
    ...e('run', 'ps-table-exposed-only', 'inspect-no-publish'),
    ...e('reach:published', 'ps-table-exposed-only'),
    ...e('share', 'share-ps-registry-no-port'),
  ],
  'ports-swapped': [...e('run', 'ps-table-swapped', 'ps-json-swapped'), ...e('compose', 'compose-ps-table-wrong-ports')],
  'app-listens-on-loopback': [
    ...e('run', 'logs-loopback', 'ps-and-logs-loopback'),
    ...e('compose', 'compose-logs-old-prefix-loopback'),
    ...e('reach:listening', 'logs-loopback'),
  ],
  'port-already-allocated': [
    ...e('run', 'run-port-allocated-old', 'run-address-in-use', 'windows-ports-not-available'),
    ...e('compose', 'compose-port-allocated-28'),
    ...e('reach:port-free', 'ps-table-other-holder', 'run-port-allocated-old'),
  ],
  'no-arm64-manifest': [...e('install', 'arm64-pull-containerd'), ...e('run', 'arm64-legacy-build', 'arm64-buildkit')],
  'compose-service-not-running': [
    ...e('compose', 'compose-ps-json-array-exited', 'compose-ps-table-old-exited', 'compose-logs-exited'),
    ...e('networks', 'compose-ps-networks-db-exited'),
  ],
  'compose-service-missing-network': e(
    'networks',
    'network-inspect-web-missing',
    'network-inspect-default',
    'compose-config-missing-network',
  ),
  'compose-project-name': [...e('compose', 'compose-ps-json-other-project'), ...e('networks', 'network-inspect-other-project')],
  'compose-localhost-upstream': e('networks', 'nginx-upstream-localhost', 'compose-config-localhost'),
  'compose-no-file': e('compose', 'compose-no-file'),
  'compose-undefined-network': e('networks', 'compose-undefined-network'),
  'compose-not-installed': e('compose', 'compose-not-installed-old', 'compose-not-installed-new'),
  'network-not-found': e('networks', 'network-not-found'),
  'network-address-pool': [
    ...c('networks', 'h22-compose2908-v1-up-no-non-overlapping-pool'),
    ...c('compose', 'h22-mailu3812-v2-network-default-error-pool-overlaps'),
  ],
  unreadable: [
    ...e('install', 'ls-la'),
    ...e('run', 'docker-images', 'git-status', 'inspect-truncated', 'docker-run-ls'),
    ...e('compose', 'docker-images'),
    // docker version is real output, but it says nothing about the networks.
    ...e('networks', 'version-29-ok'),
  ],
};

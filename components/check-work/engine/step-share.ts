/*
 * Lesson 6's chunk (share): a registry of your own. The registry container runs with port 5000
 * published to its port 5000 (docker ps, lib's table reader; the lesson publishes it on
 * 127.0.0.1 only), and `docker image ls` shows localhost:5000/e4l-python-graph tagged 1.0.
 * Reads `docker image ls` in both layouts: REPOSITORY TAG … (before Docker 29, and with --format
 * or the graphdrivers) and Docker 29's collapsed view, IMAGE ID DISK USAGE CONTENT SIZE EXTRA,
 * whose IMAGE is name:tag (docker/cli#6566).
 */
import type { Lib } from './lib';
import type { ErrorRule } from './parse-errors';
import type { TextReader } from './read';
import type { Diagnosis, Facts } from './types';

const oldHeader = /^\s*REPOSITORY\s+TAG\s+(?:DIGEST\s+)?IMAGE ID\b/;
const newHeader = /^\s*IMAGE(?:\/TAGS)?\s+ID\s+DISK USAGE\b/;

/** docker image ls: each row as name:tag (`<none>` and `<untagged>` rows and --tree's platform lines skipped). */
export const readImages: TextReader = (_, lines, facts, { seen }) => {
  const at = lines.findIndex((l) => oldHeader.test(l) || newHeader.test(l));
  if (at < 0) return false;
  const old = oldHeader.test(lines[at]!);
  const images = (facts.images ??= []);
  for (const row of lines.slice(at + 1)) {
    const [first = '', second = ''] = row.trim().split(/\s+/);
    if (!/^[\w.-]/.test(first) || first.startsWith('<')) continue;
    const name = old ? (second && !second.startsWith('<') ? `${first}:${second}` : '') : first.replace(/@sha256:\w+$/, '');
    if (name && !images.includes(name)) images.push(name);
  }
  seen(facts, 'docker image ls');
  return true;
};

export const readers = [readImages];

/**
 * docker push's own errors. No image of that name and tag (moby daemon/internal/distribution push.go, since 1.x: `An image does not
 * exist locally with the tag: localhost:5000/e4l-python-graph`; push_v2.go and the containerd store's image_push.go: `tag does not
 * exist: localhost:5000/e4l-python-graph:1.0`). Nothing answers at the lesson's registry: Go's `Get "http://localhost:5000/v2/": dial
 * tcp 127.0.0.1:5000: connect: connection refused` (the containerd store: `failed to do request: Head "http://localhost:5000/v2/…":
 * dial tcp [::1]:5000: …`), the URL unquoted before 20.10. A push to Docker Hub instead (no localhost:5000/ in the name).
 */
export const errors: ErrorRule[] = [
  [
    /An image does not exist locally with the tag: ([\w.:/-]{1,200})|tag does not exist: ([\w.:/-]{1,200})/,
    'image-not-tagged',
    'name name',
    { variant: 'push' },
  ],
  // A push of the image without the registry's name in front: docker.io, whose `denied: requested access to the resource is denied`
  // follows (the push refers to repository [docker.io/library/e4l-python-graph]).
  [/The push refers to repository \[docker\.io\/(?:library\/)?([\w./-]{1,200})\]/, 'image-not-tagged', 'name', { variant: 'hub' }],
  [
    /(?:Get|Head|Put|Post) "?https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):5000\/v2\/[^\s"]{0,200}"?: dial tcp \S{1,60}: connect: connection refused/,
    'container-not-found',
    undefined,
    { name: 'registry', variant: 'refused' },
  ],
];

const loopback = (ip: string) => /^(?:127\.|\[?::1\]?$|localhost$)/.test(ip);

export function check(facts: Facts, { d, expected: { share }, showPort }: Lib): Diagnosis | undefined {
  const name = share.container!;
  const want = share.publish!;
  const wanted = `${share.repository}:${share.tag}`;
  const { images } = facts;
  // A listing without the tag: the step's image is not there under the name the lesson pushes.
  if (images && !images.includes(wanted)) {
    // The app's image under any name (e4l-python-graph:latest, localhost:5000/e4l-python-graph:latest).
    const found = images.filter((i) => i.includes(share.repository!.split('/').pop()!));
    return d('image-not-tagged', { name: wanted, found: found.join(', ') || undefined });
  }
  const c =
    facts.containers.find((x) => x.name === name) ?? facts.containers.find((x) => x.image?.split(':')[0] === share.image!.split(':')[0]);
  if (!c) {
    if (facts.listed) return d('container-not-found', { name });
    return images ? d('shows-part', { variant: 'image' }) : undefined;
  }
  if (c.state && c.state !== 'running') return d('container-exited', { name, state: c.state, exitCode: c.exitCode });
  if (!c.ports) return d('shows-part', { variant: 'ports' });
  const published = c.ports.filter((p) => p.host > 0);
  const toRegistry = published.filter((p) => p.container === want.container && p.host <= want.host && want.host <= (p.hostEnd ?? p.host));
  if (!toRegistry.length)
    return d('no-port-published', { name, found: (published.length ? published : c.ports).map(showPort).join(', ') || 'nothing' });
  if (!c.state) return d('shows-part', { variant: 'state' });
  // The registry image under another name is not the lesson's container.
  if (c.name !== name) return d('container-not-found', { name });
  // Published on every address (-p 5000:5000): it works, and other machines on the network can push and pull too.
  if (!toRegistry.every((p) => loopback(p.ip)))
    return d('healthy', { variant: 'network', name, found: toRegistry.map(showPort).join(', ') });
  return d('healthy', { name });
}

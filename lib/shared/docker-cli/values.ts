/**
 * Small pure readers of the values docker flags take, so an explanation can say what a value
 * means (which port of which address, which folder goes where) instead of repeating it.
 * Each returns null when the value is not in the form it reads; the caller then says less.
 */

export type PortMapping = {
  /** The address of this machine to listen on; null: every interface. */
  hostIp: string | null;
  /** This machine's port (or range); null: a random free port. */
  hostPort: string | null;
  containerPort: string;
  protocol: 'tcp' | 'udp' | 'sctp';
};

const port = /^\d{1,5}(?:-\d{1,5})?$/;

/**
 * `-p` / `--publish` in its short form: `[ip:][hostPort:]containerPort[/proto]`, the ip
 * possibly IPv6 in brackets (`[::1]:8050:8050`), the host port possibly empty (`127.0.0.1::80`);
 * or in its long form, `published=8050,target=8050[,protocol=udp]`, which `docker run` rewrites
 * into the short one before reading it (docker/cli cli/command/container/opts.go,
 * convertToStandardNotation: `published:target/protocol`, tcp by default; other keys such as
 * `mode=host` are kept and ignored; a part without `=` is refused).
 */
export function parsePortMapping(value: string): PortMapping | null {
  if (value.includes('=')) {
    const params = new Map([['protocol', 'tcp']]);
    for (const param of value.split(',')) {
      const eq = param.indexOf('=');
      if (eq < 1) return null;
      params.set(param.slice(0, eq), param.slice(eq + 1));
    }
    const short = `${params.get('published') ?? ''}:${params.get('target') ?? ''}/${params.get('protocol')}`;
    return short.includes('=') ? null : parsePortMapping(short);
  }
  const slash = value.lastIndexOf('/');
  const protocol = slash < 0 ? 'tcp' : value.slice(slash + 1);
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp') return null;
  const rest = slash < 0 ? value : value.slice(0, slash);
  let hostIp: string | null = null;
  let ports = rest;
  const bracket = /^\[([0-9A-Fa-f:.]+)\]:(.*)$/.exec(rest);
  if (bracket) {
    hostIp = bracket[1]!;
    ports = bracket[2]!;
  } else {
    const parts = rest.split(':');
    if (parts.length > 3) return null;
    if (parts.length === 3) {
      hostIp = parts[0]!;
      ports = `${parts[1]}:${parts[2]}`;
      if (!/^[\d.]+$/.test(hostIp) && !/^[A-Za-z0-9.-]+$/.test(hostIp)) return null;
    }
  }
  const pieces = ports.split(':');
  if (pieces.length > 2) return null;
  const containerPort = pieces[pieces.length - 1]!;
  const hostPort = pieces.length === 2 ? pieces[0]! : null;
  if (!port.test(containerPort) || (hostPort !== null && hostPort !== '' && !port.test(hostPort))) return null;
  return { hostIp: hostIp || null, hostPort: hostPort || null, containerPort, protocol };
}

const loopback = (ip: string) => /^127\./.test(ip) || ip === '::1' || ip === 'localhost';
const anyAddress = (ip: string) => ip === '0.0.0.0' || ip === '::';

export function describePortMapping(mapping: PortMapping): string {
  const protocol = mapping.protocol === 'tcp' ? '' : ` (${mapping.protocol.toUpperCase()})`;
  const plural = mapping.containerPort.includes('-') ? 'ports' : 'port';
  const hostPort = mapping.hostPort
    ? `${mapping.hostPort.includes('-') ? 'ports' : 'port'} ${mapping.hostPort}`
    : 'a random free port (docker port shows which)';
  const where =
    mapping.hostIp === null || anyAddress(mapping.hostIp)
      ? `on ${hostPort} of every network interface of this machine (reachable from other machines too, firewall permitting)`
      : loopback(mapping.hostIp)
        ? `on this machine's ${mapping.hostIp}, ${hostPort} (reachable from this machine only)`
        : `on this machine's address ${mapping.hostIp}, ${hostPort}`;
  return `Publish container ${plural} ${mapping.containerPort}${protocol} ${where}`;
}

export type VolumeSpec = {
  kind: 'named' | 'bind' | 'anonymous';
  /** Volume name or host path; null for an anonymous volume. */
  source: string | null;
  target: string;
  readOnly: boolean;
  /** Other options after the second colon (z, Z, rw, nocopy…), as typed. */
  options: string[];
};

/**
 * `-v` / `--volume`: `[source:]target[:options]`. A source with a slash, or starting with `.`
 * or `~`, or a Windows drive (`C:\x`), is a folder of this machine (a bind mount); any other
 * source is the name of a volume.
 */
export function parseVolumeSpec(value: string): VolumeSpec | null {
  if (!value) return null;
  // A Windows drive letter's colon is not a separator.
  const drive = /^[A-Za-z]:[\\/]/.test(value) ? value.slice(0, 2) : '';
  const parts = value.slice(drive.length).split(':');
  if (drive) parts[0] = drive + parts[0];
  if (parts.length > 3 || parts.some((p) => p === '')) return null;
  if (parts.length === 1) return { kind: 'anonymous', source: null, target: parts[0]!, readOnly: false, options: [] };
  const [source, target, optionText] = parts as [string, string, string | undefined];
  const options = optionText ? optionText.split(',') : [];
  const bind = /[\\/]/.test(source) || source.startsWith('.') || source.startsWith('~') || source.startsWith('$');
  return {
    kind: bind ? 'bind' : 'named',
    source,
    target,
    readOnly: options.includes('ro'),
    options: options.filter((o) => o !== 'ro' && o !== 'rw'),
  };
}

export function describeVolumeSpec(spec: VolumeSpec): string {
  const access = spec.readOnly ? ', read-only (the container cannot change it)' : '';
  if (spec.kind === 'anonymous') return `Mount a new anonymous volume at ${spec.target} in the container${access}`;
  if (spec.kind === 'named')
    return `Mount the named volume ${spec.source} (created if missing; its data outlives the container) at ${spec.target} in the container${access}`;
  return `Mount this machine's folder ${spec.source} at ${spec.target} in the container (a bind mount: both see the same files)${access}`;
}

/** `--mount type=bind,source=.,target=/app,readonly`: its key=value pairs. */
export function parseMountSpec(value: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of value.split(',')) {
    const equals = part.indexOf('=');
    fields[equals < 0 ? part : part.slice(0, equals)] = equals < 0 ? 'true' : part.slice(equals + 1);
  }
  return fields;
}

export function describeMountSpec(value: string): string {
  const f = parseMountSpec(value);
  const source = f.source ?? f.src;
  const target = f.target ?? f.destination ?? f.dst ?? '?';
  const readOnly = 'readonly' in f || 'ro' in f ? ', read-only' : '';
  const type = f.type ?? 'volume';
  if (type === 'bind') return `Mount this machine's folder ${source ?? '?'} at ${target} in the container (a bind mount)${readOnly}`;
  if (type === 'tmpfs') return `Mount a temporary in-memory filesystem at ${target} in the container`;
  return source
    ? `Mount the named volume ${source} at ${target} in the container${readOnly}`
    : `Mount a new anonymous volume at ${target} in the container${readOnly}`;
}

const units: Record<string, [string, number]> = {
  ns: ['nanosecond', 1e-9],
  us: ['microsecond', 1e-6],
  µs: ['microsecond', 1e-6],
  ms: ['millisecond', 1e-3],
  s: ['second', 1],
  m: ['minute', 60],
  h: ['hour', 3600],
};

/** A Go duration (`90s`, `1h30m`, `500ms`) in words, or null. */
export function describeDuration(value: string): string | null {
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) return null;
  return parts
    .map((p) => {
      const [unit] = units[p[2]!]!;
      return `${p[1]} ${unit}${p[1] === '1' ? '' : 's'}`;
    })
    .join(' ');
}

/** A size as docker reads it (`512m`, `2g`, `1024`; binary units), in words, or null. */
export function describeBytes(value: string): string | null {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgtp]?)i?b?$/i.exec(value);
  if (!match) return null;
  const unit = { '': 'bytes', b: 'bytes', k: 'KiB', m: 'MiB', g: 'GiB', t: 'TiB', p: 'PiB' }[match[2]!.toLowerCase()];
  return `${match[1]} ${unit}`;
}

export type ImageReference = { registry: string | null; repository: string; tag: string | null; digest: string | null };

/** `[registry/]repository[:tag][@digest]`; a first part with a dot, a colon or `localhost` is a registry. */
export function parseImageReference(value: string): ImageReference | null {
  const match = /^([^@\s]+?)(?::([\w][\w.-]{0,127}))?(?:@(\S+))?$/.exec(value);
  if (!match) return null;
  const [, name, tag, digest] = match;
  const slash = name!.indexOf('/');
  const first = slash < 0 ? '' : name!.slice(0, slash);
  const registry = first && (/[.:]/.test(first) || first === 'localhost') ? first : null;
  return { registry, repository: registry ? name!.slice(slash + 1) : name!, tag: tag ?? null, digest: digest ?? null };
}

export function describeImageReference(value: string): string {
  const ref = parseImageReference(value);
  if (!ref) return value;
  const where = ref.registry ? `from the registry ${ref.registry}` : 'from Docker Hub if not on this machine';
  const version = ref.digest
    ? `exactly the content with digest ${ref.digest}`
    : ref.tag
      ? `tag ${ref.tag}`
      : 'tag latest, as no tag is given';
  return `${ref.repository}, ${version}; ${where}`;
}

export const platformArchitectures: Readonly<Record<string, string>> = {
  amd64: '64-bit Intel/AMD (x86-64)',
  arm64: '64-bit ARM (Apple silicon, Raspberry Pi 4/5, Graviton)',
  'arm/v7': '32-bit ARM',
  'arm/v6': '32-bit ARM (older)',
  '386': '32-bit Intel',
  riscv64: '64-bit RISC-V',
  ppc64le: 'IBM POWER',
  s390x: 'IBM Z',
};

export function describePlatform(value: string): string {
  return value
    .split(',')
    .map((one) => {
      const [os, ...arch] = one.split('/');
      const machine = platformArchitectures[arch.join('/')] ?? arch.join('/');
      return `${os === 'linux' ? 'Linux' : os === 'windows' ? 'Windows' : os} on ${machine} processors`;
    })
    .join('; ');
}

export function describeRestartPolicy(value: string): string {
  const [policy, retries] = value.split(':');
  switch (policy) {
    case 'no':
      return 'no: never restart it (the default)';
    case 'always':
      return 'always: restart it whenever it stops, and when Docker starts (unless you stopped it by hand, until Docker restarts)';
    case 'unless-stopped':
      return 'unless-stopped: restart it whenever it stops and when Docker starts, unless you stopped it yourself';
    case 'on-failure':
      return `on-failure: restart it only when it exits with an error${retries ? `, at most ${retries} times` : ''}`;
    default:
      return `${value}: not a restart policy docker knows (no, always, unless-stopped, on-failure[:n])`;
  }
}

import { commandWords } from './shell-commands';

/**
 * Reads a `docker ...` command as far as the rules need: which subcommand, which image, which
 * options. Option tables say which options take a value, so that the value is not taken for
 * the image (`docker run -p 8050:8050 app`).
 */

export type DockerCommand =
  | { kind: 'run'; image?: string; options: Map<string, string | true> }
  | { kind: 'pull'; image?: string; options: Map<string, string | true> }
  | { kind: 'build'; options: Map<string, string | true> }
  | { kind: 'buildx'; subcommand?: string }
  | { kind: 'compose'; subcommand?: string; args: string[] }
  | { kind: 'other'; subcommand?: string };

const globalValueOptions = new Set(['-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey']);

/** Options of `docker run` and `docker create` that take a value (docs: docker container run). */
const runValueOptions = new Set(
  [
    '-a --attach --add-host --annotation --blkio-weight --blkio-weight-device --cap-add --cap-drop --cgroup-parent --cgroupns',
    '--cidfile --cpu-period --cpu-quota --cpu-rt-period --cpu-rt-runtime -c --cpu-shares --cpus --cpuset-cpus --cpuset-mems',
    '--detach-keys --device --device-cgroup-rule --device-read-bps --device-read-iops --device-write-bps --device-write-iops',
    '--dns --dns-option --dns-search --domainname --entrypoint -e --env --env-file --expose --gpus --group-add',
    '--health-cmd --health-interval --health-retries --health-start-interval --health-start-period --health-timeout',
    '-h --hostname --ip --ip6 --ipc --isolation -l --label --label-file --link --link-local-ip --log-driver --log-opt',
    '--mac-address -m --memory --memory-reservation --memory-swap --memory-swappiness --mount --name --network --net',
    '--network-alias --net-alias --oom-score-adj --pid --pids-limit --platform -p --publish --pull --restart --runtime',
    '--security-opt --shm-size --stop-signal --stop-timeout --storage-opt --sysctl --tmpfs --ulimit -u --user --userns',
    '--uts -v --volume --volume-driver --volumes-from -w --workdir',
  ]
    .join(' ')
    .split(' '),
);

const pullValueOptions = new Set(['--platform']);
const buildValueOptions = new Set([
  '-t', '--tag', '-f', '--file', '--platform', '--build-arg', '--target', '--network', '--progress', '--cache-from',
  '--cache-to', '--label', '--output', '-o', '--secret', '--ssh', '--builder', '--iidfile', '--metadata-file',
  '--add-host', '--shm-size', '--ulimit', '--build-context', '--attest', '--sbom', '--provenance', '--call', '--annotation',
]);
const composeValueOptions = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--parallel', '--progress', '--ansi']);

/** Reads `docker ...` (after sudo and assignments are removed); undefined for any other program. */
export function parseDocker(rawWords: string[]): DockerCommand | undefined {
  const words = commandWords(rawWords);
  if (words[0] !== 'docker') return undefined;
  let i = 1;
  while (words[i]?.startsWith('-')) i += globalValueOptions.has(words[i]!) ? 2 : 1;
  let subcommand = words[i];
  let rest = words.slice(i + 1);
  if ((subcommand === 'container' || subcommand === 'image' || subcommand === 'builder') && rest[0]) {
    const verb = rest[0];
    if (subcommand === 'container' && (verb === 'run' || verb === 'create')) subcommand = verb;
    else if (subcommand === 'image' && verb === 'pull') subcommand = 'pull';
    else if ((subcommand === 'image' || subcommand === 'builder') && verb === 'build') subcommand = 'build';
    else return { kind: 'other', subcommand: `${subcommand} ${verb}` };
    rest = rest.slice(1);
  }
  if (subcommand === 'buildx' && rest[0] === 'build') {
    subcommand = 'build';
    rest = rest.slice(1);
  }
  switch (subcommand) {
    case 'run':
    case 'create': {
      const { options, operands } = parseOptions(rest, runValueOptions, 'apehlmuvwc');
      return { kind: 'run', image: operands[0], options };
    }
    case 'pull': {
      const { options, operands } = parseOptions(rest, pullValueOptions, '');
      return { kind: 'pull', image: operands[0], options };
    }
    case 'build': {
      const { options } = parseOptions(rest, buildValueOptions, 'tfo');
      return { kind: 'build', options };
    }
    case 'buildx':
      return { kind: 'buildx', subcommand: rest[0] };
    case 'compose': {
      let j = 0;
      while (rest[j]?.startsWith('-')) j += composeValueOptions.has(rest[j]!.split('=')[0]!) && !rest[j]!.includes('=') ? 2 : 1;
      return { kind: 'compose', subcommand: rest[j], args: rest.slice(j + 1) };
    }
    default:
      return { kind: 'other', subcommand };
  }
}

/**
 * Options up to the first operand. `--opt=value`, `--opt value`, and short options that can be
 * combined (`-it`, `-dp 8050:8050`) are understood; `shortWithValue` lists the short letters
 * that take a value.
 */
function parseOptions(words: string[], valueOptions: ReadonlySet<string>, shortWithValue: string) {
  const options = new Map<string, string | true>();
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    if (word.startsWith('--')) {
      const [name, value] = splitOnce(word, '=');
      if (value !== undefined) options.set(name, value);
      else if (valueOptions.has(name)) options.set(name, words[++i] ?? '');
      else options.set(name, true);
      continue;
    }
    for (let k = 1; k < word.length; k++) {
      const letter = word[k]!;
      if (shortWithValue.includes(letter)) {
        const value = word.slice(k + 1) || words[++i] || '';
        options.set(`-${letter}`, value.replace(/^=/, ''));
        break;
      }
      options.set(`-${letter}`, true);
    }
  }
  return { options, operands: words.slice(i) };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** `docker.io/library/nginx:stable` → `nginx`; `ghcr.io/a/b:1@sha256:...` → `ghcr.io/a/b`. */
export function imageRepository(reference: string): string {
  let name = reference.split('@')[0]!;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  return name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

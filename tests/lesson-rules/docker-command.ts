import { isDockerCommand, parseDockerCommand } from '@/lib/shared/docker-cli/parse';

/**
 * Reads a `docker ...` command as far as the rules need: which subcommand, which image, which
 * options. The reading is the course's one model of the Docker CLI (lib/shared/docker-cli):
 * it knows from docker/cli's own reference which flags take a value, so a value is never taken
 * for the image (`docker run -p 8050:8050 app`), and this file keeps no option tables of its own.
 */

export type DockerCommand =
  | { kind: 'run'; image?: string; options: Map<string, string | true> }
  | { kind: 'pull'; image?: string; options: Map<string, string | true> }
  | { kind: 'build'; options: Map<string, string | true> }
  | { kind: 'buildx'; subcommand?: string }
  | { kind: 'compose'; subcommand?: string; args: string[] }
  | { kind: 'other'; subcommand?: string };

/** Reads `docker ...` (after sudo and assignments are removed); undefined for any other program. */
export function parseDocker(rawWords: string[]): DockerCommand | undefined {
  if (!isDockerCommand(rawWords.map((value) => ({ value })))) return undefined;
  const parsed = parseDockerCommand(rawWords);
  const path = parsed.command?.path;
  const options = new Map<string, string | true>(parsed.flags.map((f) => [f.typed, f.value ?? true]));
  const image = parsed.args.find((a) => a.role === 'image')?.value;
  if (path === 'container run' || path === 'container create') return { kind: 'run', image, options };
  if (path === 'image pull') return { kind: 'pull', image, options };
  if (path === 'buildx build') return { kind: 'build', options };
  // `docker builder prune` is buildx's prune by alias, but typed so it runs without the plugin.
  if (parsed.typedCommand.startsWith('buildx')) return { kind: 'buildx', subcommand: parsed.typedCommand.split(' ')[1] };
  if (parsed.program !== 'docker') {
    // Everything typed after the subcommand, flags included (`up --build`).
    const end = parsed.commandSpans.at(-1)?.end ?? Infinity;
    const args = rawWords.filter((_, i) => spanOf(rawWords, i) > end);
    return { kind: 'compose', subcommand: path?.replace(/^compose /, '') ?? parsed.unknown[0]?.text, args };
  }
  return { kind: 'other', subcommand: parsed.typedCommand || parsed.unknown[0]?.text };
}

/** Where word `i` starts when the words are joined by single spaces, as parseDockerCommand spans plain strings. */
function spanOf(words: readonly string[], i: number): number {
  return words.slice(0, i).reduce((at, word) => at + word.length + 1, 0);
}

/** `docker.io/library/nginx:stable` → `nginx`; `ghcr.io/a/b:1@sha256:...` → `ghcr.io/a/b`. */
export function imageRepository(reference: string): string {
  let name = reference.split('@')[0]!;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  return name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

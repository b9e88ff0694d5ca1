import { describe, expect, it } from 'vitest';
import reference from './reference.json';
import { commandLines, flagLines } from './explanations';
import { commands, commandsByAlias, globalFlags } from './model';

type RefFlag = { long: string; short?: string; deprecated?: boolean };
type RefCommand = { aliases: string[]; flags: RefFlag[] };
const refCommands: Record<string, RefCommand> = { ...reference.docker.commands, ...reference.compose.commands };
const refGlobals: Record<string, RefFlag[]> = { docker: reference.docker.globalFlags, compose: reference.compose.globalFlags };

describe('the model against reference.json', () => {
  it('names only commands the reference has', () => {
    expect(Object.keys(commandLines).filter((path) => !refCommands[path])).toEqual([]);
    expect(commands.map((c) => c.path).filter((path) => !refCommands[path])).toEqual([]);
  });

  it('explains only flags the reference has', () => {
    const missing: string[] = [];
    for (const [path, lines] of Object.entries(flagLines)) {
      const known = refGlobals[path] ?? refCommands[path]?.flags;
      if (!known) missing.push(path);
      // -h/--help is cobra's, on every command; the reference lists it with docker's global flags.
      for (const long of Object.keys(lines)) if (long !== 'help' && !known?.some((f) => f.long === long)) missing.push(`${path} --${long}`);
    }
    expect(missing).toEqual([]);
  });

  it('writes no explanation for a deprecated flag (lists them when it does)', () => {
    const deprecated: string[] = [];
    for (const [path, lines] of Object.entries(flagLines)) {
      const known = refGlobals[path] ?? refCommands[path]?.flags ?? [];
      for (const long of Object.keys(lines)) if (known.find((f) => f.long === long)?.deprecated) deprecated.push(`${path} --${long}`);
    }
    expect(deprecated).toEqual([]);
  });

  it('has every reference flag, with its short name, and a line for each', () => {
    for (const command of commands) {
      for (const flag of refCommands[command.path]!.flags) {
        const model = command.flags.find((f) => f.long === flag.long);
        expect(model, `${command.path} --${flag.long}`).toBeDefined();
        expect(model!.short).toBe(flag.short ?? null);
        expect(model!.explanation.length).toBeGreaterThan(10);
      }
    }
  });

  it('covers the commands the course asks for, under all their aliases', () => {
    for (const alias of [
      'run',
      'container run',
      'create',
      'start',
      'stop',
      'restart',
      'rm',
      'container remove',
      'ps',
      'container list',
      'container ps',
      'logs',
      'exec',
      'build',
      'buildx build',
      'images',
      'image ls',
      'image list',
      'image rm',
      'rmi',
      'image prune',
      'pull',
      'push',
      'tag',
      'login',
      'logout',
      'inspect',
      'port',
      'network create',
      'network ls',
      'network inspect',
      'network rm',
      'network connect',
      'network disconnect',
      'network prune',
      'volume create',
      'volume ls',
      'volume inspect',
      'volume rm',
      'volume prune',
      'builder prune',
      'system prune',
      'system df',
      'version',
      'info',
      'search',
      'container prune',
      'kill',
      'cp',
      'stats',
      'top',
      'update',
      'compose up',
      'compose down',
      'compose ps',
      'compose logs',
      'compose build',
      'compose pull',
      'compose push',
      'compose config',
      'compose version',
      'compose exec',
      'compose run',
      'compose start',
      'compose stop',
      'compose restart',
      'compose rm',
      'compose images',
      'compose ls',
    ])
      expect(commandsByAlias.has(alias), alias).toBe(true);
    expect(commandsByAlias.get('ps')).toBe(commandsByAlias.get('container ls'));
    expect(commandsByAlias.get('build')?.path).toBe('buildx build');
  });

  it('gives value kinds to the flags whose values the explanations read', () => {
    const flag = (path: string, long: string) => commandsByAlias.get(path)!.flags.find((f) => f.long === long)!;
    expect(flag('run', 'publish').kind).toBe('port-mapping');
    expect(flag('run', 'volume').kind).toBe('mount');
    expect(flag('run', 'restart').kind).toBe('restart-policy');
    expect(flag('build', 'tag').kind).toBe('image');
    expect(flag('run', 'init')).toMatchObject({ kind: 'bool', takesValue: false, written: true });
    expect(flag('run', 'blkio-weight')).toMatchObject({ takesValue: true, written: false });
    expect(globalFlags.compose.map((f) => f.long)).toContain('project-name');
  });
});

/*
 * The run line read in every form docker/cli accepts, not only the ones the corpus happened to hold: each way to write a
 * mapping (docker/cli cli/command/container/opts.go: `-p`/`--publish` is a pflag list, so `-p V`, `-pV`, `-p=V`, `--publish V`,
 * `--publish=V`; convertToStandardNotation reads the long `published=,target=[,protocol=]` form; nat.ParsePortSpec the short
 * `[ip:][host:]container[/proto]`), crossed with each way a learner's terminal shows the line (prompts of bash, zsh, root, Git
 * Bash, PowerShell, cmd; `sudo`; `docker container run`; a line continued with `\`, PowerShell's backtick, cmd's caret) and
 * quoted as a shell passes it on. Every cell must give the same answer as the plain line: the form never changes what Docker ran.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const ID = '4f1c1c0d3f9a2b7e8d6c5b4a39281706f5e4d3c2b1a0918273645546372819aa';

/** One mapping host:container in each form docker run takes. */
const forms: Record<string, (host: number, container: number) => string[]> = {
  short: (h, c) => ['-p', `${h}:${c}`],
  glued: (h, c) => [`-p${h}:${c}`],
  equals: (h, c) => [`-p=${h}:${c}`],
  'long flag': (h, c) => ['--publish', `${h}:${c}`],
  'long flag =': (h, c) => [`--publish=${h}:${c}`],
  'double quotes': (h, c) => ['-p', `"${h}:${c}"`],
  'single quotes': (h, c) => ['-p', `'${h}:${c}'`],
  protocol: (h, c) => ['-p', `${h}:${c}/tcp`],
  'every address': (h, c) => ['-p', `0.0.0.0:${h}:${c}`],
  'long form': (h, c) => ['--publish', `published=${h},target=${c}`],
  'long form reordered': (h, c) => ['--publish', `target=${c},published=${h},protocol=tcp`],
};

/** How the line reaches the paste: the words of `docker run -d --name NAME <mapping> IMAGE`, laid out by a terminal. */
const shells: Record<string, (words: string[]) => string> = {
  'bash prompt': (w) => `kim@ubuntu:~/app$ docker run ${w.join(' ')}`,
  'zsh on a Mac': (w) => `kim@MacBook-Air app % docker run ${w.join(' ')}`,
  'root prompt, sudo': (w) => `[root@centos7 ~]# sudo docker run ${w.join(' ')}`,
  'docker container run': (w) => `$ docker container run ${w.join(' ')}`,
  'Git Bash': (w) => `kim@DESKTOP-AB12CD MINGW64 ~/app (main)\n$ docker run ${w.join(' ')}`,
  'backslash continued': (w) => `$ docker run \\\n  ${w.join(' \\\n  ')}`,
  'PowerShell, backtick continued': (w) => `PS C:\\Users\\kim\\app> docker run \`\n>> ${w.join(' `\n>> ')}`,
  'cmd, caret continued': (w) => `C:\\Users\\kim\\app>docker run ^\nMore? ${w.join(' ^\nMore? ')}`,
};

const line = (shell: string, name: string, mapping: string[], image: string) =>
  `${shells[shell]!(['-d', '--name', name, ...mapping, image])}\n${ID}`;

describe('the run line in every form and terminal', () => {
  for (const shell of Object.keys(shells)) {
    for (const [form, write] of Object.entries(forms)) {
      it(`${shell}, ${form}: another mapping leads elsewhere; the lesson's is read as published`, async () => {
        // The corpus's wrong-container-port (tags.ts): the answer that the mapping does not lead 8050 to 8050.
        const other = await check('run', line(shell, 'web', write(8080, 80), 'nginx'));
        expect([other.kind, other.id]).toEqual(['problem', 'ports-swapped']);
        // The lesson's own line, alone: right, but only a listing shows it runs (CONVENTIONS §2.2), so partial, never "nothing published".
        const ours = await check('run', line(shell, 'dash-app', write(8050, 8050), 'dash-app'));
        expect([ours.kind, ours.id]).toEqual(['partial', 'shows-part']);
      });
    }
    it(`${shell}, a host port the shell fills in: published, the host port unknown (as \`-p 80\`), never "nothing published"`, async () => {
      for (const mapping of [
        ['-p', '$PORT:80'],
        ['-p', '${PORT:-8080}:8050'],
        ['--publish', '127.0.0.1:$HOST_PORT:8050'],
      ]) {
        const d = await check('run', line(shell, 'dash-app', mapping, 'dash-app'));
        expect([d.kind, d.id]).toEqual(['partial', 'shows-part']);
      }
    });
    it(`${shell}, no -p: nothing published`, async () => {
      const none = await check('run', line(shell, 'dash-app', [], 'dash-app'));
      expect([none.kind, none.id]).toEqual(['problem', 'no-port-published']);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { body } from './load-fixture';
import { isBinary, maxChars, prepare, segments } from './normalize';

describe('prepare', () => {
  it('unifies Windows and old Mac line ends', () => {
    expect(prepare('a\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(body('version-docs-desktop-ok')).toContain('\r\n');
    expect(prepare(body('version-docs-desktop-ok'))).not.toContain('\r');
  });

  it('strips the colour codes Compose and Werkzeug print on a terminal', () => {
    expect(prepare('\x1b[36mweb-1  | \x1b[0m\x1b[1m\x1b[31mWARNING\x1b[0m')).toBe('web-1  | WARNING');
  });

  it('keeps the head and the tail of a huge paste, where commands and last lines are', () => {
    const text = prepare('HEAD\n' + 'x'.repeat(maxChars * 3) + '\nTAIL');
    expect(text.length).toBeLessThanOrEqual(maxChars + 2);
    expect(text.startsWith('HEAD')).toBe(true);
    expect(text.endsWith('TAIL')).toBe(true);
  });

  it('keeps the first and last lines of a paste with very many lines', () => {
    const lines = prepare(Array.from({ length: 10_000 }, (_, i) => `line ${i}`).join('\n')).split('\n');
    expect(lines.length).toBe(2000);
    expect(lines[0]).toBe('line 0');
    expect(lines.at(-1)).toBe('line 9999');
  });
});

describe('isBinary', () => {
  it('tells binary noise from terminal text', () => {
    expect(isBinary('\0\x01\x02ELF\x7f\x03'.repeat(20))).toBe(true);
    expect(isBinary(body('inspect-running'))).toBe(false);
    expect(isBinary('tab\tand\nlines')).toBe(false);
  });
});

describe('segments', () => {
  const cmds = (text: string) => segments(text).map((s) => s.cmd);

  it.each([
    ['$ docker ps', 'docker ps'],
    ['% git status', 'git status'],
    ['PS C:\\Users\\me\\dash-app> docker ps', 'docker ps'],
    ['me@host:~/dash-app$ docker compose ps', 'docker compose ps'],
    ['[me@arch dash-app]$ docker logs dash-app', 'docker logs dash-app'],
    ['➜  ~ docker run -d --name dash-app e4l-python-graph', 'docker run -d --name dash-app e4l-python-graph'],
    ['└─$ ls -la', 'ls -la'],
    ['# docker info', 'docker info'],
    ['$ sudo docker ps', 'docker ps'],
    ['docker ps -a --filter name=dash-app', 'docker ps -a --filter name=dash-app'],
  ])('reads the prompt and command of %j', (line, cmd) => {
    expect(cmds(`${line}\noutput`)).toEqual([cmd]);
  });

  it('does not take output lines for prompts', () => {
    // hello-world prints " $ docker container run -it ubuntu bash" (indented); Markdown and logs start with "# ".
    expect(cmds(body('hello-world'))).toEqual(['docker run hello-world']);
    expect(cmds('# not a prompt\n> neither\ndocker: Error response from daemon: x')).toEqual(['']);
  });

  it('splits several outputs pasted together, and drops a bare prompt', () => {
    const s = segments(body('ps-and-logs-loopback') + '\n$ ');
    expect(s.map((x) => x.cmd)).toEqual(['docker ps', 'docker logs dash-app']);
    expect(s[1]!.lines[0]).toBe('Dash is running on http://127.0.0.1:8050/');
  });
});

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

describe('cw36: copying habits undone (prepare; corpus/habits.ts, habits.test.ts)', () => {
  const table =
    'CONTAINER ID   IMAGE              PORTS                    NAMES\n93b4c2d1e0f7   e4l-python-graph   0.0.0.0:8050->8050/tcp   dash-app';

  it('undoes a Markdown indented block after a sentence or at the start, by its common indentation', () => {
    const block = table.split('\n').map((l) => '    ' + l);
    expect(prepare(['Output:', '', ...block, '', 'Any idea?'].join('\n'))).toBe(`Output:\n\n${table}\n\nAny idea?`);
    expect(prepare(block.join('\n'))).toBe(table);
    expect(prepare(['Output:', '', ...table.split('\n').map((l) => '\t' + l)].join('\n'))).toBe(`Output:\n\n${table}`);
    // Deeper lines keep what is theirs: a traceback's code under its File line.
    const tb = 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    import dash\nModuleNotFoundError: x';
    expect(
      prepare(
        'Here:\n\n' +
          tb
            .split('\n')
            .map((l) => '    ' + l)
            .join('\n'),
      ),
    ).toBe(`Here:\n\n${tb}`);
  });

  it('keeps the indentation a layout needs: nested keys after a blank line, a compose file’s services, JSON, a traceback', () => {
    const compose =
      'services:\n    web:\n        build: .\n\n        ports:\n            - "8050:8050"\n\n    db:\n        image: postgres';
    expect(prepare(compose)).toBe(compose);
    const opened = 'services:\n\n    web:\n        build: .';
    expect(prepare(opened)).toBe(opened);
    const info = 'Client:\n Plugins:\n  buildx: Docker Buildx\n\n    Version:  v0.10.4\n\nServer:\n Containers: 1';
    expect(prepare(info)).toBe(info);
    const json = '[\n    {\n        "Name": "dash-app_frontend",\n\n        "Containers": {}\n    }\n]';
    expect(prepare(json)).toBe(json);
    const tb = 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n\n    foo()\nNameError: foo';
    expect(prepare(tb)).toBe(tb);
    // A reStructuredText block (its `.. code-block::` line goes, the block is read as before: segments' indented prompt).
    expect(
      segments(prepare('.. code-block:: console\n\n    $ docker port dash-app\n    8050/tcp -> 0.0.0.0:8050')).map((s) => s.cmd),
    ).toEqual(['docker port dash-app']);
  });

  it('drops a rich-text editor’s blank line after every line, not a paste’s own blank lines', () => {
    expect(prepare('\n\n' + table.split('\n').join('\n\n') + '\n\n')).toBe(table);
    expect(prepare('Client:\n\n Version: 28.0.1\n\n\n\nServer:\n\n Version: 28.0.1')).toBe(
      'Client:\n Version: 28.0.1\n\nServer:\n Version: 28.0.1',
    );
    const own = 'Client:\n Version: 28.0.1\n\nServer:\n Version: 28.0.1';
    expect(prepare(own)).toBe(own);
    // A quoted line between a reply's sentences is a block of its own: its marker goes first.
    expect(prepare('I ran it:\n\n> curl: (7) Failed to connect\n\nThanks!')).toBe('I ran it:\ncurl: (7) Failed to connect\nThanks!');
  });

  it('drops a terminal selection’s padding, and keeps a wrapped line’s own last space', () => {
    expect(prepare('$ docker run -d \\   \n  -p 8050:8050 dash   \n')).toBe('$ docker run -d -p 8050:8050 dash\n');
    const wrapped = ['Got permission denied while trying to ', 'connect to the Docker daemon socket'];
    expect(prepare(wrapped.map((l) => l + '   ').join('\n'))).toBe(wrapped.join('\n'));
    expect(prepare(wrapped.join('\n'))).toBe(wrapped.join('\n'));
  });

  it('takes off a quote of a quote, and a list or a page’s cells on every line of a block between sentences', () => {
    expect(prepare('> $ docker run -d \\\n> >   -p 8050:8050 dash')).toBe('$ docker run -d -p 8050:8050 dash');
    expect(prepare('This is what I see:\n\n- $ docker ps\n- ' + table.split('\n').join('\n- '))).toBe(
      `This is what I see:\n\n$ docker ps\n${table}`,
    );
    expect(prepare('\u2022 ' + table.split('\n').join('\n\u2022 '))).toBe(table);
    expect(prepare('Here:\n\n$ docker ps | |\nNAMES | |\ndash-app |')).toBe('Here:\n\n$ docker ps\nNAMES\ndash-app');
    // An issue template's task list and a compose file's list under its key stay.
    expect(prepare('### WSL Version\n\n- [X] WSL 2\n- [ ] WSL 1')).toBe('### WSL Version\n\n- [X] WSL 2\n- [ ] WSL 1');
    expect(prepare('ports:\n- "8050:8050"')).toBe('ports:\n- "8050:8050"');
  });

  it('reads three dots an editor joined, and drops GitHub’s collapsible section', () => {
    expect(prepare('Starting dash-app_web_1 \u2026 done')).toBe('Starting dash-app_web_1 ... done');
    expect(prepare('b42fe0c1868c   "docker-entrypoint.s\u2026"')).toBe('b42fe0c1868c   "docker-entrypoint.s\u2026"');
    expect(prepare('<details><summary>Output</summary>\n\n```\n$ docker ps\n```\n\n</details>')).toBe('\n$ docker ps\n');
  });
});

describe('a page’s line numbers (merged cw36 and cw37)', () => {
  it('are undone on a run of three or more that counts up, also inside a fence or under a sentence', () => {
    // The class of pastebin 8TuFCg2i (cw37), as a forum shows it: a sentence, then the numbered lines in a fence.
    const numbered = ['  7. CONTAINER ID   IMAGE   STATUS', '  8. 1f2e3d4c5b6a   web     Up 2 minutes', '  9.  '].join('\n');
    const text = `This is what I get:\n\n\`\`\`\n${numbered}\n\`\`\`\n`;
    expect(prepare(text)).toContain('\nCONTAINER ID   IMAGE   STATUS\n1f2e3d4c5b6a   web     Up 2 minutes\n');
  });

  it('are kept where they do not count up by one, or are fewer than three', () => {
    expect(prepare('1. docker ps\n3. docker logs web')).toBe('1. docker ps\n3. docker logs web');
    expect(prepare('Steps:\n1. install\n2. run')).toBe('Steps:\n1. install\n2. run');
  });
});

describe('a docker ps table a console wrapped at its width (corpus/habits.ts lossyHabits)', () => {
  it('joins each row with the rest the console put on the next line, also in three parts', () => {
    // Windows' conhost copies a wrapped line as two; here at 60 columns, a width no habit uses.
    const row = (text: string) => text.match(/.{1,60}/g)!;
    const header = 'CONTAINER ID   IMAGE              COMMAND                  CREATED          STATUS                     PORTS     NAMES';
    const stopped =
      '3f1c2b9a8d7e   e4l-python-graph   "python app.py"          2 minutes ago    Exited (1) 1 minute ago              dash-app';
    const running =
      '9a8b7c6d5e4f   redis              "docker-entrypoint.s…"   5 minutes ago    Up 5 minutes               6379/tcp  cache';
    const wrapped = ['$ docker ps -a', ...row(header), ...row(stopped), ...row(running)].join('\n');
    expect(prepare(wrapped).split('\n')).toEqual(['$ docker ps -a', header, stopped, running]);
  });

  it('leaves a table alone whose header is whole, however long its lines', () => {
    const text = 'CONTAINER ID   IMAGE   STATUS\n1f2e3d4c5b6a   web     Up 2 minutes\nnext line';
    expect(prepare(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { parseShell } from './parse-session';

const kinds = (source: string, mode: 'session' | 'script' = 'session') => parseShell(source, mode).lines.map((l) => l.kind);

describe('parseShell: sessions', () => {
  it('reads `$ ` as a user command and `# ` as a root command', () => {
    const { lines, commands } = parseShell('# pacman -S docker\n$ docker info', 'session');
    expect(lines.map((l) => [l.kind, l.prompt, l.command])).toEqual([
      ['command', '# ', 0],
      ['command', '$ ', 1],
    ]);
    expect(commands.map((c) => c.root)).toEqual([true, false]);
  });

  it('treats every other line as output, including blank and indented ones', () => {
    const source = [
      '$ docker build -t e4l-python-graph .',
      '$ docker run -p 8050:8050 e4l-python-graph',
      'Dash is running on http://0.0.0.0:8050/',
      '',
      ' * Serving Flask app "app"',
      '   WARNING: This is a development server.',
    ].join('\n');
    expect(kinds(source)).toEqual(['command', 'command', 'output', 'output', 'output', 'output']);
  });

  it('does not take `$`, `#` or a word starting with them for a prompt', () => {
    expect(kinds('$\n#\n#include <stdio.h>\n$HOME is /root\n$ ')).toEqual(['output', 'output', 'output', 'output', 'output']);
  });

  it('keeps a command going after a trailing backslash', () => {
    const source = '$ docker run \\\n  -p 8050:8050 \\\n  e4l-python-graph\nready';
    expect(kinds(source)).toEqual(['command', 'continuation', 'continuation', 'output']);
    expect(parseShell(source, 'session').commands[0]).toMatchObject({ first: 0, last: 2, lastCode: 2 });
  });

  it('keeps a command going after a trailing pipe or && and inside an open quote', () => {
    expect(kinds('$ docker ps |\n  grep web\nweb')).toEqual(['command', 'continuation', 'output']);
    expect(kinds('$ docker compose pull &&\n  docker compose up -d\nok')).toEqual(['command', 'continuation', 'output']);
    expect(kinds('$ echo "one\ntwo"\none')).toEqual(['command', 'continuation', 'output']);
  });

  it('does not continue after a backslash or quote inside a comment', () => {
    expect(kinds("$ ls # don't \\\nfile")).toEqual(['command', 'output']);
  });

  it('keeps a heredoc whole, up to its delimiter', () => {
    const source = [
      "$ cat > compose.yaml <<'EOF'",
      'services:',
      '  web:',
      '    build: .',
      '$ not a prompt inside the heredoc',
      'EOF',
      '$ docker compose up',
      'output',
    ].join('\n');
    expect(kinds(source)).toEqual(['command', 'heredoc', 'heredoc', 'heredoc', 'heredoc', 'heredoc', 'command', 'output']);
    expect(parseShell(source, 'session').commands[0]).toMatchObject({ first: 0, last: 5, lastCode: 0 });
  });

  it('reads <<- (tab-stripped) delimiters, and not <<< here-strings', () => {
    expect(kinds('$ cat <<-END\n\thello\n\tEND\nhello')).toEqual(['command', 'heredoc', 'heredoc', 'output']);
    expect(kinds('$ cat <<< "hi"\nhi')).toEqual(['command', 'output']);
    expect(kinds('$ echo "<<EOF"\n<<EOF')).toEqual(['command', 'output']);
  });

  it('reads a heredoc body before a continuation that follows &&', () => {
    expect(kinds('$ cat > a <<EOF &&\nbody\nEOF\n  cat a\nbody')).toEqual(['command', 'heredoc', 'heredoc', 'continuation', 'output']);
  });

  it('finds placeholders in commands, not in output, comments, single quotes or heredocs', () => {
    const source = [
      '# usermod -a -G docker <user>',
      '$ groups <user>',
      'user : <user> wheel',
      '$ echo "<user>" \'<user>\' # <user>',
      '$ cat <<EOF',
      '<user>',
      'EOF',
    ].join('\n');
    const found = parseShell(source, 'session').lines.map((l) => l.placeholders.map((p) => [p.name, p.start, p.quoted]));
    expect(found).toEqual([[['user', 23, false]], [['user', 9, false]], [], [['user', 8, true]], [], [], []]);
  });

  it('takes no redirection or heredoc for a placeholder', () => {
    const source = '$ sort <in.txt >out.txt\n$ cat <<eof>\n$ diff <(ls) <(ls -a)';
    expect(parseShell(source, 'session').lines.flatMap((l) => l.placeholders)).toEqual([]);
  });
});

describe('parseShell: scripts', () => {
  it('makes every line part of the one script, `#` lines included', () => {
    const { lines, commands } = parseShell('# enable the daemon\nsystemctl enable docker.service\n\nsystemctl start docker.service', 'script');
    expect(lines.map((l) => [l.kind, l.prompt, l.command])).toEqual([
      ['command', '', 0],
      ['command', '', 0],
      ['command', '', 0],
      ['command', '', 0],
    ]);
    expect(commands).toEqual([{ root: false, first: 0, last: 3, lastCode: 3 }]);
  });

  it('reads `#` as a comment, so a placeholder after it is not one', () => {
    const { lines } = parseShell('usermod -a -G docker <user> # add <user>', 'script');
    expect(lines[0]!.placeholders.map((p) => p.start)).toEqual([21]);
  });

  it('does not read `#` inside a word or a variable as a comment', () => {
    const { lines } = parseShell('echo ${#name} $# a#b <user>', 'script');
    expect(lines[0]!.placeholders.map((p) => p.name)).toEqual(['user']);
  });
});

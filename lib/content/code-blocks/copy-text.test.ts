import { describe, expect, it } from 'vitest';
import { blockKind, copyCommands, copyTextFor } from './copy-text';
import { fillCommands } from '@/components/code-block/placeholders';

describe('blockKind', () => {
  it('knows sessions, scripts and files by fence language', () => {
    expect(['console', 'shell-session', 'sh', 'bash', 'shell', 'dockerfile', 'yaml', 'text', undefined].map(blockKind)).toEqual([
      'session', 'session', 'script', 'script', 'script', 'file', 'file', 'file', 'file',
    ]);
  });
});

describe('copyTextFor: the notes’ real commands', () => {
  it.each([
    ['# pacman -S docker', 'pacman -S docker'],
    ['# systemctl enable docker.service\n# systemctl start docker.service', 'systemctl enable docker.service\nsystemctl start docker.service'],
    ['# usermod -a -G docker <user>', 'usermod -a -G docker $USER'],
    ['$ groups <user>', 'groups $USER'],
    ['$ docker run -it --rm archlinux bash -c "echo hello world"\nhello world', 'docker run -it --rm archlinux bash -c "echo hello world"'],
    [
      [
        '$ docker build -t e4l-python-graph .',
        '$ docker run -p 8050:8050 e4l-python-graph',
        'Dash is running on http://0.0.0.0:8050/',
        '',
        ' * Serving Flask app "E4Lgraph" (lazy loading)',
        ' * Environment: production',
        '   WARNING: This is a development server. Do not use it in a production deployment.',
        '   Use a production WSGI server instead.',
        ' * Debug mode: off',
      ].join('\n'),
      'docker build -t e4l-python-graph .\ndocker run -p 8050:8050 e4l-python-graph',
    ],
  ])('console %j', (source, expected) => {
    expect(copyTextFor('console', source)).toBe(expected);
  });
});

describe('copyTextFor: sessions', () => {
  it('keeps continuation lines with their backslashes and indentation', () => {
    expect(copyTextFor('console', '$ docker run \\\n    -p 127.0.0.1:8050:8050 \\\n    e4l-python-graph\nready')).toBe(
      'docker run \\\n    -p 127.0.0.1:8050:8050 \\\n    e4l-python-graph',
    );
  });

  it('keeps a heredoc whole', () => {
    const source = "$ cat > requirements.txt <<'EOF'\ndash>=4,<5\nEOF\n$ cat requirements.txt\ndash>=4,<5";
    expect(copyTextFor('console', source)).toBe("cat > requirements.txt <<'EOF'\ndash>=4,<5\nEOF\ncat requirements.txt");
  });

  it('copies a root prompt line as a command (not a comment) in a session', () => {
    expect(copyTextFor('shell-session', '# systemctl enable --now docker.service')).toBe('systemctl enable --now docker.service');
  });

  it('copies nothing from a session without commands', () => {
    expect(copyTextFor('console', 'just output')).toBe('');
  });
});

describe('copyTextFor: scripts and files', () => {
  it('copies a script whole, `#` comments included', () => {
    const source = '# install and start\npacman -Syu --noconfirm docker\nsystemctl enable --now docker.service';
    expect(copyTextFor('sh', source)).toBe(source);
  });

  it('fills script placeholders with their fallback', () => {
    expect(copyTextFor('bash', 'usermod -a -G docker <user> # then log in again')).toBe('usermod -a -G docker $USER # then log in again');
  });

  it('copies a file whole, ending with one newline, placeholders untouched', () => {
    const dockerfile = 'FROM python:3.12-slim\n# a comment\nRUN echo <user>';
    expect(copyTextFor('dockerfile', dockerfile)).toBe(`${dockerfile}\n`);
    expect(copyTextFor('yaml', 'services:\n  web:\n    build: .')).toBe('services:\n  web:\n    build: .\n');
  });
});

describe('copyCommands', () => {
  it('gives each command its line, root flag and placeholder holes', () => {
    expect(copyCommands('console', '# usermod -a -G docker <user>\n$ groups "<user>"\nwheel docker')).toEqual([
      { line: 0, root: true, parts: ['usermod -a -G docker ', { placeholder: 'user', fallback: '$USER', quoted: false }] },
      { line: 1, root: false, parts: ['groups "', { placeholder: 'user', fallback: '$USER', quoted: true }, '"'] },
    ]);
  });

  it('carries what the reader typed into the copied text', () => {
    const commands = copyCommands('console', '# usermod -a -G docker <user>\n$ groups <user>');
    expect(fillCommands(commands, { user: 'ada' })).toBe('usermod -a -G docker ada\ngroups ada');
  });

  it('fails on a placeholder that has no fallback', () => {
    expect(() => copyCommands('console', '$ docker stop <container>')).toThrow(/placeholder <container> has no fallback/);
  });
});

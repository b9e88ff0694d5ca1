import { describe, expect, it } from 'vitest';
import { simpleCommands } from './shell-commands';

describe('reading commands', () => {
  it('splits shell text into simple commands, honouring quotes, continuations and comments', () => {
    expect(simpleCommands('docker compose pull && docker compose up -d')).toEqual([
      { line: 0, words: ['docker', 'compose', 'pull'] },
      { line: 0, words: ['docker', 'compose', 'up', '-d'] },
    ]);
    expect(simpleCommands('docker run -it --rm archlinux bash -c "echo hello; world" # greet\nyes | pacman -Scc')).toEqual([
      { line: 0, words: ['docker', 'run', '-it', '--rm', 'archlinux', 'bash', '-c', 'echo hello; world'] },
      { line: 1, words: ['yes'] },
      { line: 1, words: ['pacman', '-Scc'] },
    ]);
    expect(simpleCommands("docker run \\\n  --name 'my app' \\\n  nginx")).toEqual([
      { line: 0, words: ['docker', 'run', '--name', 'my app', 'nginx'] },
    ]);
  });
});

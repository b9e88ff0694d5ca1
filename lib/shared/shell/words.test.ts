import { describe, expect, it } from 'vitest';
import { commandWords, lexShell, type Word } from './words';

const values = (text: string) => lexShell(text).commands.map((c) => c.words.map((w) => w.value));
/** Each word's source text: what the build would wrap in markup. */
const sources = (text: string) => lexShell(text).commands.flatMap((c) => c.words.map((w) => text.slice(w.start, w.end)));

describe('lexShell', () => {
  it('splits words and keeps each word’s span', () => {
    const text = 'docker run  --rm hello-world';
    const [command] = lexShell(text).commands;
    expect(command!.words.map((w) => [w.value, w.start, w.end])).toEqual([
      ['docker', 0, 6],
      ['run', 7, 10],
      ['--rm', 12, 16],
      ['hello-world', 17, 28],
    ]);
    expect([command!.start, command!.end, command!.next]).toEqual([0, 28, '']);
  });

  it('removes quotes from the value, not from the span', () => {
    const text = `docker run archlinux bash -c "echo 'hi' \\"there\\"" 'a b'c`;
    expect(values(text)).toEqual([['docker', 'run', 'archlinux', 'bash', '-c', `echo 'hi' "there"`, 'a bc']]);
    expect(sources(text).slice(-2)).toEqual([`"echo 'hi' \\"there\\""`, `'a b'c`]);
    const quoted = lexShell(text).commands[0]!.words.map((w) => w.quoted);
    expect(quoted).toEqual([false, false, false, false, false, true, true]);
  });

  it('honours backslash escapes and line continuations', () => {
    const text = 'docker run \\\n  -p 8050:8050 \\\n  my\\ image do\\\ncker';
    expect(values(text)).toEqual([['docker', 'run', '-p', '8050:8050', 'my image', 'docker']]);
    expect(sources(text).slice(-1)).toEqual(['do\\\ncker']);
  });

  it('keeps $VAR, ${VAR}, $(…) and backticks literal inside their word', () => {
    const text = 'docker run -v "$(pwd)":/app -e A=${HOME}/x -e B=$USER `id -u` $(echo "a b" ) ';
    expect(values(text)).toEqual([
      ['docker', 'run', '-v', '$(pwd):/app', '-e', 'A=${HOME}/x', '-e', 'B=$USER', '`id -u`', '$(echo "a b" )'],
    ]);
  });

  it('splits simple commands at && || ; | & ( ) and new lines, and records the operator', () => {
    const lexed = lexShell('docker ps -a && docker rm x || true; echo a | grep a & (cd x)\ndocker images');
    expect(lexed.commands.map((c) => [c.words.map((w) => w.value).join(' '), c.next])).toEqual([
      ['docker ps -a', '&&'],
      ['docker rm x', '||'],
      ['true', ';'],
      ['echo a', '|'],
      ['grep a', '&'],
      ['cd x', ')'],
      ['docker images', ''],
    ]);
  });

  it('reads # as a comment only at the start of a word', () => {
    const text = 'docker ps # list them\ncurl http://x/#top';
    const lexed = lexShell(text);
    expect(values(text)).toEqual([
      ['docker', 'ps'],
      ['curl', 'http://x/#top'],
    ]);
    expect(lexed.comments.map((c) => text.slice(c.start, c.end))).toEqual(['# list them']);
  });

  it('recognises redirections and does not take them as arguments', () => {
    const text = 'docker logs web > out.txt 2>&1 < /dev/null && cat <<< hi >>log';
    const [logs, cat] = lexShell(text).commands;
    expect(logs!.words.map((w) => w.value)).toEqual(['docker', 'logs', 'web']);
    expect(logs!.redirects.map((r) => [r.fd, r.operator, r.target?.value, text.slice(r.start, r.end)])).toEqual([
      [null, '>', 'out.txt', '> out.txt'],
      [2, '>&', '1', '2>&1'],
      [null, '<', '/dev/null', '< /dev/null'],
    ]);
    expect(cat!.words.map((w) => w.value)).toEqual(['cat']);
    expect(cat!.redirects.map((r) => [r.operator, r.target?.value])).toEqual([
      ['<<<', 'hi'],
      ['>>', 'log'],
    ]);
    expect(values('echo a &> all.log')).toEqual([['echo', 'a']]);
  });

  it('keeps a digit word that is not directly before > as an argument', () => {
    expect(values('echo 2 > x')).toEqual([['echo', '2']]);
  });

  it('reads a heredoc body as part of the command, not as commands', () => {
    const text = "cat <<'EOF' > Dockerfile\nFROM python\nRUN pip install dash\nEOF\ndocker build .";
    const lexed = lexShell(text);
    expect(values(text)).toEqual([['cat'], ['docker', 'build', '.']]);
    const heredoc = lexed.commands[0]!.redirects[0]!;
    expect(heredoc.target?.value).toBe('EOF');
    expect(text.slice(heredoc.body!.start, heredoc.body!.end)).toBe('FROM python\nRUN pip install dash\nEOF');
  });

  it('keeps <placeholders> inside words, quoted or not', () => {
    const text = 'docker run --name <container-name> "<image>:<tag>" x<y';
    const [command] = lexShell(text).commands;
    expect(command!.words.map((w) => w.value)).toEqual(['docker', 'run', '--name', '<container-name>', '<image>:<tag>', 'x']);
    expect(command!.words[4]!.placeholders.map((p) => [p.name, text.slice(p.start, p.end)])).toEqual([
      ['image', '<image>'],
      ['tag', '<tag>'],
    ]);
    expect(command!.redirects.map((r) => r.target?.value)).toEqual(['y']);
  });

  it('never throws on unfinished input', () => {
    for (const text of ['echo "abc', "echo 'abc", 'echo $(date', 'echo \\', 'cat <<EOF\nno end', 'echo >', '']) {
      expect(() => lexShell(text)).not.toThrow();
    }
    expect(values('echo "abc')).toEqual([['echo', 'abc']]);
  });
});

describe('commandWords', () => {
  const strip = (text: string) => commandWords(lexShell(text).commands[0]!.words).map((w: Word) => w.value);

  it('strips sudo with its options, env, assignments, time, nice and nohup', () => {
    expect(strip('sudo docker run hello-world')).toEqual(['docker', 'run', 'hello-world']);
    expect(strip('sudo -E -u root docker ps')).toEqual(['docker', 'ps']);
    expect(strip('sudo --user=root -- docker ps')).toEqual(['docker', 'ps']);
    expect(strip('DOCKER_HOST=tcp://x:2375 docker ps')).toEqual(['docker', 'ps']);
    expect(strip('env -i PATH=/bin DOCKER_BUILDKIT=1 docker build .')).toEqual(['docker', 'build', '.']);
    expect(strip('time docker build .')).toEqual(['docker', 'build', '.']);
    expect(strip('nice -n 10 nohup docker pull x')).toEqual(['docker', 'pull', 'x']);
    expect(strip('sudo env A=1 time -p docker info')).toEqual(['docker', 'info']);
  });

  it('works on plain strings too, and leaves an ordinary command alone', () => {
    expect(commandWords(['sudo', 'docker', 'ps'])).toEqual(['docker', 'ps']);
    expect(commandWords(['docker', 'run', 'A=1'])).toEqual(['docker', 'run', 'A=1']);
    expect(commandWords(['A=1'])).toEqual([]);
  });
});

/*
 * cw48: the run-line family holdout43, 45 and 46 missed on their first runs (the real pastes are in ../corpus/: h43-tutorial1450989400,
 * h43-notes4155226683, h45-exercises9669323444, h46-dockeralpine329, h46-speedtesttracker606, h46-starlettedocker3), and the Windows
 * consoles' continued commands found while testing it. Each test is a variation, not a paste.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const dash = ' * Serving Flask app "app"\nDash is running on http://0.0.0.0:8050/\n * Running on all addresses (0.0.0.0)';
const run = (text: string) => check('run', text);

describe('cw48: a command continued over lines in any console (normalize.ts unmark)', () => {
  it('PowerShell`s backtick with its `>>` prompt, cmd.exe`s caret with `More?`, bash`s `> `: the -p on the next lines counts', async () => {
    for (const cmd of [
      'PS C:\\Users\\me> docker run --rm `\n>>   -p 8051:8050 `\n>>   --name dash-app `\n>>   e4l-python-graph',
      'C:\\Users\\me> docker run --rm ^\nMore? -p 8051:8050 ^\nMore? --name dash-app ^\nMore? e4l-python-graph',
      'docker run --rm ^\n  -p 8051:8050 ^\n  --name dash-app e4l-python-graph',
      '$ docker run --rm \\\n> -p 8051:8050 --name dash-app e4l-python-graph',
    ])
      expect(await run(`${cmd}\n${dash}`), cmd).toMatchObject({ id: 'ports-swapped', details: { variant: 'host' } });
  });
  it('the lesson`s own line continued in PowerShell, with the app`s start line, is ok', async () => {
    const cmd = 'PS C:\\> docker run --rm `\n>>   -p 8050:8050 `\n>>   --name dash-app `\n>>   e4l-python-graph';
    expect((await run(`${cmd}\n${dash}`)).kind).toBe('ok');
  });
  it('a caret that is not a continued docker command (a traceback`s pointer) joins nothing', async () => {
    const text = [
      'Traceback (most recent call last):',
      '  File "app.py", line 3',
      '    app.run(host=0.0.0.0) ^',
      'SyntaxError: invalid syntax',
    ].join('\n');
    expect((await run(text)).kind).not.toBe('ok');
  });
});

describe('cw48: `-p CONTAINERPORT` publishes on a random host port, as -P does (diagnose-run.ts)', () => {
  it('-p 5000 then docker port by the ID`s prefix: where it went answers, not "nothing published"', async () => {
    const text = [
      '$ docker run -d -p 5000 flask-demo',
      'a41f0c9d2b7e8f6a5c4d3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1',
      '$ docker port a41',
      '5000/tcp -> 0.0.0.0:49160',
    ].join('\n');
    expect(await run(text)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
  });
  it('-p 127.0.0.1::8050 alone says only the command ran (partial), never "nothing published"', async () => {
    const d = await run('docker run -d -p 127.0.0.1::8050 --name dash-app e4l-python-graph');
    expect(d).toMatchObject({ kind: 'partial', id: 'shows-part' });
  });
  it('-P then `docker port` of a short ID prefix of the run`s container', async () => {
    const text = [
      '$ docker run -d -P nginx:alpine',
      '7c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
      '$ docker port 7c1',
      '80/tcp -> 0.0.0.0:32770',
    ].join('\n');
    expect(await run(text)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
  });
});

describe('cw48: run lines told in a sentence, other quotings (command-line.ts toldRuns)', () => {
  it('double quotes with a space inside and a quoted value of their own', async () => {
    const text = 'i started it with " docker run -p 8080:5000 -e HOST="0.0.0.0" --name api api_image"  and the page never loads';
    expect(await run(text)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
  });
  it('a code span that ends the line without its closing backtick, a command after the image', async () => {
    const text = 'The command I use: `docker run -it --rm -v $(pwd):/src -p 3000:8080 node-dev npm run serve';
    expect(await run(text)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
  });
});

describe('cw48: several mappings of another image without the platform warning are answered by them (CONVENTIONS §2.2)', () => {
  it('-p 8081:80 -p 8443:443: ports-swapped, not partial; with the amd64 warning it stays partial', async () => {
    const line = 'docker run -d --name proxy -p 8081:80 -p 8443:443 lscr.io/linuxserver/nginx:latest';
    expect(await run(line)).toMatchObject({ kind: 'problem', id: 'ports-swapped' });
    const warned = `${line}\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested`;
    expect(await run(warned)).toMatchObject({ kind: 'partial' });
  });
});

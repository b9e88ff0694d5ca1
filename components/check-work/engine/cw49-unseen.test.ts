/*
 * cw49: docker run's own options typed after the image (found by trying the run step on variations of a learner's line; the real
 * paste is ../corpus/ir-sshdockerfile3-run-image-then-p-22-exec-p-not-found, s1ntaxe770r/SSH-dockerfile#3). docker/cli's run
 * stops reading its flags at the image (cli/command/container/run.go: flags.SetInterspersed(false)): the rest is the container's
 * command, so nothing is published and the name is not set. Tested on variations, not on the paste.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const run = (text: string) => check('run', text);
const dash = 'Dash is running on http://0.0.0.0:8050/\n * Serving Flask app "app"';

describe('cw49: -p or --name after the image (command-line.ts lateOptions, diagnose-run.ts)', () => {
  it('the line alone, or with the app`s start line: nothing published, the misplaced options named', async () => {
    for (const line of [
      'docker run e4l-python-graph -p 8050:8050 --name dash-app',
      'docker run --rm -d e4l-python-graph --name dash-app -p 8050:8050',
    ])
      for (const text of [line, `${line}\n${dash}`])
        expect(await run(`$ ${text}`), text).toMatchObject({
          kind: 'problem',
          id: 'no-port-published',
          details: { variant: 'after-image' },
        });
  });
  it('runc`s "executable file not found" for the option itself is that mistake, not a CMD to fix', async () => {
    const text = [
      'PS C:\\> docker run myapp:1.0 --name web -p 3000:3000',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "--name": executable file not found in $PATH: unknown.',
    ].join('\n');
    expect(await run(text)).toMatchObject({ id: 'no-port-published', details: { variant: 'after-image' } });
  });
  it('an app`s own flags after a command of its own are not docker`s (`ls -p`, `python app.py -p 8050`)', async () => {
    for (const line of ['docker run ubuntu ls -p', 'docker run -d e4l-python-graph python app.py -p 8050'])
      expect((await run(`$ ${line}`)).details.variant, line).not.toBe('after-image');
  });
});

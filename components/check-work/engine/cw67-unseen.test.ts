/*
 * cw67: Git Bash's `winpty docker run -it …`, which docker/cli's own refusal in mintty asks for ("the input device is not a TTY.
 * If you are using mintty, try prefixing the command with 'winpty'") and this checker's not-a-tty answer gives as its fix: the
 * docker command it runs, with or without a prompt. Found by trying lesson 5's run line in each Windows shell.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw67: winpty before docker', () => {
  it('is the docker command it runs', async () => {
    const start = 'Dash is running on http://0.0.0.0:8050/\n\n * Serving Flask app "app"\n * Debug mode: off';
    expect(
      (
        await check(
          'run',
          `me@LAPTOP MINGW64 ~/dash-app (main)\n$ winpty docker run --rm -it --name dash-app -p 8050:8050 e4l-python-graph\n${start}`,
        )
      ).kind,
    ).toBe('ok');
    expect(await check('run', `winpty docker run -it --rm --name dash-app e4l-python-graph\n${start}`)).toMatchObject({
      id: 'no-port-published',
    });
    expect(
      (
        await check(
          'reach:running',
          '$ winpty docker ps -a --filter name=dash-app\nCONTAINER ID   IMAGE              COMMAND           CREATED         STATUS                     PORTS     NAMES\n3f2a9c1d0b7e   e4l-python-graph   "python app.py"   5 minutes ago   Exited (1) 4 minutes ago             dash-app',
        )
      ).kind,
    ).toBe('problem');
  });
});

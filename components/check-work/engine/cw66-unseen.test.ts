/*
 * cw66: cmd.exe's prompt has no space before the command (`C:\Users\me\dash-app>docker run --rm ^`), so its caret continuation
 * (`More? ` before each next line) was not joined and the -p on those lines went unread ("no port is published"). Found by trying
 * lesson 5's run line as Windows' cmd.exe prints it; cw48 had tried it after a PowerShell-like `C:\Users\me> ` only.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw66: cmd.exe`s caret continuation after its own prompt', () => {
  it('reads the -p and --name of the next lines', async () => {
    const run = 'C:\\Users\\me\\dash-app>docker run --rm ^\nMore? --name dash-app ^\nMore? -p 8050:8050 ^\nMore? e4l-python-graph';
    expect((await check('run', `${run}\nDash is running on http://0.0.0.0:8050/`)).kind).toBe('ok');
    expect(await check('run', `${run.replace('8050:8050', '8050:80')}\nDash is running on http://0.0.0.0:8050/`)).toMatchObject({
      id: 'ports-swapped',
    });
    expect(
      await check(
        'run',
        'D:\\work>docker run -d ^\nMore?   -p 127.0.0.1:9000:8050 ^\nMore?   --name dash-app e4l-python-graph\n0123456789ab',
      ),
    ).not.toMatchObject({ id: 'no-port-published' });
  });
  it('a caret that ends a line of prose is not a continuation', async () => {
    expect((await check('run', 'C:\\Users\\me>echo hi ^\nMore? there\nhi there')).kind).not.toBe('ok');
  });
});

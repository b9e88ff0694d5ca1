/*
 * cw65: a start line in a Markdown code span inside a sentence is told, not printed (CONVENTIONS §2.4, cw45's quotes): a README's
 * "- If everything goes well, you should get a message: `Dash is running on http://0.0.0.0:8050/`" (holdout57, a false ok on its
 * first run). Its port counts; it never makes an ok. Tests on other sentences, servers and ports.
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

describe('cw65: a start line in a code span of a sentence', () => {
  it('is partial at 8050, whatever the sentence and the server', async () => {
    for (const text of [
      'Wait a few seconds; you will see `Dash is running on http://0.0.0.0:8050/` in the terminal.',
      'The container prints: `* Running on http://0.0.0.0:8050`',
      'Once ready it logs `Listening at: http://0.0.0.0:8050 (1)` and you can open the page.',
    ])
      expect(await check('reach:listening', text)).toMatchObject({ kind: 'partial' });
  });
  it('its port still answers: told at another port, the forward to 8050 finds nothing', async () => {
    const d = await check('reach:listening', 'The app says `Dash is running on http://0.0.0.0:5000/` but the page does not load.');
    expect(d.kind).not.toBe('ok');
  });
  it('the log itself, fenced or bare, is still read', async () => {
    expect((await check('reach:listening', '```\nDash is running on http://0.0.0.0:8050/\n```')).kind).toBe('ok');
    expect((await check('reach:listening', '$ docker logs dash-app\nDash is running on http://0.0.0.0:8050/')).kind).toBe('ok');
  });
});

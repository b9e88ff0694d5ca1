/*
 * cw55: `docker inspect -f '{{.State.Status}}' dash-app`, the docs' way to ask one field, found by trying "Is the container running?"
 * on each command a learner may use to ask it (no set missed it yet).
 */
import { describe, expect, it } from 'vitest';
import { check } from './test-pastes';

const running = (text: string) => check('reach:running', text);

describe('cw55: one State field of docker inspect (step-reach.ts)', () => {
  it('Status and Running of dash-app: its state answers', async () => {
    expect((await running("$ docker inspect -f '{{.State.Status}}' dash-app\nrunning")).kind).toBe('ok');
    expect((await running('PS C:\\> docker inspect dash-app --format "{{.State.Running}}"\ntrue')).kind).toBe('ok');
    expect(await running("$ docker container inspect --format='{{.State.Status}}' dash-app\nexited")).toMatchObject({
      id: 'container-exited',
    });
    expect(await running('$ docker inspect -f \'{{json .State.Status}}\' dash-app\n"restarting"')).toMatchObject({ kind: 'problem' });
  });
  it('another container`s state is not dash-app`s; a value that is no state is not read', async () => {
    expect((await running("$ docker inspect -f '{{.State.Status}}' web\nrunning")).kind).not.toBe('ok');
    expect((await running("$ docker inspect -f '{{.State.Status}}' dash-app\nrunning fine")).kind).not.toBe('ok');
  });
});

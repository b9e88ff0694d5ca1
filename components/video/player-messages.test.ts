import { describe, expect, test } from 'vitest';
import { commandMessage, isPlayerOrigin, listeningMessage, parsePlayerMessage } from './player-messages';

describe('parsePlayerMessage', () => {
  test('JSON strings, as the embed sends them', () => {
    expect(parsePlayerMessage('{"event":"onReady","id":"iqqDU2crIEQ","channel":"widget"}')).toEqual({ event: 'onReady' });
    expect(parsePlayerMessage('{"event":"infoDelivery","info":{"currentTime":304.25,"playerState":1}}')).toEqual({
      event: 'infoDelivery',
      currentTime: 304.25,
    });
  });
  test('objects too', () => {
    expect(parsePlayerMessage({ event: 'infoDelivery', info: { currentTime: 0 } })).toEqual({ event: 'infoDelivery', currentTime: 0 });
  });
  test('a bad time is dropped, the event kept', () => {
    for (const currentTime of ['12', -1, null, Number.NaN, Infinity]) {
      expect(parsePlayerMessage({ event: 'infoDelivery', info: { currentTime } })).toEqual({ event: 'infoDelivery' });
    }
    expect(parsePlayerMessage({ event: 'infoDelivery', info: 'x' })).toEqual({ event: 'infoDelivery' });
  });
  test.each([undefined, null, 42, '', 'hello', '{"event":', '[]', '{"func":"seekTo"}', '{"event":7}', { data: 1 }, []])(
    'junk %j is ignored',
    (data) => expect(parsePlayerMessage(data)).toBeUndefined(),
  );
});

test('only YouTube origins are the player', () => {
  expect(isPlayerOrigin('https://www.youtube-nocookie.com')).toBe(true);
  expect(isPlayerOrigin('https://www.youtube.com')).toBe(true);
  for (const origin of ['http://www.youtube.com', 'https://youtube.com.evil.dev', 'https://evil.dev', 'null', '']) {
    expect(isPlayerOrigin(origin)).toBe(false);
  }
});

test('messages to the player', () => {
  expect(JSON.parse(listeningMessage('iqqDU2crIEQ'))).toEqual({ event: 'listening', id: 'iqqDU2crIEQ', channel: 'widget' });
  expect(JSON.parse(commandMessage('iqqDU2crIEQ', 'seekTo', [304, true]))).toEqual({
    event: 'command',
    func: 'seekTo',
    args: [304, true],
    id: 'iqqDU2crIEQ',
    channel: 'widget',
  });
  expect(JSON.parse(commandMessage('iqqDU2crIEQ', 'playVideo')).args).toEqual([]);
});

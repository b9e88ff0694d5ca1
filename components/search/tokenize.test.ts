import { describe, expect, it } from 'vitest';
import { tokenizeForIndex, tokenizeQuery } from './tokenize';

describe('tokenizeForIndex', () => {
  it('keeps addresses, flags and paths whole and adds their pieces', () => {
    expect(tokenizeForIndex('$ docker run -p 127.0.0.1:8050:8050 e4l')).toEqual([
      'docker',
      'run',
      '-p',
      'p',
      '127.0.0.1:8050:8050',
      '127.0.0.1',
      '127',
      '0',
      '1',
      '8050',
      'e4l',
    ]);
    expect(tokenizeForIndex('app.run(host="0.0.0.0")')).toEqual(['app.run', 'app', 'run', 'host', '0.0.0.0', '0']);
    expect(tokenizeForIndex('/var/run/docker.sock')).toEqual(['/var/run/docker.sock', 'var', 'run', 'docker.sock', 'docker', 'sock']);
  });

  it('drops sentence punctuation at the edges of a word', () => {
    expect(tokenizeForIndex('Use docker-compose. Or: not.')).toEqual(['Use', 'docker-compose', 'docker', 'compose', 'Or', 'not']);
  });

  it('keeps repeated words, which weigh in the ranking', () => {
    expect(tokenizeForIndex('usermod usermod')).toEqual(['usermod', 'usermod']);
  });
});

describe('tokenizeQuery', () => {
  it('does not split a query into pieces', () => {
    expect(tokenizeQuery('0.0.0.0')).toEqual(['0.0.0.0']);
    expect(tokenizeQuery('  docker-compose  up ')).toEqual(['docker-compose', 'up']);
    expect(tokenizeQuery('"usermod"?')).toEqual(['usermod']);
  });
});

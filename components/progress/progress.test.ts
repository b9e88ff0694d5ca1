import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isChecked,
  isComplete,
  parseProgress,
  PROGRESS_VERSION,
  recordAnswer,
  setChecked,
  setComplete,
  storedProgress,
  summarize,
} from './progress';

describe('parseProgress', () => {
  it('reads what it writes', () => {
    const progress = recordAnswer(setComplete(emptyProgress, 'installation', true), 'installation', 1, false);
    expect(parseProgress(JSON.stringify(storedProgress(progress)))).toEqual({
      lessons: { installation: { complete: true, quiz: { 1: false } } },
    });
  });

  it('refuses bad JSON and data of the wrong shape', () => {
    for (const raw of [
      '{not json',
      '',
      'null',
      '[]',
      '42',
      '{"lessons":[]}',
      '{"lessons":{"a":{"complete":"yes"}}}',
      '{"lessons":{"a":{"quiz":{"0":1}}}}',
      '{"lessons":{"a":null}}',
    ]) {
      expect(parseProgress(raw), raw).toBeUndefined();
    }
  });

  it('refuses a format newer than this site reads, so it is never overwritten', () => {
    expect(parseProgress(JSON.stringify({ version: PROGRESS_VERSION + 1, lessons: {} }))).toBeUndefined();
    expect(parseProgress(JSON.stringify({ version: 'two', lessons: {} }))).toBeUndefined();
  });
});

// Progress saved before lesson 5 was split (format 1, no version field): lib/shared/course-moves.ts.
describe('progress from before lesson 5 was split', () => {
  const old = {
    lessons: {
      installation: { complete: true, quiz: { 0: true } },
      'dash-app': { complete: true, checked: true, quiz: { 0: false, 1: true, 2: true, 3: false } },
    },
  };

  it('moves each result to the lesson and question that now hold it', () => {
    expect(parseProgress(JSON.stringify(old))).toEqual({
      lessons: {
        installation: { complete: true, quiz: { 0: true } },
        // EXPOSE and requirements.txt stay in lesson 5, now questions 0 and 1.
        'dash-app': { complete: true, quiz: { 0: true, 1: true } },
        // 127.0.0.1 and --init went to lesson 6 (questions 0 and 2), with the run and reach panels.
        'run-dash-app': { complete: true, checked: true, quiz: { 0: false, 2: false } },
      },
    });
  });

  it('moves once: what it saves reads back unchanged', () => {
    const moved = parseProgress(JSON.stringify(old));
    expect(moved).toBeDefined();
    const saved = JSON.stringify(storedProgress(moved!));
    expect(JSON.parse(saved).version).toBe(PROGRESS_VERSION);
    expect(parseProgress(saved)).toEqual(moved);
  });

  it('leaves an unfinished lesson 5 unfinished, and lesson 6 too', () => {
    const moved = parseProgress(JSON.stringify({ lessons: { 'dash-app': { quiz: { 1: true } } } }));
    expect(moved).toEqual({ lessons: { 'dash-app': { quiz: { 0: true } } } });
    expect(isComplete(moved!, 'run-dash-app')).toBe(false);
  });
});

describe('changes', () => {
  it('marks and unmarks a lesson without touching the others or the input', () => {
    const one = setComplete(emptyProgress, 'a', true);
    const two = setComplete(one, 'b', true);
    expect(isComplete(two, 'a') && isComplete(two, 'b')).toBe(true);
    expect(isComplete(setComplete(two, 'a', false), 'a')).toBe(false);
    expect(emptyProgress).toEqual({ lessons: {} });
    expect(one.lessons.b).toBeUndefined();
  });

  it('keeps the last result of each question and the completion beside it', () => {
    let progress = setComplete(emptyProgress, 'a', true);
    progress = recordAnswer(progress, 'a', 0, false);
    progress = recordAnswer(progress, 'a', 0, true);
    progress = recordAnswer(progress, 'a', 2, false);
    expect(progress.lessons.a).toEqual({ complete: true, quiz: { 0: true, 2: false } });
  });
});

describe('summarize', () => {
  const slugs = ['one', 'two', 'three', 'four'];
  const done = (...complete: string[]) => complete.reduce((p, slug) => setComplete(p, slug, true), emptyProgress);

  it('starts at the first lesson', () => {
    expect(summarize(emptyProgress, slugs)).toEqual({ done: 0, total: 4, next: 'one' });
  });

  it('continues after the last finished lesson', () => {
    expect(summarize(done('one'), slugs)).toEqual({ done: 1, total: 4, next: 'two' });
    expect(summarize(done('one', 'three'), slugs)).toEqual({ done: 2, total: 4, next: 'four' });
  });

  it('goes back for skipped lessons once the end is done, and stops when all are', () => {
    expect(summarize(done('two', 'four'), slugs).next).toBe('one');
    expect(summarize(done(...slugs), slugs)).toEqual({ done: 4, total: 4, next: undefined });
  });

  it('ignores lessons that no longer exist and unmarked ones', () => {
    expect(summarize(setComplete(done('gone', 'one'), 'one', false), slugs)).toEqual({ done: 0, total: 4, next: 'one' });
  });
});

describe('checked on my machine', () => {
  it('is kept beside complete, and read back from storage', () => {
    const checked = setChecked(setComplete(emptyProgress, 'dash-app', true), 'dash-app');
    expect(isChecked(checked, 'dash-app')).toBe(true);
    expect(isComplete(checked, 'dash-app')).toBe(true);
    expect(isChecked(checked, 'installation')).toBe(false);
    expect(parseProgress(JSON.stringify(storedProgress(checked)))).toEqual(checked);
    expect(parseProgress('{"lessons":{"a":{"checked":"yes"}}}')).toBeUndefined();
  });
});

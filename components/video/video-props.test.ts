import { describe, expect, test } from 'vitest';
import { videoPropsSchema } from './video-props';

/** The messages of a failed parse, each as the build prints it (path, then message). */
function problems(input: unknown): string[] {
  const result = videoPropsSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message);
}

const talk = {
  id: 'iqqDU2crIEQ',
  title: 'How to Get Started with Docker',
  duration: 1719,
  chapters: [
    { at: 30, title: 'Motivations for Docker' },
    { at: 167, title: "Docker's solution" },
    { at: 304, title: 'Dockerfile' },
    { at: 523, title: 'Create image' },
  ],
};

describe('valid props', () => {
  test('the talk', () => expect(videoPropsSchema.parse(talk)).toEqual(talk));
  test('duration and chapters are optional; chapters may be empty', () => {
    expect(problems({ id: '8fi7uSYlOdc', title: 'Containers From Scratch' })).toEqual([]);
    expect(problems({ id: '8fi7uSYlOdc', title: 'Containers From Scratch', chapters: [] })).toEqual([]);
  });
  test('ids may use - and _', () => expect(problems({ ...talk, id: 'a-b_c-d_e-f' })).toEqual([]));
  test('titles are trimmed', () => {
    const props = videoPropsSchema.parse({ ...talk, title: ' T ', chapters: [{ at: 0, title: ' Intro ' }] });
    expect([props.title, props.chapters?.[0]?.title]).toEqual(['T', 'Intro']);
  });
});

describe('messages name the prop or the chapter', () => {
  test('chapters out of order', () => {
    const chapters = [...talk.chapters.slice(0, 2), { at: 523, title: 'Dockerfile' }, { at: 520, title: 'Create image' }];
    expect(problems({ ...talk, chapters })).toEqual([`chapters[3] "Create image": at 520 must be greater than the previous chapter's 523`]);
    expect(problems({ ...talk, chapters: [...talk.chapters, { at: 520, title: 'Run images' }] })).toEqual([
      `chapters[4] "Run images": at 520 must be greater than the previous chapter's 523`,
    ]);
  });
  test('two chapters at the same second', () => {
    expect(problems({ ...talk, chapters: [talk.chapters[0], { at: 30, title: 'Again' }] })).toEqual([
      `chapters[1] "Again": at 30 must be greater than the previous chapter's 30`,
    ]);
  });
  test('not whole seconds, negative, past the end', () => {
    expect(problems({ ...talk, chapters: [{ at: 30.5, title: 'Half' }] })).toEqual([
      `chapters[0] "Half": at 30.5 must be a whole number of seconds (0 or more)`,
    ]);
    expect(problems({ ...talk, chapters: [{ at: -1, title: 'Before' }] })).toEqual([
      `chapters[0] "Before": at -1 must be a whole number of seconds (0 or more)`,
    ]);
    expect(problems({ ...talk, chapters: [{ at: 1800, title: 'After' }] })).toEqual([
      `chapters[0] "After": at 1800 (30:00) must be before the end of the video (duration 1719)`,
    ]);
  });
  test('empty chapter title', () => {
    expect(problems({ ...talk, chapters: [{ at: 30, title: '  ' }] })).toEqual(['chapters[0]: title must not be empty']);
  });
  test('wrong shapes', () => {
    expect(problems({ ...talk, chapters: [{ at: '5:04', title: 'Dockerfile' }] })).toEqual([
      'chapters.0.at: must be a number of seconds, e.g. at: 304 for 5:04',
    ]);
    expect(problems({ ...talk, chapters: [{ at: 304, title: 'Dockerfile', label: '5:04' }] })).toEqual([
      'chapters.0: a chapter has only at and title, not label',
    ]);
    expect(problems({ ...talk, chapters: 'none' })).toEqual(['chapters: must be a list of { at, title }']);
  });
  test('bad id, title, duration, unknown prop', () => {
    expect(problems({ ...talk, id: 'https://youtu.be/iqqDU2crIEQ' })).toEqual([
      'id: "https://youtu.be/iqqDU2crIEQ" must be 11 URL-safe characters (the part after watch?v=)',
    ]);
    expect(problems({ ...talk, id: 'iqqDU2crIE!' })).toHaveLength(1);
    expect(problems({ ...talk, title: '' })).toEqual(['title: must not be empty']);
    expect(problems({ ...talk, duration: 17.5 })).toEqual(['duration: must be a whole number of seconds']);
    expect(problems({ ...talk, start: 30 })).toEqual(['unknown prop start']);
  });
});

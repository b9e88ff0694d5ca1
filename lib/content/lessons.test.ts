import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { loadLessons, type LessonSource } from './lessons';

const frontmatter = (title: string) => `---
title: ${title}
description: A lesson that exists to test the content loader.
objectives:
  - Check the loader
minutes: 5
---
`;

const lesson = (file: string, body = '## A section\n\nSome text.\n', title = 'A lesson'): LessonSource => ({
  file: `content/lessons/${file}`,
  source: frontmatter(title) + body,
});

async function problemOf(sources: LessonSource[]): Promise<string> {
  const error = await loadLessons(sources).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message;
}

describe('loadLessons', () => {
  it('orders lessons by their number and takes the slug from the file name', async () => {
    const lessons = await loadLessons([
      lesson('10-compose.mdx', undefined, 'Ten'),
      lesson('02-architecture.mdx', undefined, 'Two'),
      lesson('01-what-is-docker.mdx', undefined, 'One'),
    ]);
    expect(lessons.map((l) => [l.order, l.slug, l.title])).toEqual([
      [1, 'what-is-docker', 'One'],
      [2, 'architecture', 'Two'],
      [10, 'compose', 'Ten'],
    ]);
  });

  it('collects h2 and h3 headings with their ids for the contents', async () => {
    const [compiled] = await loadLessons([lesson('01-a.mdx', '## First part\n\n### A detail\n\n#### Too deep\n\n## Second part\n')]);
    expect(compiled?.toc).toEqual([
      { depth: 2, id: 'first-part', text: 'First part' },
      { depth: 3, id: 'a-detail', text: 'A detail' },
      { depth: 2, id: 'second-part', text: 'Second part' },
    ]);
  });

  it('rejects a file name without a number', async () => {
    expect(await problemOf([lesson('intro.mdx')])).toBe(
      'content/lessons/intro.mdx: lesson files are named NN-slug.mdx (two digits, a dash, lower-case words joined by dashes)',
    );
  });

  it('rejects a missing frontmatter field', async () => {
    const source = '---\ntitle: No description\nobjectives: [x]\nminutes: 3\n---\n\nText.\n';
    expect(await problemOf([{ file: 'content/lessons/01-a.mdx', source }])).toBe(
      'content/lessons/01-a.mdx: frontmatter description: Invalid input: expected string, received undefined',
    );
  });

  it('rejects a wrong frontmatter type and an unknown field', async () => {
    const wrongType = '---\ntitle: T\ndescription: A lesson that exists to test the loader.\nobjectives: [x]\nminutes: soon\n---\n';
    expect(await problemOf([{ file: 'content/lessons/01-a.mdx', source: wrongType }])).toMatch(
      /^content\/lessons\/01-a\.mdx: frontmatter minutes: Invalid input: expected number/,
    );
    const unknown = '---\ntitle: T\ndescription: A lesson that exists to test the loader.\nobjectives: [x]\nminutes: 3\nauthor: me\n---\n';
    expect(await problemOf([{ file: 'content/lessons/01-a.mdx', source: unknown }])).toMatch(
      /^content\/lessons\/01-a\.mdx: frontmatter Unrecognized key: "author"/,
    );
  });

  it('rejects a description that is not one sentence', async () => {
    const source = '---\ntitle: T\ndescription: no full stop here at the end of it\nobjectives: [x]\nminutes: 3\n---\n';
    expect(await problemOf([{ file: 'content/lessons/01-a.mdx', source }])).toBe(
      'content/lessons/01-a.mdx: frontmatter description: description must be one sentence ending in . ! or ?',
    );
  });

  it('rejects a duplicate slug and a duplicate number', async () => {
    expect(await problemOf([lesson('01-compose.mdx'), lesson('02-compose.mdx')])).toBe(
      'content/lessons/02-compose.mdx: slug "compose" is already used by content/lessons/01-compose.mdx',
    );
    expect(await problemOf([lesson('01-a.mdx'), lesson('01-b.mdx')])).toBe(
      'content/lessons/01-b.mdx: number 01 is already used by content/lessons/01-a.mdx',
    );
  });

  it('rejects an unknown component, naming it and the line', async () => {
    expect(await problemOf([lesson('01-a.mdx', '\nSome text.\n\n<Tabs items={[1]} />\n')])).toMatch(
      /^content\/lessons\/01-a\.mdx: line 11: unknown component <Tabs>; known components are Callout, /,
    );
  });

  it('rejects an unknown Callout variant', async () => {
    expect(await problemOf([lesson('01-a.mdx', '<Callout variant="danger">Careful.</Callout>\n')])).toBe(
      'content/lessons/01-a.mdx: line 8: <Callout> variant: variant "danger" is not one of note, tip, warning, question',
    );
  });

  it('rejects an unknown code language and a fence without one', async () => {
    expect(await problemOf([lesson('01-a.mdx', '```dockerfle\nFROM alpine\n```\n')])).toMatch(
      /^content\/lessons\/01-a\.mdx: line 8: unknown code language "dockerfle"; use one of console, /,
    );
    expect(await problemOf([lesson('01-a.mdx', '```\nFROM alpine\n```\n')])).toBe(
      'content/lessons/01-a.mdx: line 8: code block has no language; write e.g. ```console, ```dockerfile or ```text',
    );
  });

  it('rejects quiz questions whose answer is not one of the choices', async () => {
    const quiz = '<Quiz questions={[{ question: "Q?", choices: ["a", "b"], answer: 2, explanation: "Because." }]} />\n';
    expect(await problemOf([lesson('01-a.mdx', quiz)])).toBe(
      'content/lessons/01-a.mdx: line 8: <Quiz> questions.0.answer: answer must be the index of one of the choices (0-based)',
    );
  });

  it('rejects an ExampleFile that does not exist', async () => {
    expect(await problemOf([lesson('01-a.mdx', '<ExampleFile path="nope/Dockerfile" />\n')])).toBe(
      'content/lessons/01-a.mdx: line 8: <ExampleFile> public/examples/nope/Dockerfile does not exist',
    );
  });
});

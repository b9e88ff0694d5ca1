import { describe, expect, it } from 'vitest';
import { cheatSheet } from './cheat-sheet';
import { loadLessons, readLessonSources } from './lessons';

const lesson = (order: number, commands: Array<[string, string | null, string]>) => ({
  slug: `l${order}`,
  title: `Lesson ${order}`,
  order,
  commands: commands.map(([text, path, id]) => ({ text, path, section: { id, heading: id } })),
});

describe('cheat sheet', () => {
  it('lists each command once, at the first lesson that shows it, grouped by task', () => {
    const groups = cheatSheet([
      lesson(2, [
        ['docker ps -a', 'container ls', 'clean-up'],
        ['docker run \\\n  --rm hello-world', 'container run', 'first'],
      ]),
      lesson(1, [['docker run --rm hello-world', 'container run', 'try-it']]),
    ]);
    expect(groups.map((g) => [g.title, g.entries.map((e) => `${e.text} (${e.lesson.slug}#${e.section.id})`)])).toEqual([
      ['Run containers', ['docker run --rm hello-world (l1#try-it)']],
      ['Look inside: lists, logs, details', ['docker ps -a (l2#clean-up)']],
    ]);
    const [run] = groups[0]!.entries;
    expect(run!.summary).toMatch(/^Create a new container from an image and start it/);
    expect(run!.alias).toBe('(the same as docker container run)');
    expect([run!.summaryRepeated, groups[1]!.entries[0]!.summaryRepeated]).toEqual([false, false]);
    expect(run!.parts.map((p) => [p.kind, p.text])).toEqual([
      ['flag', '--rm'],
      ['argument', 'hello-world'],
    ]);
  });

  it('covers every command of the real lessons', async () => {
    const lessons = await loadLessons(await readLessonSources('content/lessons'));
    const groups = cheatSheet(lessons);
    const listed = new Set(groups.flatMap((g) => g.entries.map((e) => e.text)));
    for (const command of lessons.flatMap((l) => l.commands)) expect(listed).toContain(command.text.replace(/\s*\\\n\s*/g, ' '));
    expect(groups.find((g) => g.id === 'other')).toBeUndefined();
  });
});

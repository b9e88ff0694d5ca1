import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { loadLessons } from '@/lib/content/lessons';
import { drillPropsSchema } from './drill-schema';

const lesson = (body: string) => ({
  file: 'content/lessons/01-a.mdx',
  source: `---\ntitle: A lesson\ndescription: A lesson that exists to test drills.\nobjectives:\n  - Check drills\nminutes: 5\n---\n${body}`,
});

async function problemOf(body: string): Promise<string> {
  const error = await loadLessons([lesson(body)]).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error instanceof ContentError ? error.message : '';
}

const drill = { id: 'run', task: 'Run it.', answer: 'docker run -d e4l-python-graph', why: 'Because.' };

describe('<Drill> props', () => {
  it('accept a drill whose answer passes its own check', () => {
    expect(drillPropsSchema.safeParse({ ...drill, optional: ['init'], taken: { names: ['dash-app'] } }).success).toBe(true);
  });

  it('fail the build, with the file and line, when the answer has a flag the model does not know', async () => {
    expect(await problemOf('\n<Drill id="run" task="Run it." why="Because." answer="docker run --detatch e4l-python-graph" />\n')).toMatch(
      /^content\/lessons\/01-a\.mdx: line 9: <Drill> answer: docker run --detatch e4l-python-graph: --detatch is not a flag here; did you mean --detach\?/,
    );
  });

  it('refuse an answer that is not a docker command, an optional flag the command lacks, and an also that does not parse', () => {
    const issues = (props: object) =>
      drillPropsSchema
        .safeParse(props)
        .error?.issues.map((i) => i.message)
        .join(' | ') ?? '';
    expect(issues({ ...drill, answer: 'podman run x' })).toMatch(/podman is not docker/);
    expect(issues({ ...drill, answer: 'docker rn x' })).toMatch(/did you mean docker run/);
    expect(issues({ ...drill, optional: ['publsh'] })).toMatch(/--publsh is not a flag of docker run/);
    expect(issues({ ...drill, also: ['docker frobnicate'] })).toMatch(/not a command/);
    expect(issues({ ...drill, id: 'Run It' })).toMatch(/lower-case words/);
  });
});

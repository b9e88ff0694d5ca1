import { describe, expect, it } from 'vitest';
import { loadLessons } from './lessons';

const lesson = (body: string) => ({
  file: 'content/lessons/01-a.mdx',
  source: `---\ntitle: A lesson\ndescription: A lesson that exists to test search.\nobjectives:\n  - Test\nminutes: 1\n---\n\n${body}`,
});

async function sectionsOf(body: string) {
  const [compiled] = await loadLessons([lesson(body)]);
  return compiled!;
}

describe('rehypeHeadings: search sections', () => {
  it('splits a lesson at h2 and h3, keeping the text before the first heading', async () => {
    const { sections } = await sectionsOf(
      'Intro with **bold**ly joined words.\n\n## First part\n\nOne paragraph.\n\nAnother.\n\n### A detail\n\nDetail text.\n\n#### Deeper\n\nStill the detail.\n',
    );
    expect(sections).toEqual([
      { id: '', heading: '', text: 'Intro with boldly joined words.' },
      { id: 'first-part', heading: 'First part', text: 'One paragraph. Another.' },
      { id: 'a-detail', heading: 'A detail', text: 'Detail text. Deeper Still the detail.' },
    ]);
  });

  it('includes code blocks, inline code and callout titles', async () => {
    const { sections } = await sectionsOf(
      '## Run it\n\nAdd yourself with `usermod`:\n\n```console\n# usermod -a -G docker <user>\n```\n\n<Callout variant="warning" title="As powerful as root">\nTake care.\n</Callout>\n',
    );
    expect(sections).toEqual([
      {
        id: 'run-it',
        heading: 'Run it',
        text: 'Add yourself with usermod: # usermod -a -G docker <user> As powerful as root Take care.',
      },
    ]);
  });

  it('gives the same ids as the headings on the page, repeats and code included', async () => {
    const compiled = await sectionsOf(
      '## Containers\n\nA.\n\n### `docker run` and -p\n\nB.\n\n## Containers\n\nC.\n\n### .dockerignore\n\nD.\n\n### What’s “new”?\n\nE.\n',
    );
    expect(compiled.sections.map((s) => s.id)).toEqual(compiled.toc.map((item) => item.id));
    expect(compiled.sections.map((s) => s.id)).toEqual(['containers', 'docker-run-and--p', 'containers-1', 'dockerignore', 'whats-new']);
  });
});

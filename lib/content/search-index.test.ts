import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getLessons } from './lessons';
import { buildSearchDocuments, type SearchDocument } from './search-documents';
import { createSearchEngine } from '@/components/search/search-engine';

const documents: SearchDocument[] = buildSearchDocuments([
  {
    slug: 'installation',
    title: 'Installing Docker',
    sections: [
      { id: '', heading: '', text: 'Install Docker on Arch Linux.' },
      { id: 'run-docker-without-root', heading: 'Run docker without root', text: 'Add your user: # usermod -a -G docker <user>' },
    ],
  },
  {
    slug: 'dash-app',
    title: 'Running a Python Dash app',
    sections: [
      { id: 'why-127001-does-not-work', heading: 'Why 127.0.0.1 does not work', text: 'Listen on 0.0.0.0 with app.run(host="0.0.0.0"), and publish with -p 8050:8050.' },
      { id: 'build-and-run', heading: 'Build and run', text: 'docker build -t e4l-python-graph . then docker run.' },
    ],
  },
]);

describe('buildSearchDocuments', () => {
  it('makes one document per section, linked to its heading', () => {
    expect(documents.map((d) => d.url)).toEqual([
      '/lessons/installation',
      '/lessons/installation#run-docker-without-root',
      '/lessons/dash-app#why-127001-does-not-work',
      '/lessons/dash-app#build-and-run',
    ]);
    expect(documents[1]).toMatchObject({ lesson: 'Installing Docker', heading: 'Run docker without root' });
  });
});

describe('createSearchEngine', () => {
  const engine = createSearchEngine(documents);
  const urls = (query: string) => engine.search(query).map((r) => r.url);

  it('finds addresses and commands inside code', () => {
    expect(urls('0.0.0.0')).toEqual(['/lessons/dash-app#why-127001-does-not-work']);
    expect(urls('usermod')).toEqual(['/lessons/installation#run-docker-without-root']);
    expect(urls('8050:8050')[0]).toBe('/lessons/dash-app#why-127001-does-not-work');
  });

  it('finds by prefix, with a typo, and by a piece of a longer token', () => {
    expect(urls('userm')).toEqual(['/lessons/installation#run-docker-without-root']);
    expect(urls('usernod')).toEqual(['/lessons/installation#run-docker-without-root']);
    expect(urls('graph')).toEqual(['/lessons/dash-app#build-and-run']);
  });

  it('needs every word when it can, any word when nothing has all', () => {
    expect(urls('docker root')).toEqual(['/lessons/installation#run-docker-without-root']);
    expect(urls('usermod graph').sort()).toEqual(['/lessons/dash-app#build-and-run', '/lessons/installation#run-docker-without-root']);
  });

  it('marks the match in the heading and the snippet', () => {
    const [result] = engine.search('usermod');
    expect(result?.lesson).toBe('Installing Docker');
    expect(result?.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['usermod']);
    const [intro] = engine.search('arch');
    expect(intro?.heading).toEqual([{ text: 'Introduction', mark: false }]);
    expect(engine.search('   ')).toEqual([]);
  });
});

describe('the course index', () => {
  it('finds the lesson that runs the Dash app for 0.0.0.0 and the installation lesson for usermod', async () => {
    const engine = createSearchEngine(buildSearchDocuments(await getLessons()));
    expect(engine.search('0.0.0.0')[0]?.url).toMatch(/^\/lessons\/run-dash-app#/);
    expect(engine.search('usermod')[0]?.url).toMatch(/^\/lessons\/installation#/);
  });

  // Sections and headings come from one pass over the lesson, so comparing them proves
  // nothing: each section's link must lead to an element of the page as it is rendered.
  it('links every section to a heading that is on the rendered page', async () => {
    for (const lesson of await getLessons()) {
      const html = renderToStaticMarkup(createElement(MdxContent, { code: lesson.code }));
      const ids = new Set([...html.matchAll(/<h[1-6][^>]* id="([^"]+)"/g)].map((match) => match[1]));
      expect(ids.size, lesson.slug).toBeGreaterThan(0);
      for (const section of lesson.sections) if (section.id) expect(ids, `${lesson.slug}#${section.id}`).toContain(section.id);
    }
  });
});

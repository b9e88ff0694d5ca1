import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDocument } from '@/lib/content/search-documents';
import { highlight, snippet, type TextPart } from './snippet';
import { tokenizeForIndex, tokenizeQuery } from './tokenize';

export type SearchResult = { url: string; lesson: string; heading: TextPart[]; snippet: TextPart[] };

export type SearchEngine = { search: (query: string, limit?: number) => SearchResult[] };

const searchOptions: SearchOptions = {
  tokenize: tokenizeQuery,
  boost: { heading: 3, lesson: 1.5 },
  // Typing "userm" already finds "usermod"; a one-letter prefix would match everything.
  prefix: (term) => term.length >= 2,
  // Forgive a typo in longer words only: an address or a flag must match as typed.
  fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
  combineWith: 'AND',
};

/**
 * Builds the index in the browser from the documents of /search-index.json (a few
 * milliseconds for the whole course; shipping the documents is smaller than shipping a
 * serialised index, and the snippets need the text anyway). This module and minisearch are
 * loaded with `import()` when the reader opens search, never before.
 */
export function createSearchEngine(documents: SearchDocument[]): SearchEngine {
  const index = new MiniSearch<SearchDocument>({
    idField: 'url',
    fields: ['lesson', 'heading', 'text'],
    tokenize: tokenizeForIndex,
    searchOptions,
  });
  index.addAll(documents);
  const byUrl = new Map(documents.map((document) => [document.url, document]));

  return {
    search(query, limit = 10) {
      if (!query.trim()) return [];
      // Every word must match; if that finds nothing, any word may.
      let hits = index.search(query);
      if (!hits.length) hits = index.search(query, { combineWith: 'OR' });
      return hits.slice(0, limit).flatMap((hit) => {
        const document = byUrl.get(hit.id as string);
        if (!document) return [];
        return [
          {
            url: document.url,
            lesson: document.lesson,
            heading: highlight(document.heading || 'Introduction', hit.terms),
            snippet: snippet(document.text, hit.terms),
          },
        ];
      });
    },
  };
}

/*
 * Docker lessons are full of tokens that ordinary word splitting tears apart: 0.0.0.0,
 * 127.0.0.1:8050:8050, docker-compose, /var/run/docker.sock, --rm. So words split only on
 * spaces, quotes, brackets and the like; a token keeps its dots, dashes and colons, and is
 * indexed whole and as its pieces (so "compose" finds "docker-compose" and "127.0.0.1" finds
 * "127.0.0.1:8050:8050"). A query is split the same way but not into pieces, so searching
 * "0.0.0.0" looks for that address, not for every "0".
 */
const separators = /[\s"'`()[\]{}<>,;!?*|&+^~\\$#%]+/u;
/** Punctuation that ends a sentence or a line of output rather than belonging to the token. */
const edges = /^[.:=]+|[.:=/]+$/g;

function words(text: string): string[] {
  return text
    .split(separators)
    .map((word) => word.replace(edges, ''))
    .filter((word) => word.length > 0);
}

/** Tokens of a document field: each whole token (repeats kept: they weigh in ranking) and its pieces. */
export function tokenizeForIndex(text: string): string[] {
  const tokens: string[] = [];
  for (const word of words(text)) {
    const pieces = new Set<string>();
    for (const coarse of word.split(/[/:=]+/)) {
      if (!coarse) continue;
      pieces.add(coarse);
      for (const fine of coarse.split(/[.\-_@]+/)) if (fine) pieces.add(fine);
    }
    pieces.delete(word);
    tokens.push(word, ...pieces);
  }
  return tokens;
}

/** Tokens of what the reader typed: whole tokens only. */
export function tokenizeQuery(text: string): string[] {
  return words(text);
}

/*
 * The islands' runtime as ONE module, on purpose: islands import their helpers from here, so
 * esbuild puts all of them (start, defineIsland, the store, the DOM helpers, the contract's
 * codecs) in one shared chunk. Imported from their own files, they became six small chunks,
 * each a file of its own on every page, and cost about 0.4 KB gzip more per page (measured
 * with the island build's metafile). The files keep one job each; this only gathers them.
 */
export { start } from './start';
export { defineIsland, whenNear, type IslandTag } from './define-island';
export { h, isEditable } from './dom';
export { verdict } from './verdict';
export { keepInStep, progress, placeholders, storage, theme, systemTheme, type Theme } from './stores';
export { attribute, flag, integer, json, oneOf, text } from '@/lib/shared/contract';

/**
 * Fence languages a lesson may use, mapped to the shiki grammar that highlights them. The
 * list is closed on purpose: a typo such as ```dockerfle must fail the build rather than
 * silently lose highlighting and its copy behaviour.
 */
export const codeLanguages = {
  console: 'shellsession',
  'shell-session': 'shellsession',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  dockerfile: 'dockerfile',
  yaml: 'yaml',
  yml: 'yaml',
  python: 'python',
  py: 'python',
  json: 'json',
  ini: 'ini',
  go: 'go',
  text: 'text',
  txt: 'text',
} as const;

export type CodeLanguage = keyof typeof codeLanguages;

export function isCodeLanguage(lang: string): lang is CodeLanguage {
  return Object.hasOwn(codeLanguages, lang);
}

/** Grammars shiki must load (everything but plain text, which needs none). */
export const shikiGrammars = [...new Set(Object.values(codeLanguages))].filter((g) => g !== 'text');

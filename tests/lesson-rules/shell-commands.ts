import { commandWords, lexShell } from '@/lib/shared/shell/words';

/**
 * Which programs a lesson runs with which words. A block's lines come from
 * lib/content/code-blocks (parse-session.ts knows where each command starts and ends); the
 * course's one shell lexer (lib/shared/shell/words.ts) splits a command's text further into
 * simple commands and their words, as the build and "Explain a command" do.
 */

/** The simple commands of shell text with their words; `line` is the command's first line, counted from 0. */
export function simpleCommands(text: string): Array<{ line: number; words: string[] }> {
  return lexShell(text).commands.map((command) => ({
    line: text.slice(0, command.start).split('\n').length - 1,
    words: command.words.map((word) => word.value),
  }));
}

/** The words that matter: without a leading `sudo` (and its options), `env`, and `VAR=value` assignments. */
export { commandWords };

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { codeLanguage } from './code-languages';
import { LessonProblem } from './content-error';
import { commandProblems } from './code-blocks/docker-commands';
import { parseShell } from './code-blocks/parse-session';

/**
 * Fails the build on a docker command the course's model of the CLI cannot read: an unknown
 * subcommand or flag (with the closest known one), a flag missing its value, an argument the
 * command does not take. A typo such as `--publsh`, or a flag a new docker release removed,
 * then never reaches a learner. The line is the command's own line in the lesson.
 */
export function remarkCheckDockerCommands() {
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      const kind = codeLanguage(node.lang).kind;
      if (kind === 'file') return;
      const [problem] = commandProblems(parseShell(node.value, kind));
      const fence = node.position?.start.line;
      // The fence's own line comes first; the block's lines follow it.
      if (problem) throw new LessonProblem(problem.message, fence === undefined ? undefined : fence + 1 + problem.line);
    });
  };
}

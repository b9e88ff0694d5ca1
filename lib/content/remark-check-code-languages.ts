import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { codeLanguages, isCodeLanguage } from './code-languages';
import { LessonProblem } from './content-error';

export function remarkCheckCodeLanguages() {
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      const line = node.position?.start.line;
      if (!node.lang) {
        throw new LessonProblem('code block has no language; write e.g. ```console, ```dockerfile or ```text', line);
      }
      if (!isCodeLanguage(node.lang)) {
        const known = Object.keys(codeLanguages).join(', ');
        throw new LessonProblem(`unknown code language "${node.lang}"; use one of ${known}`, line);
      }
    });
  };
}

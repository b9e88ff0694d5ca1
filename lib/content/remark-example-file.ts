import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { languageOfFile } from './code-languages';
import { LessonProblem } from './content-error';

/**
 * Replaces `<ExampleFile path="dash-app/Dockerfile" />` by a fenced code block holding the
 * file's bytes, so a lesson shows exactly what the reader downloads from /examples/… and the
 * two can never drift apart.
 */
export function remarkExampleFile(options: { examplesDir: string }) {
  return (tree: Root) => {
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      if (node.name !== 'ExampleFile' || !parent || index === undefined) return;
      const line = node.position?.start.line;
      const pathAttribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'path');
      const relative = typeof pathAttribute?.value === 'string' ? pathAttribute.value : undefined;
      if (!relative) throw new LessonProblem('<ExampleFile> needs a path, e.g. path="dash-app/Dockerfile"', line);
      const absolute = path.join(/*turbopackIgnore: true*/ options.examplesDir, relative);
      if (!absolute.startsWith(options.examplesDir + path.sep) || !existsSync(absolute)) {
        throw new LessonProblem(`<ExampleFile> public/examples/${relative} does not exist`, line);
      }
      const name = path.basename(relative);
      // Hosts refuse dotfiles (`next start` answers 404, next.config.ts) and browsers drop the
      // dot of a downloaded name, so a file like .dockerignore comes through its copy button
      // and the folder's zip (lib/content/example-archives.ts) instead of a link.
      const download = name.startsWith('.') ? '' : ` download="/examples/${relative}"`;
      const code: Code = {
        type: 'code',
        lang: languageOfFile(relative),
        meta: `title="${name}"${download}`,
        value: readFileSync(absolute, 'utf8').replace(/\n$/, ''),
        position: node.position,
      };
      parent.children.splice(index, 1, code);
    });
  };
}

import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { LessonProblem } from './content-error';
import { formatZodIssues } from './lesson-schema';
import { allowedHtmlElements, mdxComponentSchemas } from './mdx-components';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Fails the build on a component the renderer does not know, or on props its schema rejects.
 * Props are lesson data (strings, numbers, arrays of objects), so their expressions are
 * evaluated here, at build time, from the author's own source.
 */
export function remarkCheckComponents() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      checkElement(node);
    });
  };
}

function checkElement(element: JsxElement): void {
  const line = element.position?.start.line;
  const name = element.name;
  if (name === null) throw new LessonProblem('fragments (<>…</>) are not allowed in lessons', line);
  if (/^[a-z]/.test(name)) {
    if (allowedHtmlElements.has(name)) return;
    throw new LessonProblem(`unknown element <${name}>; use Markdown or one of the lesson components`, line);
  }
  if (!Object.hasOwn(mdxComponentSchemas, name)) {
    const known = Object.keys(mdxComponentSchemas).join(', ');
    throw new LessonProblem(`unknown component <${name}>; known components are ${known}`, line);
  }
  const schema = mdxComponentSchemas[name as keyof typeof mdxComponentSchemas];
  const result = schema.safeParse(readProps(element, line));
  if (!result.success) {
    throw new LessonProblem(`<${name}> ${formatZodIssues(result.error)}`, line);
  }
}

function readProps(element: JsxElement, line: number | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      throw new LessonProblem(`<${element.name}> spread props ({...x}) are not allowed; write each prop`, line);
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else props[name] = evaluateExpression(value.value, `<${element.name}> prop ${name}`, line);
  }
  return props;
}

function evaluateExpression(source: string, what: string, line: number | undefined): unknown {
  try {
    return new Function(`"use strict"; return (${source});`)();
  } catch (error) {
    throw new LessonProblem(`${what} is not a plain value: ${(error as Error).message}`, line);
  }
}

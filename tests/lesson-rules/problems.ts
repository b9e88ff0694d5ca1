import type { LessonModel } from './lesson-model';

/** What every rule reports: the rule, and the lesson file and line to fix. */
export type RuleName = 'arm64' | 'install-order' | 'named-containers';

export type RuleProblem = { rule: RuleName; file: string; line: number; message: string };

export function formatProblem(problem: RuleProblem): string {
  return `${problem.file} line ${problem.line}: ${problem.message} [${problem.rule}]`;
}

/** Problems in lesson order, then line order (a stable sort keeps one line's problems as found). */
export function inOrder(models: LessonModel[], problems: RuleProblem[]): RuleProblem[] {
  const rank = new Map(models.map((model, index) => [model.file, index]));
  return problems.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) || a.line - b.line);
}

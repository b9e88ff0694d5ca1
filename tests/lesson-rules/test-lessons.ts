import type { Lesson } from './lesson-model';
import { defaultRuleOptions, type RuleOptions } from './options';
import { formatProblem, type RuleProblem } from './problems';

/** Lessons, example files and options that the rule tests share (not a test file itself). */

const examples: Record<string, string> = {
  'dash-app/Dockerfile': 'FROM archlinux:latest\nCOPY app.py .\nCMD ["python", "app.py"]',
  'dash-app/compose.yaml': 'services:\n  web:\n    build: .\n    ports:\n      - "8050:8050"',
  'slim-app/Dockerfile': 'FROM python:3.12-slim\nCMD ["python"]',
};

export const options: RuleOptions = { ...defaultRuleOptions, readExample: (relative) => examples[relative] };

const frontmatter = '---\ntitle: T\n---\n';
export const lesson = (file: string, body: string): Lesson => ({ file: `content/lessons/${file}`, source: `${frontmatter}\n${body}` });

/** Lesson 3 as the course has it: it installs the three packages. */
export const installs = lesson('03-installation.mdx', '```console\n# pacman -S docker docker-buildx docker-compose\n```\n');
/** Lesson 5: the example project's files arrive. */
export const example = lesson('05-dash-app.mdx', '<ExampleFile path="dash-app/app.py" />\n');

export const messages = (problems: RuleProblem[]) => problems.map(formatProblem);

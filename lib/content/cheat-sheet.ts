import { explainCommand, type PartKind } from '@/lib/shared/docker-cli/explain';
import type { Lesson } from './lessons';

/**
 * The cheat sheet (/cheat-sheet), built at build time from what the lessons show (the commands
 * rehype-collect-commands found in their code blocks) and what the CLI model says of each
 * part, so it lists exactly the commands the course teaches, in their words, and never
 * drifts from the lessons.
 */

export type CheatSheetPart = {
  text: string;
  kind: PartKind;
  explanation: string;
  /** The same part with the same explanation is listed by an earlier entry (print leaves it out to fit two pages). */
  repeated: boolean;
};

export type CheatSheetEntry = {
  /** The command as the lesson shows it, continuation lines joined. */
  text: string;
  /** What the command does (its subcommand's explanation). */
  summary: string;
  /** `(the same as docker container run)` when typed by a short alias; else ''. */
  alias: string;
  /** An earlier entry runs the same subcommand, so says the same (print leaves it out). */
  summaryRepeated: boolean;
  /** Its other parts (flags, values, arguments), each with its explanation. */
  parts: CheatSheetPart[];
  lesson: { slug: string; title: string; order: number };
  section: { id: string; heading: string };
};

export type CheatSheetGroup = { id: string; title: string; entries: CheatSheetEntry[] };

/** Tasks, in the order a learner meets them; the first whose test matches a command's path takes it. */
const tasks: ReadonlyArray<{ id: string; title: string; test: RegExp }> = [
  { id: 'install', title: 'Install and check', test: /^(version|system info|buildx version|compose version)$/ },
  { id: 'compose', title: 'Compose', test: /^compose / },
  { id: 'build', title: 'Build images', test: /^(buildx build|image history)$/ },
  { id: 'run', title: 'Run containers', test: /^container (run|create|start|stop|restart|kill|exec)$/ },
  { id: 'inspect', title: 'Look inside: lists, logs, details', test: /^(container (ls|logs|port|top|stats|inspect)|image ls|inspect)$/ },
  { id: 'share', title: 'Share images', test: /^(login|logout|image (pull|push|tag|save|load))$/ },
  { id: 'networks', title: 'Networks', test: /^network / },
  { id: 'volumes', title: 'Volumes', test: /^volume / },
  { id: 'clean-up', title: 'Clean up', test: /^(container rm|image rm|.* prune)$/ },
];
const other = { id: 'other', title: 'Other commands' };

/**
 * One entry per distinct command (as typed, continuations joined), at the first lesson and
 * section that shows it, grouped by task. Commands the model cannot read never get here: the
 * build refuses them first (remark-check-docker-commands.ts).
 */
export function cheatSheet(lessons: ReadonlyArray<Pick<Lesson, 'slug' | 'title' | 'order' | 'commands'>>): CheatSheetGroup[] {
  const seen = new Set<string>();
  const explainedParts = new Set<string>();
  const summarised = new Set<string>();
  const groups = new Map<string, CheatSheetGroup>([...tasks, other].map(({ id, title }) => [id, { id, title, entries: [] }]));
  for (const lesson of [...lessons].sort((a, b) => a.order - b.order)) {
    for (const command of lesson.commands) {
      const text = command.text.replace(/\s*\\\n\s*/g, ' ');
      if (seen.has(text)) continue;
      seen.add(text);
      const [explained] = explainCommand(text);
      if (!explained || !command.path) continue;
      const line = explained.parts.find((part) => part.kind === 'command')?.explanation ?? '';
      const [, summary = line, alias = ''] = /^(.*?)(?: (\(the same as docker [^)]*\)))?$/s.exec(line) ?? [];
      const summaryRepeated = summarised.has(command.path);
      summarised.add(command.path);
      const parts = explained.parts
        .filter((part) => part.kind !== 'command' && part.kind !== 'program')
        .map(({ text: partText, kind, explanation }) => {
          const key = `${partText}\n${explanation}`;
          const repeated = explainedParts.has(key);
          explainedParts.add(key);
          return { text: partText, kind, explanation, repeated };
        });
      const task = tasks.find((t) => t.test.test(command.path!)) ?? other;
      groups.get(task.id)!.entries.push({
        text,
        summary,
        alias,
        summaryRepeated,
        parts,
        lesson: { slug: lesson.slug, title: lesson.title, order: lesson.order },
        section: command.section,
      });
    }
  }
  return [...groups.values()].filter((group) => group.entries.length > 0);
}

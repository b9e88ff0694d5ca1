import { z } from 'zod';
import { checkDrill, readCommand } from './drill-check';

/**
 * The props of `<Drill>`, validated when a lesson is built (lib/content/mdx-components.ts): the
 * model answer must be a docker command the CLI model reads without an unknown part, and it must
 * pass its own check, so a drill that could never be answered right fails `npm run build` with
 * the lesson's file and line.
 */
export const drillPropsSchema = z
  .object({
    /** Stable within the lesson: the review schedule keeps the drill under `drill:<lesson>:<id>`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case words joined by dashes'),
    task: z.string().trim().min(1, 'task must say what to do, in words'),
    answer: z.string().trim().min(1, 'answer must be the model command'),
    /** Why the answer is what it is: shown with it. */
    why: z.string().trim().min(1, 'why must explain the answer'),
    optional: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'optional lists long flag names without dashes')).optional(),
    taken: z
      .object({ names: z.array(z.string()).optional(), ports: z.array(z.number().int()).optional() })
      .strict()
      .optional(),
    also: z.array(z.string().trim().min(1)).optional(),
  })
  .strict()
  .superRefine((drill, ctx) => {
    for (const [index, answer] of [drill.answer, ...(drill.also ?? [])].entries()) {
      const path = index === 0 ? ['answer'] : ['also', index - 1];
      const read = readCommand(answer);
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', path, message: read.problem });
        continue;
      }
      for (const unknown of read.facts.parsed.unknown) ctx.addIssue({ code: 'custom', path, message: `${answer}: ${unknown.message}` });
      if (!read.facts.command) ctx.addIssue({ code: 'custom', path, message: `${answer} names no docker command` });
      if (index > 0) continue;
      const known = new Set(read.facts.parsed.command?.flags.map((f) => f.long));
      for (const name of drill.optional ?? [])
        if (!known.has(name)) ctx.addIssue({ code: 'custom', path: ['optional'], message: `--${name} is not a flag of ${answer}` });
    }
    const verdict = checkDrill(drill, drill.answer);
    if (verdict.kind !== 'right')
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `the answer fails its own check: ${verdict.problems.join(' ')}` });
  });

export type DrillProps = z.infer<typeof drillPropsSchema>;

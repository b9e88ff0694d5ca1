import { z } from 'zod';
import { formatTime } from './time';

/*
 * The props of <Video> in MDX, checked at build time. Shapes (types, unknown keys) are
 * checked field by field; the rules between fields (order, duration) in one pass that names
 * the chapter, e.g. `chapters[3] "Create image": at 520 must be greater than the previous
 * chapter's 523`, because "chapters.3.at" alone does not tell an author which line to fix.
 */

const chapterSchema = z.strictObject(
  {
    at: z.number({ error: 'must be a number of seconds, e.g. at: 304 for 5:04' }),
    title: z.string({ error: 'must be text' }).trim(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `a chapter has only at and title, not ${issue.keys.join(', ')}`
        : 'a chapter is { at: seconds, title: "..." }',
  },
);

export const videoPropsSchema = z
  .strictObject(
    {
      id: z.string({ error: 'must be a YouTube video id (the 11 characters after watch?v=)' }).regex(/^[\w-]{11}$/, {
        error: (issue) => `${JSON.stringify(issue.input)} must be 11 URL-safe characters (the part after watch?v=)`,
      }),
      title: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
      duration: z
        .number({ error: 'must be a number of seconds' })
        .int('must be a whole number of seconds')
        .positive('must be positive')
        .optional(),
      chapters: z.array(chapterSchema, { error: 'must be a list of { at, title }' }).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown prop ${issue.keys.join(', ')}` : undefined) },
  )
  .superRefine(({ chapters = [], duration }, ctx) => {
    let previous: number | undefined;
    chapters.forEach(({ at, title }, index) => {
      const problem = chapterProblem(at, title, previous, duration);
      if (problem) ctx.addIssue({ code: 'custom', message: `chapters[${index}]${title ? ` ${JSON.stringify(title)}` : ''}: ${problem}` });
      previous = at;
    });
  });

function chapterProblem(at: number, title: string, previous: number | undefined, duration: number | undefined): string | undefined {
  if (!title) return 'title must not be empty';
  if (!Number.isInteger(at) || at < 0) return `at ${at} must be a whole number of seconds (0 or more)`;
  if (previous !== undefined && at <= previous) return `at ${at} must be greater than the previous chapter's ${previous}`;
  if (duration !== undefined && at >= duration)
    return `at ${at} (${formatTime(at)}) must be before the end of the video (duration ${duration})`;
  return undefined;
}

export type VideoProps = z.infer<typeof videoPropsSchema>;
export type VideoChapter = NonNullable<VideoProps['chapters']>[number];

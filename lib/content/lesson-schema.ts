import { z } from 'zod';

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    description: z
      .string()
      .trim()
      .min(20, 'description must be one full sentence (20 characters or more)')
      .max(200, 'description must be one sentence of at most 200 characters')
      .regex(/^[^\n]+[.!?]$/, 'description must be one sentence ending in . ! or ?'),
    objectives: z.array(z.string().trim().min(1)).min(1, 'objectives must list at least one objective'),
    minutes: z.number().int('minutes must be a whole number').positive('minutes must be positive'),
    /** What a hands-on lesson's commands were last checked against, e.g. "Docker Engine 29". */
    checkedWith: z.array(z.string().trim().min(1)).min(1, 'checkedWith must list at least one version').optional(),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** `03-installation.mdx` → order 3, slug `installation`. */
const LESSON_FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

export function parseLessonFileName(fileName: string): { order: number; slug: string } | null {
  const match = LESSON_FILE_NAME.exec(fileName);
  if (!match) return null;
  return { order: Number(match[1]), slug: match[2] as string };
}

export function formatZodIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
      return `${where}${issue.message}`;
    })
    .join('; ');
}

import { z } from 'zod';

const questionSchema = z
  .object({
    question: z.string().trim().min(1, 'question must not be empty'),
    choices: z
      .array(z.string().trim().min(1, 'a choice must not be empty'))
      .min(2, 'a question needs at least two choices')
      .max(6, 'a question has at most six choices')
      .refine((choices) => new Set(choices).size === choices.length, 'choices must be different from each other'),
    answer: z.number().int('answer must be the whole-number index of the correct choice').nonnegative(),
    explanation: z.string().trim().min(1, 'every question needs an explanation of its answer'),
  })
  .strict()
  .refine((q) => q.answer < q.choices.length, {
    message: 'answer must be the index of one of the choices (0-based)',
    path: ['answer'],
  });

export const quizPropsSchema = z
  .object({
    questions: z.array(questionSchema).min(1, 'a quiz needs at least one question').max(5),
  })
  .strict();

export type QuizProps = z.infer<typeof quizPropsSchema>;
export type QuizQuestion = QuizProps['questions'][number];

import { describe, expect, it } from 'vitest';
import { loadLessons } from '@/lib/content/lessons';
import { formatZodIssues } from '@/lib/content/lesson-schema';
import { quizPropsSchema } from './quiz-schema';

const question = {
  question: 'What do all containers on one host share?',
  choices: ['Their own kernels', 'The host’s kernel', 'One writable layer'],
  answer: 1,
  explanation: 'Containers are processes on the host, so they use its kernel.',
};

/** The problem the build reports, or '' when the props are fine. */
function problemOf(props: unknown): string {
  const result = quizPropsSchema.safeParse(props);
  return result.success ? '' : formatZodIssues(result.error);
}

describe('quizPropsSchema', () => {
  it('accepts one to five questions with one correct answer and an explanation each', () => {
    expect(problemOf({ questions: [question] })).toBe('');
    expect(problemOf({ questions: Array(5).fill(question) })).toBe('');
    expect(problemOf({ questions: [{ ...question, answer: 0, choices: ['Yes', 'No'] }] })).toBe('');
  });

  it('needs the answer to be the index of one of the choices', () => {
    expect(problemOf({ questions: [{ ...question, answer: 3 }] })).toBe(
      'questions.0.answer: answer must be the index of one of the choices (0-based)',
    );
    expect(problemOf({ questions: [{ ...question, answer: -1 }] })).toMatch(/^questions\.0\.answer: /);
    expect(problemOf({ questions: [{ ...question, answer: 1.5 }] })).toBe(
      'questions.0.answer: answer must be the whole-number index of the correct choice',
    );
  });

  it('allows exactly one correct answer: an index, not a list or the text of a choice', () => {
    expect(problemOf({ questions: [{ ...question, answer: [0, 1] }] })).toMatch(/^questions\.0\.answer: .*expected number/);
    expect(problemOf({ questions: [{ ...question, answer: 'The host’s kernel' }] })).toMatch(/^questions\.0\.answer: .*expected number/);
  });

  it('needs an explanation of the answer', () => {
    expect(problemOf({ questions: [{ ...question, explanation: '  ' }] })).toBe(
      'questions.0.explanation: every question needs an explanation of its answer',
    );
    expect(problemOf({ questions: [{ ...question, explanation: undefined }] })).toMatch(/^questions\.0\.explanation: /);
  });

  it('needs two to six different, non-empty choices', () => {
    expect(problemOf({ questions: [{ ...question, choices: ['Only one'], answer: 0 }] })).toBe(
      'questions.0.choices: a question needs at least two choices',
    );
    expect(problemOf({ questions: [{ ...question, choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }] })).toBe(
      'questions.0.choices: a question has at most six choices',
    );
    expect(problemOf({ questions: [{ ...question, choices: ['Same', 'Same'] }] })).toBe(
      'questions.0.choices: choices must be different from each other',
    );
    expect(problemOf({ questions: [{ ...question, choices: ['A', ' '] }] })).toBe('questions.0.choices.1: a choice must not be empty');
  });

  it('needs a question and rejects unknown keys (a typo would silently drop data)', () => {
    expect(problemOf({ questions: [{ ...question, question: '' }] })).toBe('questions.0.question: question must not be empty');
    expect(problemOf({ questions: [{ ...question, hint: 'x' }] })).toMatch(/^questions\.0: Unrecognized key: "hint"/);
    expect(problemOf({ questions: [question], title: 'Quiz' })).toMatch(/^Unrecognized key: "title"/);
  });

  it('needs one to five questions', () => {
    expect(problemOf({ questions: [] })).toBe('questions: a quiz needs at least one question');
    expect(problemOf({ questions: Array(6).fill(question) })).toMatch(/^questions: /);
    expect(problemOf({})).toMatch(/^questions: /);
  });
});

describe('a lesson with a bad quiz', () => {
  it('fails the build with the file, the line and what to fix', async () => {
    const source = `---\ntitle: T\ndescription: A lesson that exists to test quizzes.\nobjectives: [x]\nminutes: 3\n---\n\nText.\n\n<Quiz questions={[{ question: "Q?", choices: ["A", "B"], answer: 2, explanation: "Because." }]} />\n`;
    const error = await loadLessons([{ file: 'content/lessons/01-a.mdx', source }]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String((error as Error).message)).toMatch(
      /^content\/lessons\/01-a\.mdx: line 10: <Quiz> questions\.0\.answer: answer must be the index of one of the choices \(0-based\)$/,
    );
  });
});

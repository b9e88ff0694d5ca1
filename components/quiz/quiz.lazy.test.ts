// @vitest-environment happy-dom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Quiz } from '@/components/quiz/quiz';
import type { Progress } from '@/components/progress/progress';
import type { QuizQuestion } from '@/components/quiz/quiz-schema';
import { storageKeys } from '@/lib/shared/storage-keys';
import { $, pick, connectLazy, renderPage, setUpPage, text } from '@/lib/browser/test-dom';

const questions: QuizQuestion[] = [
  {
    question: 'What does docker run do?',
    choices: ['Builds an image', 'Starts a container from an image', 'Deletes a container'],
    answer: 1,
    explanation: 'It creates a container from the image and starts it.',
  },
  {
    question: 'Where does -p 8050:8050 publish the port?',
    choices: ['On every interface of your machine', 'On the loopback only'],
    answer: 0,
    explanation: 'Without an address, Docker listens on all interfaces.',
  },
];

const slug = 'first-container';

async function openLesson() {
  renderPage(createElement('article', { 'data-lesson': slug }, createElement(Quiz, { questions })));
  await connectLazy('ld-quiz', () => import('./quiz.lazy'));
}

const form = (index: number) => $<HTMLFormElement>(`form[data-quiz-question="${index}"]`);
const status = (index: number) => $('[role=status]', form(index));
const last = (index: number) => $('[data-quiz-last]', form(index));
const checkButton = (index: number) => $<HTMLButtonElement>('button[type=submit]', form(index));

const choose = (question: number, choice: number) => pick($<HTMLInputElement>(`input[name=answer][value="${choice}"]`, form(question)));

const storedQuiz = () => (JSON.parse(localStorage.getItem(storageKeys.progress) ?? '{"lessons":{}}') as Progress).lessons[slug]?.quiz;

describe('quiz island', () => {
  setUpPage({ beforeEach, afterEach, vi });

  it('Check without a choice asks for one, and stores nothing', async () => {
    await openLesson();
    checkButton(0).click();
    expect(text(status(0))).toBe('Choose an answer first.');
    expect(localStorage.getItem(storageKeys.progress)).toBeNull();
  });

  it('the right choice: "Correct." with the explanation, marked as right', async () => {
    await openLesson();
    choose(0, 1);
    checkButton(0).click();
    expect(text(status(0))).toBe('✓ Correct. It creates a container from the image and starts it.');
    const verdict = $('[data-verdict]', status(0));
    expect(verdict.tagName).toBe('STRONG');
    expect(verdict.className).toContain('text-emerald-800');
    expect($('[aria-hidden=true]', verdict).textContent).toBe('✓ ');
    expect(storedQuiz()).toEqual({ 0: true });
  });

  it('a wrong choice: "Not quite." with the right answer and the explanation', async () => {
    await openLesson();
    choose(0, 2);
    checkButton(0).click();
    expect(text(status(0))).toBe(
      '✗ Not quite. The answer is “Starts a container from an image”. It creates a container from the image and starts it.',
    );
    expect($('[data-verdict]', status(0)).className).toContain('text-red-700');
    expect(storedQuiz()).toEqual({ 0: false });
  });

  it('each question has its own verdict and result', async () => {
    await openLesson();
    choose(1, 0);
    checkButton(1).click();
    expect(text(status(1))).toBe('✓ Correct. Without an address, Docker listens on all interfaces.');
    expect(text(status(0))).toBe('');
    expect(storedQuiz()).toEqual({ 1: true });
  });

  it('a new choice clears the verdict, and a new Check replaces the stored result', async () => {
    await openLesson();
    choose(0, 1);
    checkButton(0).click();
    expect(text(status(0))).not.toBe('');

    choose(0, 0);
    expect(text(status(0))).toBe('');
    expect(status(0).childElementCount).toBe(0);

    checkButton(0).click();
    expect(text(status(0))).toMatch(/^✗ Not quite\./);
    expect(storedQuiz()).toEqual({ 0: false });

    choose(0, 2);
    choose(0, 1);
    checkButton(0).click();
    expect(text(status(0))).toMatch(/^✓ Correct\./);
    expect(storedQuiz()).toEqual({ 0: true });
  });

  it('a new page view says how the last check went, until there is a new verdict', async () => {
    await openLesson();
    expect(last(0).hidden).toBe(true);
    choose(0, 1);
    checkButton(0).click();
    choose(1, 1);
    checkButton(1).click();

    await openLesson();
    expect(last(0).hidden).toBe(false);
    expect(last(0).textContent).toBe('Last time you answered this right.');
    expect(last(1).hidden).toBe(false);
    expect(last(1).textContent).toBe('Last time your answer was not right. Try again.');
    // Not announced: it is outside the live region.
    expect(text(status(0))).toBe('');

    choose(0, 0);
    expect(last(0).hidden).toBe(true);
    expect(last(1).hidden).toBe(false);
  });

  it('keeps the results of other lessons and of the lesson’s completion', async () => {
    localStorage.setItem(storageKeys.progress, JSON.stringify({ lessons: { [slug]: { complete: true }, other: { quiz: { 0: false } } } }));
    await openLesson();
    choose(0, 1);
    checkButton(0).click();
    expect(JSON.parse(localStorage.getItem(storageKeys.progress)!)).toEqual({
      version: 2,
      lessons: { [slug]: { complete: true, quiz: { 0: true } }, other: { quiz: { 0: false } } },
    });
  });
});

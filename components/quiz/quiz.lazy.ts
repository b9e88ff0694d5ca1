import { recordAnswer } from '@/components/progress/progress';
import { h, progress, verdict } from '@/lib/browser/runtime';
import { lastResult, quizAnswer, quizLesson, quizQuestion } from './quiz.contract';

/** "Check" of each question of a quiz (quiz.tsx): the verdict, why, and the result kept with progress. Loaded when the reader comes near the quiz (quiz.island.ts). */
export function connect(quiz: HTMLElement): void {
  const lesson = quiz.closest(quizLesson.selector);
  const slug = lesson ? (quizLesson.get(lesson) ?? '') : '';
  for (const form of quiz.querySelectorAll<HTMLFormElement>(`form${quizQuestion.selector}`)) {
    const index = quizQuestion.get(form);
    const answer = quizAnswer.get(form);
    // A form the server did not write whole (a stale cached page): leave it as plain HTML.
    if (index === undefined || answer === undefined) continue;
    const status = form.querySelector<HTMLElement>('[role=status]');
    const last = form.querySelector<HTMLElement>(lastResult.selector);
    const say = (...content: Array<Node | string>) => {
      status?.replaceChildren(...(content.length ? [h('p', {}, ...content)] : []));
      // The last result is old news once there is a new verdict (or a new choice).
      if (last) last.hidden = true;
    };

    const previous = progress.getSnapshot().progress.lessons[slug]?.quiz?.[index];
    if (last && previous !== undefined) {
      last.textContent = previous ? 'Last time you answered this right.' : 'Last time your answer was not right. Try again.';
      last.hidden = false;
    }
    // A new choice makes the old verdict stale.
    form.addEventListener('change', () => say());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name="answer"]:checked');
      if (!chosen) return say('Choose an answer first.');
      const right = Number(chosen.value) === answer.index;
      if (right) say(verdict('right', 'Correct.'), ` ${answer.explanation}`);
      else say(verdict('wrong', 'Not quite.'), ` The answer is “${answer.choice}”. ${answer.explanation}`);
      if (slug) progress.update((p) => recordAnswer(p, slug, index, right));
    });
  }
}

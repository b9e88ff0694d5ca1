import { recordAnswer } from '@/components/progress/progress';
import { defineIsland } from '@/lib/browser/define-island';
import { h } from '@/lib/browser/dom';
import { progress } from '@/lib/browser/stores';
import { verdict } from '@/lib/browser/verdict';
import { lastResult, quizAnswer, quizLesson, quizQuestion, quizTag } from './quiz.contract';

/** "Check" of each question of a quiz (quiz.tsx): the verdict, why, and the result kept with progress. */
defineIsland(quizTag, (quiz) => {
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
});

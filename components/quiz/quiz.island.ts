import { recordAnswer } from '@/components/progress/progress';
import { h } from '@/lib/browser/dom';
import { start } from '@/lib/browser/start';
import { progress } from '@/lib/browser/stores';
import { verdict } from '@/lib/browser/verdict';

/** "Check" of each quiz question (components/quiz/quiz.tsx): the verdict, why, and the result kept with progress. */
start(() => {
  const slug = document.querySelector<HTMLElement>('[data-lesson]')?.dataset.lesson ?? '';
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-quiz-question]')) {
    const index = Number(form.dataset.quizQuestion);
    const answer = Number(form.dataset.answer);
    const status = form.querySelector<HTMLElement>('[role=status]');
    const last = form.querySelector<HTMLElement>('[data-quiz-last]');
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
      const right = Number(chosen.value) === answer;
      const explanation = form.dataset.explanation ?? '';
      if (right) say(verdict('right', 'Correct.'), ` ${explanation}`);
      else say(verdict('wrong', 'Not quite.'), ` The answer is “${form.dataset.correctChoice ?? ''}”. ${explanation}`);
      if (slug) progress.update((p) => recordAnswer(p, slug, index, right));
    });
  }
});

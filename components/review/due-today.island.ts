import { defineIsland, h, progress } from '@/lib/browser/runtime';
import { review } from './review-instance';
import { dayFormat, dueToday, nextDue, unscheduledQuizAnswers } from './review-state';

/*
 * The home page's count of review items due today. Reads the schedule from the store; the
 * scheduler is loaded only when quiz answers are waiting to enter review.
 */
defineIsland('ld-due-today', (element) => {
  const line = element.querySelector<HTMLElement>('[data-due-today]');
  if (!line) return;
  const show = () => {
    const { state } = review.getSnapshot();
    const now = new Date();
    const due = dueToday(state, now).length;
    if (!Object.keys(state.cards).length) return void (line.hidden = true);
    const next = nextDue(state, now);
    line.replaceChildren(
      ...(due
        ? [h('strong', {}, `${due} review ${due === 1 ? 'item' : 'items'} due today.`), ' ', h('a', { href: '/review' }, 'Review now')]
        : [`Nothing due for review today${next ? `; next on ${dayFormat(next)}` : ''}. `, h('a', { href: '/review' }, 'Your review')]),
    );
    line.hidden = false;
  };
  review.subscribe(show);
  show();
  if (unscheduledQuizAnswers(progress.getSnapshot().progress, review.getSnapshot().state).length)
    void import('./enter-review').then(({ enterQuizAnswers }) => enterQuizAnswers());
});

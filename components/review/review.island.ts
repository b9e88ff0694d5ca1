import { defineIsland, h, progress, verdict } from '@/lib/browser/runtime';
import { review } from './review-instance';
import { isReviewItems, reviewItemsPath, type DrillItem, type QuizItem, type ReviewItem } from './review-items';
import { dayFormat, dueToday, nextDue, unscheduledQuizAnswers } from './review-state';
import { reviewTag, sessionSelector, sessionSize, startSelector, summarySelector } from './review.contract';
import type { Outcome } from './scheduler';

/*
 * The review session. On load it only reads the schedule (what is due today); "Start review"
 * fetches the items (/review-items.json) and the scheduler, and the drill checker (the CLI
 * model) when the session holds a drill. Each item is asked once; its answer reschedules it
 * (components/review/scheduler.ts: right first time Good, on the second try Hard, else Again).
 */
let items: Promise<ReviewItem[]> | undefined;
const loadItems = () =>
  (items ??= fetch(reviewItemsPath)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((data: unknown) => (isReviewItems(data) ? data : Promise.reject(new Error('unexpected review items')))));
const loadScheduler = () => import('./enter-review');
const loadChecker = () => Promise.all([import('@/components/drill/drill-check'), import('@/components/drill/drill-verdict')]);

const button = (label: string, attributes: Record<string, string> = {}) =>
  h(
    'button',
    { type: 'button', className: 'rounded-md bg-accent px-4 py-2 font-semibold text-page hover:bg-accent-strong', ...attributes },
    label,
  );

defineIsland(reviewTag, (element) => {
  const summary = element.querySelector<HTMLElement>(summarySelector);
  const start = element.querySelector<HTMLButtonElement>(startSelector);
  const session = element.querySelector<HTMLElement>(sessionSelector);
  if (!summary || !start || !session) return;
  let running = false;

  const showSummary = () => {
    if (running) return;
    const { state } = review.getSnapshot();
    const now = new Date();
    const due = dueToday(state, now).length;
    const next = nextDue(state, now);
    if (!Object.keys(state.cards).length)
      summary.textContent =
        'Nothing to review yet. Answer the quiz questions and drills in the lessons, and they come back here on a schedule.';
    else if (due)
      summary.textContent = `${due} ${due === 1 ? 'item is' : 'items are'} due today.${due > sessionSize ? ` A session asks ${sessionSize} of them.` : ''}`;
    else summary.textContent = `Nothing is due today.${next ? ` The next item comes due on ${dayFormat(next)}.` : ''}`;
    start.hidden = due === 0;
  };
  review.subscribe(showSummary);
  showSummary();
  if (unscheduledQuizAnswers(progress.getSnapshot().progress, review.getSnapshot().state).length)
    void loadScheduler().then(({ enterQuizAnswers }) => enterQuizAnswers());

  start.addEventListener('click', () => {
    start.disabled = true;
    void Promise.all([loadItems(), loadScheduler()]).then(
      ([all, scheduler]) => {
        const byId = new Map(all.map((item) => [item.id, item]));
        const due = dueToday(review.getSnapshot().state, new Date())
          .map((id) => byId.get(id))
          .filter((item): item is ReviewItem => item !== undefined)
          .slice(0, sessionSize);
        start.disabled = false;
        if (!due.length) {
          summary.textContent = 'Nothing is due today.';
          return;
        }
        running = true;
        start.hidden = true;
        runSession(due, scheduler.answerReview);
      },
      () => {
        start.disabled = false;
        summary.textContent = 'The review items could not be loaded. Check your connection and try again.';
      },
    );
  });

  const runSession = (due: ReviewItem[], answerReview: (id: string, outcome: Outcome) => void) => {
    let index = 0;
    let firstTime = 0;
    const next = () => {
      if (index >= due.length) return finish();
      const item = due[index]!;
      const heading = h(
        'h2',
        { tabindex: '-1', className: 'text-xl font-bold tracking-tight outline-none' },
        `Item ${index + 1} of ${due.length}`,
      );
      const from = h(
        'p',
        { className: 'text-sm text-muted' },
        'From the lesson ',
        h('a', { href: `/lessons/${item.lesson}` }, item.lessonTitle),
      );
      const done = (outcome: Outcome) => {
        answerReview(item.id, outcome);
        if (outcome.right && outcome.wrongTries === 0 && !outcome.revealed) firstTime++;
        index++;
        const more = button(index < due.length ? 'Next item' : 'Finish', { 'data-review-next': '' });
        more.addEventListener('click', next);
        card.append(h('p', { className: 'mt-4' }, more));
        more.focus();
      };
      const card = h('article', { className: 'rounded-xl border border-line p-4 sm:p-5', 'data-review-item': item.id }, heading, from);
      card.append(item.kind === 'quiz' ? quizForm(item, done) : drillForm(item, done));
      session.replaceChildren(card);
      summary.textContent = `Reviewing: item ${index + 1} of ${due.length}.`;
      heading.focus();
    };
    const finish = () => {
      running = false;
      const heading = h('h2', { tabindex: '-1', className: 'text-xl font-bold tracking-tight outline-none' }, 'Session done');
      session.replaceChildren(
        h(
          'article',
          { className: 'rounded-xl border border-line p-4 sm:p-5', 'data-review-done': '' },
          heading,
          h('p', { className: 'mt-2' }, `${firstTime} of ${due.length} right the first time. Each comes back when it is due again.`),
        ),
      );
      showSummary();
      heading.focus();
    };
    next();
  };
});

function quizForm(item: QuizItem, done: (outcome: Outcome) => void): HTMLFormElement {
  const status = h('div', { role: 'status', className: 'mt-3 text-pretty' });
  const check = button('Check');
  check.type = 'submit';
  const form = h(
    'form',
    { className: 'mt-3' },
    h(
      'fieldset',
      {},
      h('legend', { className: 'font-semibold text-ink text-pretty' }, item.question),
      h(
        'div',
        { className: 'mt-3 space-y-2' },
        ...item.choices.map((choice, i) =>
          h(
            'label',
            {
              className:
                'flex cursor-pointer items-start gap-3 rounded-md border border-line px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft',
            },
            h('input', { type: 'radio', name: 'answer', value: String(i), className: 'mt-1 size-4 shrink-0 accent-accent' }),
            h('span', {}, choice),
          ),
        ),
      ),
    ),
    h('p', { className: 'mt-4' }, check),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (check.disabled) return;
    const chosen = form.querySelector<HTMLInputElement>('input[name=answer]:checked');
    if (!chosen) return void status.replaceChildren(h('p', {}, 'Choose an answer first.'));
    const right = Number(chosen.value) === item.answer;
    check.disabled = true;
    status.replaceChildren(
      right
        ? h('p', {}, verdict('right', 'Correct.'), ` ${item.explanation}`)
        : h('p', {}, verdict('wrong', 'Not quite.'), ` The answer is “${item.choices[item.answer] ?? ''}”. ${item.explanation}`),
    );
    done({ right, wrongTries: right ? 0 : 1, revealed: false });
  });
  return form;
}

function drillForm(item: DrillItem, done: (outcome: Outcome) => void): HTMLElement {
  const field = `review-${item.id.replace(/[^a-z0-9-]/g, '-')}`;
  const input = h('input', {
    id: field,
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    className: 'min-w-0 flex-1 basis-56 rounded-md border border-line bg-page px-3 py-2 font-mono text-sm text-ink',
  });
  const check = button('Check');
  check.type = 'submit';
  const status = h('div', { role: 'status', className: 'mt-3 text-pretty' });
  const reveal = button('Show the answer', { hidden: '' });
  const answer = h(
    'div',
    { hidden: '', className: 'mt-3' },
    h(
      'pre',
      { className: 'rounded-md bg-surface px-3 py-2 font-mono text-sm whitespace-pre-wrap break-words' },
      h('code', {}, item.drill.answer),
    ),
    h('p', { className: 'mt-2 text-muted' }, item.why),
  );
  const form = h(
    'form',
    { className: 'mt-3' },
    h('p', { className: 'font-semibold text-ink text-pretty' }, item.task),
    h('label', { for: field, className: 'mt-3 block text-sm text-muted' }, 'Your command'),
    h('div', { className: 'mt-1 flex flex-wrap gap-2' }, input, check),
    status,
    h('p', { className: 'mt-3' }, reveal),
    answer,
  );
  let wrongTries = 0;
  let finished = false;
  void loadChecker();
  const finish = (outcome: Outcome) => {
    finished = true;
    check.disabled = true;
    input.readOnly = true;
    reveal.hidden = true;
    done(outcome);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (finished) return;
    void loadChecker().then(([{ checkDrill }, { verdictContent }]) => {
      const result = checkDrill(item.drill, input.value);
      if (result.kind === 'wrong') wrongTries++;
      status.replaceChildren(...verdictContent(result, { canReveal: result.kind !== 'right' && wrongTries >= 2 }));
      if (wrongTries >= 2) reveal.hidden = false;
      if (result.kind === 'right') finish({ right: true, wrongTries, revealed: false });
    });
  });
  reveal.addEventListener('click', () => {
    answer.hidden = false;
    finish({ right: false, wrongTries, revealed: true });
  });
  return form;
}

import { isChecked, isComplete, setComplete, summarize } from '@/components/progress/progress';
import { problemMessages } from '@/components/progress/progress-storage';
import { defineIsland, h, progress } from '@/lib/browser/runtime';
import {
  continueLink,
  courseLessons,
  courseProgressTag,
  lessonStatusSlug,
  lessonStatusTag,
  markCompleteSlug,
  markCompleteTag,
  progressBar,
  progressProblem,
  progressSummary,
  resetButton,
  resetCancel,
  resetConfirm,
  statusLook,
  type StatusLook,
} from './progress.contract';

/*
 * Everything that shows the reader's progress: "Mark as complete" at the end of a lesson
 * (ld-mark-complete), the completed marks beside lessons on the home page and in the sidebar
 * (ld-lesson-status), and the home page's summary with Continue and Reset (ld-course-progress).
 * Each element follows the one progress store of lib/browser/stores.ts, which hears other tabs.
 */

/** Draws `element` now and whenever the progress changes, here or in another tab. */
function follow(draw: () => void): void {
  progress.subscribe(draw);
  draw();
}

/** The "not saved" paragraphs inside `element`, kept in step with the store's problem. */
function problemsIn(element: HTMLElement): () => void {
  const paragraphs = element.querySelectorAll<HTMLElement>(progressProblem.selector);
  return () => {
    const { problem } = progress.getSnapshot();
    paragraphs.forEach((paragraph) => {
      paragraph.hidden = !problem;
      paragraph.textContent = problem ? problemMessages[problem] : '';
    });
  };
}

const badge = 'inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-sm font-semibold text-ink';

/**
 * "Completed" and "Checked on my machine" as badges on the home page; in the sidebar a check
 * mark and a short "checked", with the same words for screen readers.
 */
function statusMarks(look: StatusLook | undefined, complete: boolean, checked: boolean): Array<Node | string> {
  if (look === 'badge') {
    return [
      complete && h('span', { className: badge }, h('span', { 'aria-hidden': 'true' }, '✓'), 'Completed'),
      checked && h('span', { className: badge }, h('span', { 'aria-hidden': 'true' }, '✓'), 'Checked on my machine'),
    ].filter((node): node is HTMLElement => node !== false);
  }
  const words = [complete && 'completed', checked && 'checked on my machine'].filter(Boolean).join(', ');
  if (!words) return [];
  return [
    complete ? h('span', { 'aria-hidden': 'true' }, '✓') : '',
    checked ? h('span', { 'aria-hidden': 'true', className: 'ml-1 text-xs' }, 'checked') : '',
    h('span', { className: 'sr-only' }, ` (${words})`),
  ];
}

defineIsland(markCompleteTag, (element) => {
  const slug = markCompleteSlug.get(element) ?? '';
  const button = element.querySelector('button');
  const status = element.querySelector('[role=status]');
  const problems = problemsIn(element);
  button?.addEventListener('click', () => progress.update((p) => setComplete(p, slug, !isComplete(p, slug))));
  follow(() => {
    const complete = isComplete(progress.getSnapshot().progress, slug);
    if (button) {
      button.disabled = false;
      button.setAttribute('aria-pressed', String(complete));
    }
    if (status) status.textContent = complete ? 'Lesson complete.' : '';
    problems();
  });
});

defineIsland(lessonStatusTag, (element) => {
  const slug = lessonStatusSlug.get(element) ?? '';
  const look = statusLook.get(element);
  // What is drawn now: the sidebar has a mark per lesson, and most changes touch one lesson.
  let drawn = '';
  follow(() => {
    const current = progress.getSnapshot().progress;
    const complete = isComplete(current, slug);
    const checked = isChecked(current, slug);
    const state = `${complete}:${checked}`;
    if (state === drawn) return;
    drawn = state;
    element.replaceChildren(...statusMarks(look, complete, checked));
  });
});

defineIsland(courseProgressTag, (element) => {
  const lessons = courseLessons.get(element) ?? [];
  const summary = element.querySelector<HTMLElement>(progressSummary.selector);
  const bar = element.querySelector<HTMLElement>(progressBar.selector);
  const next = element.querySelector<HTMLAnchorElement>(`a${continueLink.selector}`);
  const reset = element.querySelector<HTMLButtonElement>(`button${resetButton.selector}`);
  const status = element.querySelector('section > [role=status]');
  const confirm = element.querySelector('dialog');
  const problems = problemsIn(element);
  reset?.addEventListener('click', () => {
    if (status) status.textContent = '';
    confirm?.showModal();
  });
  element.querySelector(resetCancel.selector)?.addEventListener('click', () => confirm?.close());
  element.querySelector(resetConfirm.selector)?.addEventListener('click', () => {
    progress.reset();
    confirm?.close();
    if (status) status.textContent = 'Progress reset.';
  });

  follow(() => {
    const {
      done,
      total,
      next: nextSlug,
    } = summarize(
      progress.getSnapshot().progress,
      lessons.map((lesson) => lesson.slug),
    );
    if (summary) {
      summary.className = 'mt-1 text-ink';
      summary.replaceChildren(
        h('strong', {}, `${done} of ${total} lessons complete`),
        done === total ? ': you have finished the course.' : '',
      );
    }
    if (bar) bar.style.width = `${total ? (done / total) * 100 : 0}%`;
    const nextLesson = lessons.find((lesson) => lesson.slug === nextSlug);
    if (next) {
      next.hidden = !(done > 0 && nextLesson);
      if (nextLesson) {
        next.href = nextLesson.href;
        next.firstElementChild!.textContent = `Continue: ${nextLesson.title}`;
      }
    }
    if (reset) reset.disabled = false;
    problems();
  });
});

import { isChecked, isComplete, setComplete, summarize } from '@/components/progress/progress';
import { problemMessages } from '@/components/progress/progress-storage';
import { h } from '@/lib/browser/dom';
import { start } from '@/lib/browser/start';
import { progress } from '@/lib/browser/stores';

/*
 * Everything that shows the reader's progress: "Mark as complete" at the end of a lesson,
 * the completed marks beside lessons (home page and sidebar), and the home page's summary
 * with Continue and Reset. All of it follows the one progress store, other tabs included.
 */

type LessonLink = { slug: string; title: string; href: string };

const badge = 'inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-sm font-semibold text-ink';

/**
 * Beside a lesson (components/progress/lesson-status.tsx): "Completed" and "Checked on my
 * machine" as badges on the home page; in the sidebar a check mark and a short "checked",
 * with the same words for screen readers.
 */
function statusMarks(look: string | undefined, complete: boolean, checked: boolean): Array<Node | string> {
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

function enhanceMarkComplete(section: HTMLElement): () => void {
  const slug = section.dataset.markComplete ?? '';
  const button = section.querySelector('button');
  const status = section.querySelector('[role=status]');
  button?.addEventListener('click', () => progress.update((p) => setComplete(p, slug, !isComplete(p, slug))));
  return () => {
    const complete = isComplete(progress.getSnapshot().progress, slug);
    if (button) {
      button.disabled = false;
      button.setAttribute('aria-pressed', String(complete));
    }
    if (status) status.textContent = complete ? 'Lesson complete.' : '';
  };
}

function enhanceCourseProgress(section: HTMLElement): () => void {
  const lessons = JSON.parse(section.dataset.courseProgress ?? '[]') as LessonLink[];
  const summary = section.querySelector<HTMLElement>('[data-progress-summary]');
  const bar = section.querySelector<HTMLElement>('[data-progress-bar]');
  const next = section.querySelector<HTMLAnchorElement>('a[data-progress-continue]');
  const reset = section.querySelector<HTMLButtonElement>('button[data-progress-reset]');
  const status = section.querySelector(':scope > [role=status]');
  const confirm = section.querySelector('dialog');
  reset?.addEventListener('click', () => {
    if (status) status.textContent = '';
    confirm?.showModal();
  });
  section.querySelector('[data-reset-cancel]')?.addEventListener('click', () => confirm?.close());
  section.querySelector('[data-reset-confirm]')?.addEventListener('click', () => {
    progress.reset();
    confirm?.close();
    if (status) status.textContent = 'Progress reset.';
  });

  return () => {
    const { done, total, next: nextSlug } = summarize(
      progress.getSnapshot().progress,
      lessons.map((lesson) => lesson.slug),
    );
    if (summary) {
      summary.className = 'mt-1 text-ink';
      summary.replaceChildren(h('strong', {}, `${done} of ${total} lessons complete`), done === total ? ': you have finished the course.' : '');
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
  };
}

start(() => {
  const renders = [
    ...[...document.querySelectorAll<HTMLElement>('[data-mark-complete]')].map(enhanceMarkComplete),
    ...[...document.querySelectorAll<HTMLElement>('[data-course-progress]')].map(enhanceCourseProgress),
  ];
  const marks = document.querySelectorAll<HTMLElement>('[data-lesson-status]');
  const problems = document.querySelectorAll<HTMLElement>('[data-progress-problem]');
  const render = () => {
    const { progress: current, problem } = progress.getSnapshot();
    renders.forEach((update) => update());
    marks.forEach((mark) => {
      const slug = mark.dataset.lessonStatus ?? '';
      const state = `${isComplete(current, slug)}:${isChecked(current, slug)}`;
      if (mark.dataset.state === state) return;
      mark.dataset.state = state;
      mark.replaceChildren(...statusMarks(mark.dataset.look, isComplete(current, slug), isChecked(current, slug)));
    });
    problems.forEach((paragraph) => {
      paragraph.hidden = !problem;
      paragraph.textContent = problem ? problemMessages[problem] : '';
    });
  };
  progress.subscribe(render);
  render();
});

import { attribute, flag, json, oneOf } from '@/lib/shared/contract';

/*
 * What the progress components (course-progress.tsx, lesson-status.tsx, mark-complete.tsx)
 * render and progress.island.ts reads: three tags, one island, one store.
 */

/** "Mark as complete" at the end of a lesson. */
export const markCompleteTag = 'ld-mark-complete';
/** "Completed" / "Checked on my machine" beside a lesson, on the home page and in the sidebar. */
export const lessonStatusTag = 'ld-lesson-status';
/** The home page's summary, Continue and Reset. */
export const courseProgressTag = 'ld-course-progress';

/** On ld-mark-complete: the lesson it marks. */
export const markCompleteSlug = attribute('data-mark-complete');

/**
 * On ld-lesson-status: the lesson it shows. Named after its tag, like markCompleteSlug; other
 * features' tests find a lesson's status by it (components/check-work).
 */
export const lessonStatusSlug = attribute('data-lesson-status');
export const statusLooks = ['badge', 'mark'] as const;
export type StatusLook = (typeof statusLooks)[number];
/** On ld-lesson-status: badges (home page) or a check mark (sidebar). */
export const statusLook = attribute('data-look', oneOf(statusLooks));

export type LessonLink = { slug: string; title: string; href: string };

function isLessonLinks(value: unknown): value is LessonLink[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => {
      if (typeof item !== 'object' || item === null) return false;
      const { slug, title, href } = item as Record<string, unknown>;
      return typeof slug === 'string' && typeof title === 'string' && typeof href === 'string';
    })
  );
}

/** On ld-course-progress: the course's lessons in order, for the count and Continue. */
export const courseLessons = attribute('data-lessons', json(isLessonLinks));

// The parts of ld-course-progress the island fills in or listens to.
export const progressSummary = attribute('data-progress-summary', flag);
export const progressBar = attribute('data-progress-bar', flag);
export const continueLink = attribute('data-progress-continue', flag);
export const resetButton = attribute('data-progress-reset', flag);
export const resetCancel = attribute('data-reset-cancel', flag);
export const resetConfirm = attribute('data-reset-confirm', flag);

/** In ld-mark-complete and ld-course-progress: why progress is not being saved, when it is not. */
export const progressProblem = attribute('data-progress-problem', flag);

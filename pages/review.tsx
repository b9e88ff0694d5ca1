import type { PageConfig } from 'next';
import { PageHead } from '@/components/layout/page-head';
import { ProgressFile } from '@/components/progress-file/progress-file';
import { Review } from '@/components/review/review';

/** No Next or React script in the browser: the page is HTML, CSS and its islands. */
export const config: PageConfig = { unstable_runtimeJS: false };

export default function ReviewPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 outline-none sm:px-6 sm:py-16">
      <PageHead
        path="/review"
        title="Review"
        description="The course’s quiz questions and drills, back on a schedule so that they stick."
      />
      <h1 className="text-4xl font-bold tracking-tight text-balance">Review</h1>
      <p className="mt-4 text-muted text-pretty">
        The quiz questions and drills you answered in the lessons come back here, spaced out: an item you know comes back after longer and
        longer gaps, one you missed comes back tomorrow. A session is about ten items, a few minutes. The schedule is kept in this browser
        only.
      </p>
      <Review />
      <ProgressFile />
    </main>
  );
}

// The file, not the folder: Node's ESM loader (scripts/run-ts.mjs) does not resolve folder imports.
import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DrillProps } from '@/components/drill/drill-schema';
import { mdxComponents } from '@/components/mdx/mdx-components';
import type { QuizProps } from '@/components/quiz/quiz-schema';
import { drillItemId, quizItemId } from '@/components/review/review-state';
import type { ReviewItem } from '@/components/review/review-items';
import { ContentError } from './content-error';
import type { Lesson } from './lessons';

/**
 * Every quiz question and drill of the lessons, for the review page (/review-items.json). Read
 * from the compiled lessons themselves: each is rendered once more with Quiz and Drill
 * replaced by collectors of their (already validated) props, so the review asks exactly what
 * the lesson asks, with the same numbering as the quiz's results in progress.
 */
export function collectReviewItems(lessons: ReadonlyArray<Pick<Lesson, 'slug' | 'title' | 'code' | 'file'>>): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const lesson of lessons) {
    const common = { lesson: lesson.slug, lessonTitle: lesson.title };
    let quizzes = 0;
    const Quiz = ({ questions }: QuizProps) => {
      // The quiz island numbers questions from 0 in each <Quiz>; a lesson has one.
      if (quizzes++ > 0) throw new ContentError(lesson.file, 'a lesson has at most one <Quiz> (its results are kept by question number)');
      questions.forEach((q, index) => items.push({ ...common, kind: 'quiz', id: quizItemId(lesson.slug, index), ...q }));
      return null;
    };
    const Drill = ({ id, task, why, answer, optional, taken, also }: DrillProps) => {
      const itemId = drillItemId(lesson.slug, id);
      if (items.some((item) => item.id === itemId)) throw new ContentError(lesson.file, `two drills have the id "${id}"`);
      items.push({ ...common, kind: 'drill', id: itemId, task, why, drill: { id, answer, optional, taken, also } });
      return null;
    };
    const Content = getMDXComponent(lesson.code);
    renderToStaticMarkup(createElement(Content, { components: { ...mdxComponents, Quiz, Drill } }));
  }
  return items;
}

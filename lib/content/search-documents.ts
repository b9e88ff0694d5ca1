import { lessonPath } from '../server/site';
import type { SearchSection } from './rehype-headings';

/** What /search-index.json holds for one section; the browser builds the index from these. */
export type SearchDocument = {
  /** Where the result leads: the lesson, at the section's heading. Unique, so also the id. */
  url: string;
  lesson: string;
  heading: string;
  text: string;
};

type LessonSections = { slug: string; title: string; sections: SearchSection[] };

export function buildSearchDocuments(lessons: LessonSections[]): SearchDocument[] {
  return lessons.flatMap((lesson) =>
    lesson.sections.map((section) => ({
      url: section.id ? `${lessonPath(lesson.slug)}#${section.id}` : lessonPath(lesson.slug),
      lesson: lesson.title,
      heading: section.heading,
      text: section.text,
    })),
  );
}

import type { MetadataRoute } from 'next';
import { getLessons } from '@/lib/lessons';
import { lessonPath, site } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const lessons = await getLessons();
  return [
    { url: `${site.url}/`, changeFrequency: 'monthly', priority: 1 },
    ...lessons.map((lesson) => ({ url: `${site.url}${lessonPath(lesson.slug)}`, changeFrequency: 'monthly' as const, priority: 0.8 })),
  ];
}

import { getLessons } from '@/lib/lessons';
import { buildSearchDocuments } from '@/lib/search/search-documents';

// Written once at build time (a file in out/ for the static export); the browser fetches it
// only when the reader opens search.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(buildSearchDocuments(await getLessons()));
}

import { notFoundHelp } from '@/lib/compare/not-found-help';
import { suggestOccupations } from '@/lib/compare/suggest-occupations';
import { getIndexEntry } from '@/lib/occupations';

/** "Did you mean" for a path that missed: GET /api/not-found-help?path=/compare/a-vs-b */
export function GET(request: Request): Response {
  const path = new URL(request.url).searchParams.get('path') ?? '';
  const help = notFoundHelp(path.slice(0, 2000), { bySlug: getIndexEntry, suggest: suggestOccupations });
  return Response.json(help, { headers: { 'cache-control': 'public, max-age=300' } });
}

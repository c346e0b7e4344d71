import { MAX_PICK_LENGTH } from '@/lib/compare/pick-pair';
import { searchOccupations } from '@/lib/occupations';

const LIMIT = 8;

/** Type-ahead for the compare form: GET /api/occupations?q=nurs → { results: [{ slug, title }] }. */
export function GET(request: Request): Response {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  if (q.length > MAX_PICK_LENGTH) return Response.json({ error: `q is longer than ${MAX_PICK_LENGTH} characters` }, { status: 400 });
  const results = searchOccupations(q, LIMIT).map((o) => ({ slug: o.slug, title: o.title }));
  return Response.json({ results }, { headers: { 'cache-control': 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400' } });
}

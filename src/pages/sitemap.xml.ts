// /sitemap.xml: the bank's pages — home, search, browsing pages and every question — but not the
// old addresses of moved questions (they only redirect) nor the 404 page.
import type { APIRoute } from 'astro';
import { competencies, getQuestions, levelCounts } from '../content.ts';
import { sitemapXml } from '../lib/bank/sitemap.ts';
import { absoluteUrl, COMPETENCIES_PATH, competencyPath, HOME_PATH, LEVELS_PATH, levelPath, questionPath, SEARCH_PATH } from '../lib/shared/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = [
    HOME_PATH,
    SEARCH_PATH,
    COMPETENCIES_PATH,
    ...competencies.map((competency) => competencyPath(competency.id)),
    LEVELS_PATH,
    ...(await levelCounts({ withQuestions: true })).map(({ item }) => levelPath(item.id)),
    ...(await getQuestions()).map((question) => questionPath(question.data.slug)),
  ];
  const xml = sitemapXml(paths.map((path) => absoluteUrl(path, site!)));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

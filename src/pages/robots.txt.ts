// /robots.txt: crawl everything, and where the sitemap is. Crawlers read it only at the root of an
// origin, so a bank published under a path has it there only if the origin's owner copies it.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/bank/sitemap.ts';
import { absoluteUrl, SITEMAP_PATH } from '../lib/shared/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(SITEMAP_PATH, site!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

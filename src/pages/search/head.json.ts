import type { APIRoute } from 'astro';
import { loadSite } from '@/data/index.ts';
import { searchFiles } from '@/lib/search/files.ts';

/** The search index's head, fetched when the search box first gets focus (see src/lib/search/files.ts). */
export const GET: APIRoute = async () => Response.json(searchFiles(await loadSite()).head);

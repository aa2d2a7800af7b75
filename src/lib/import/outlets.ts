/**
 * The outlets Bayan knows by name, so that "رووداو ديجيتال", "بغداد - IQ" and
 * "(كوردستان 24)" resolve to one outlet with a Latin slug for file names.
 * An outlet not listed here is still accepted by name (`--outlet`).
 */
import slugify from '@sindresorhus/slugify';
import { normalizeArabic } from '../arabic/normalize.ts';

/** A news outlet: display name, English name, Latin slug, the spellings that name it and its web hosts. */
export interface Outlet {
  slug: string;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  hosts?: readonly string[];
}

/** Known outlets. Aliases are matched after normalization, so spelling variants need not repeat. */
export const OUTLETS: readonly Outlet[] = [
  {
    slug: 'kurdistan24',
    name: 'كوردستان 24',
    nameEn: 'Kurdistan 24',
    aliases: ['كوردستان 24', 'كردستان 24', 'Kurdistan 24', 'K24'],
    hosts: ['kurdistan24.net'],
  },
  { slug: 'iq-news', name: 'IQ News', nameEn: 'IQ News', aliases: ['IQ', 'IQ News', 'IQ NWES', 'آي كيو نيوز'] },
  { slug: 'rudaw', name: 'رووداو', nameEn: 'Rudaw', aliases: ['رووداو', 'رووداو ديجيتال', 'رووداو عربية', 'Rudaw'], hosts: ['rudaw.net'] },
  {
    slug: 'al-ain',
    name: 'العين الإخبارية',
    nameEn: 'Al-Ain News',
    aliases: ['العين الإخبارية', 'العين', 'Al-Ain', 'Al Ain News', 'Al-Ain News'],
    hosts: ['al-ain.com'],
  },
  {
    slug: 'ina',
    name: 'وكالة الأنباء العراقية',
    nameEn: 'Iraqi News Agency',
    aliases: ['واع', 'وكالة الأنباء العراقية', 'INA'],
    hosts: ['ina.iq'],
  },
  { slug: 'reuters', name: 'رويترز', nameEn: 'Reuters', aliases: ['رويترز', 'Reuters'], hosts: ['reuters.com'] },
  { slug: 'shafaq', name: 'شفق نيوز', nameEn: 'Shafaq News', aliases: ['شفق نيوز', 'Shafaq News'], hosts: ['shafaq.com'] },
  {
    slug: 'alsumaria',
    name: 'السومرية نيوز',
    nameEn: 'Alsumaria News',
    aliases: ['السومرية نيوز', 'السومرية', 'Alsumaria'],
    hosts: ['alsumaria.tv'],
  },
  {
    slug: 'aljazeera',
    name: 'الجزيرة نت',
    nameEn: 'Al Jazeera',
    aliases: ['الجزيرة نت', 'الجزيرة', 'Al Jazeera'],
    hosts: ['aljazeera.net'],
  },
  { slug: 'alarabiya', name: 'العربية', nameEn: 'Al Arabiya', aliases: ['العربية نت', 'Al Arabiya'], hosts: ['alarabiya.net'] },
  {
    slug: 'skynewsarabia',
    name: 'سكاي نيوز عربية',
    nameEn: 'Sky News Arabia',
    aliases: ['سكاي نيوز عربية', 'Sky News Arabia'],
    hosts: ['skynewsarabia.com'],
  },
  {
    slug: 'baghdad-today',
    name: 'بغداد اليوم',
    nameEn: 'Baghdad Today',
    aliases: ['بغداد اليوم', 'Baghdad Today'],
    hosts: ['baghdadtoday.news'],
  },
  { slug: 'unknown', name: 'مصدر غير معروف', nameEn: 'Unknown outlet', aliases: ['unknown', 'غير معروف', 'مصدر غير معروف'] },
];

/** Every known outlet by its slug and its folded aliases, built once: outlets are looked up for many words. */
const BY_NAME = new Map<string, Outlet>();
for (const o of OUTLETS) for (const key of [o.slug, ...o.aliases.map(normalizeArabic)]) if (!BY_NAME.has(key)) BY_NAME.set(key, o);

/** The known outlet that `name` (any alias, any spelling, or the slug) refers to. */
export function findOutlet(name: string): Outlet | undefined {
  return BY_NAME.get(normalizeArabic(name));
}

/**
 * Resolve an outlet name given on the command line or found in the text: a
 * known outlet by any alias, otherwise a new one named as written, with a
 * transliterated slug.
 */
export function resolveOutlet(name: string): Outlet {
  const known = findOutlet(name);
  if (known) return known;
  const trimmed = name.trim();
  return { slug: slugify(trimmed) || 'outlet', name: trimmed, nameEn: trimmed, aliases: [trimmed] };
}

/**
 * The outlet a web address belongs to: a known outlet by its host (www. and subdomains such as
 * m. or arabic. aside), else one named by the host itself ("jazanvoice.com").
 */
export function outletFromUrl(url: string): Outlet | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return undefined;
  }
  if (host === '') return undefined;
  const known = OUTLETS.find((o) => o.hosts?.some((h) => host === h || host.endsWith(`.${h}`)));
  return known ?? resolveOutlet(host);
}

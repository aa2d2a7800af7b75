/**
 * The site's name and what it is about, written once for the pages, the feed
 * and the exports.
 */

/** The site's name, in Arabic and in Latin letters. */
export const SITE_NAME = 'بيان';
export const SITE_NAME_EN = 'Bayan';

/** What the site records, in one line. */
export const TAGLINE = 'من قال ماذا ومتى عن انسحاب التحالف الدولي من العراق';

/** The home page's title, and the description of any page that gives none. */
export const HOME_TITLE = `${SITE_NAME}: ${TAGLINE}`;
export const DESCRIPTION = `${HOME_TITLE}، من الأخبار العربية، مع رابط إلى الفقرة المصدر.`;

/** The RSS feed's title. */
export const FEED_TITLE = `${SITE_NAME}: أحدث التصريحات`;

/** A page's `<title>`: its own words, then the site's name. */
export const pageTitle = (words: string): string => `${words} | ${SITE_NAME}`;

/**
 * Where the content is: content/, or the folder BAYAN_CONTENT_DIR names (the
 * build tests build temporary copies of content/ through it).
 */
export const contentDir = process.env['BAYAN_CONTENT_DIR'] ?? 'content';

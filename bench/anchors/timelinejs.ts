/**
 * TimelineJS3, the timeline newsrooms embed, as an anchor: what its
 * script and stylesheet weigh as served, from its npm package (the files a
 * page that shows a timeline loads before the timeline's data, the site's
 * `/timelinejs.json`, which the bench weighs with the site). Its Arabic
 * strings (`js/locale/ar.json`) are weighed apart: a page in Arabic loads
 * them too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { weigh, type Weight } from '../weigh.ts';

/** TimelineJS3's weight, by file. */
export interface TimelineJsWeight {
  version: string;
  js: Weight;
  css: Weight;
  arabicLocale: Weight;
}

/** Weigh TimelineJS3's script, stylesheet and Arabic strings from node_modules. */
export function timelineJsWeight(): TimelineJsWeight {
  const manifest = createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json');
  const dist = join(dirname(manifest), 'dist');
  const file = (path: string) => weigh(readFileSync(join(dist, path)));
  return {
    version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version,
    js: file('js/timeline.js'),
    css: file('css/timeline.css'),
    arabicLocale: file('js/locale/ar.json'),
  };
}

/**
 * The search box's behaviour, loaded on first use (see Search.astro): fetch
 * the index's head and run one unseen search to warm the code up, then
 * search as the reader types: each change begins its search at once
 * (ahead.ts), and the results are drawn when typing pauses (the cards before
 * their words when the words are slow to come). Show a page of hits and
 * more on request, keep the search in the address bar, and move through the
 * results with the keyboard (keys.ts).
 */
import { PAGE_SIZE, SearchEngine } from '@/lib/search/engine.ts';
import { paths } from '@/lib/paths.ts';
import { fetchLoader } from '@/lib/search/load.ts';
import { isActive, readState, writeState, type SearchState } from '@/lib/search/state.ts';
import { SearchAhead } from './ahead.ts';
import { handleKeys } from './keys.ts';
import { fillWords, renderResults, statusText } from './render.ts';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 80;
/** How long the cards wait for their words before they are drawn without them. */
const CARDS_AFTER_MS = 50;
/** How long typing must pause before the live region speaks the count. */
const ANNOUNCE_MS = 400;

/** Wire up one `bayan-search` element. */
export async function mount(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !list || !status || !more) return;

  // Restore a search from the address first, so a reload shows the same thing.
  const fromUrl = readState(new URLSearchParams(location.search));
  for (const [key, value] of writeState(fromUrl)) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    // A speaker the list does not hold (a mistyped or old address) is not searched for: say so, rather than drop it unseen.
    if (key === 'speaker' && field instanceof HTMLSelectElement && field.value !== value) unknownSpeaker(root, field, value);
  }
  if (fromUrl.speaker || fromUrl.side || fromUrl.from || fromUrl.to) form.querySelector('details')?.setAttribute('open', '');

  root.setAttribute('aria-busy', 'true');
  const loading = performance.now();
  const engine = new SearchEngine(fetchLoader(root.dataset['index'] ?? paths.search));
  // The form still submits to /search/, which lists speakers and months.
  const failed = (): void => {
    status.textContent = 'تعذّر تحميل البحث. اضغط «بحث» لتصفّح التصريحات حسب المتحدث والتاريخ.';
  };
  try {
    await engine.ready();
  } catch {
    failed();
    return;
  } finally {
    root.removeAttribute('aria-busy');
  }
  // The search and drawing code run once before the reader's first query, into a list never shown;
  // a failure here is the real search's to report.
  await engine
    .warmUp()
    .then((hits) => renderResults(document.createElement('ol'), hits))
    .catch(() => undefined);
  // Fetching and reading the head, and the warm-up: read by the benchmarks.
  performance.measure('bayan-search-load', { start: loading });
  root.dataset['ready'] = ''; // for tests and styles: the search answers from here on

  const state = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
    return readState(params);
  };
  // The count is announced once typing pauses, not after every word.
  let announcing: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string): void => {
    clearTimeout(announcing);
    announcing = setTimeout(() => (status.textContent = text), ANNOUNCE_MS);
  };
  let shown: string | undefined;
  // Hits shown: a page at first (each hit may need its own text bucket), a page more per «more».
  const pageSize = Number(root.dataset['pageSize']) || PAGE_SIZE;
  let limit = pageSize;
  // Searches answer out of order when one waits for a shard and the next does not: only the latest draws.
  let latest = 0;
  // Each search begins as the query is typed (ahead.ts) and is drawn after the pause.
  const ahead = new SearchAhead(engine);
  const run = async (grow = false): Promise<boolean> => {
    const current = state();
    const params = writeState(current).toString();
    // The same search again (a submit after typing) keeps the results, and the focus on them.
    if (params === shown && !grow) return false;
    if (!grow) limit = pageSize;
    shown = params;
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    const asked = ++latest;
    if (!isActive(current)) {
      // Cleared: the same query typed again searches again (its files stay loaded).
      ahead.forget();
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      announce('');
      return false;
    }
    // From the pause to the results drawn (the search itself may have begun as the query was typed).
    const started = performance.now();
    try {
      const search = ahead.begin(current, params, limit);
      const { words } = search;
      const found = await search.found;
      if (asked !== latest) return false;
      // Drawn once when the words come soon (two drawings cost a layout each); else the cards first, the words after.
      const soon = await Promise.race([words, new Promise<undefined>((resolve) => setTimeout(resolve, CARDS_AFTER_MS))]);
      if (asked !== latest) return false;
      renderResults(list, (soon ?? found).hits);
      list.hidden = found.hits.length === 0;
      more.hidden = found.hits.length >= found.total;
      announce(statusText(found));
      if (!soon) {
        const full = await words;
        if (asked !== latest) return false;
        fillWords(list, full.hits);
      }
      // The search's own work, from its start as typed to its answer, fetches included: read by the benchmarks.
      performance.measure('bayan-search-work', { start: search.at, end: search.ready ?? performance.now() });
    } catch {
      if (asked === latest) failed();
      // A later submit of the same search tries again, files and all.
      shown = undefined;
      ahead.forget();
      return false;
    }
    // The pause to results drawn, words included: read by the browser tests and benchmarks.
    performance.measure('bayan-search', { start: started });
    return true;
  };
  // «More» draws the next page and moves the focus to its first result, where the reader was heading.
  more.addEventListener('click', () => {
    const from = list.querySelectorAll('a').length;
    limit += pageSize;
    void run(true).then((drawn) => drawn && list.querySelectorAll('a')[from]?.focus());
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', () => {
    soon();
    const current = state();
    if (isActive(current)) ahead.begin(current, writeState(current).toString(), pageSize);
  });
  // The facets apply when changed; the text box has its own, debounced, listener.
  form.addEventListener('change', (event) => event.target !== input && void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });

  handleKeys(root, form, input, list, () => void run());

  void run();
}

/** Tell the reader that the address names a speaker Bayan does not know, and that every speaker is searched instead. */
function unknownSpeaker(root: HTMLElement, list: HTMLSelectElement, id: string): void {
  const notice = root.querySelector<HTMLElement>('[data-search-notice]');
  if (!notice) return;
  const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
  notice.replaceChildren(
    'لا يعرف بيان متحدثاً بالمعرّف «',
    Object.assign(document.createElement('bdi'), { textContent: shown }),
    '»؛ البحث يشمل كل المتحدثين.',
  );
  notice.hidden = false;
  list.addEventListener('change', () => (notice.hidden = true), { once: true });
}

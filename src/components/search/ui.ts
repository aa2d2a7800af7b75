/**
 * The search box's behaviour, loaded on first use (see Search.astro): fetch
 * the index's head and run one unseen search to warm the code up, then
 * search as the reader types: each change begins its search at once
 * (ahead.ts), and the results are drawn when typing pauses (the cards before
 * their words when the words are slow to come). Show a page of hits and
 * more on request, keep the search in the address bar, and move through the
 * results with the keyboard (keys.ts).
 */
import { paths } from '@/lib/paths.ts';
import { PAGE_SIZE, SearchEngine } from '@/lib/search/engine.ts';
import { fetchLoader } from '@/lib/search/load.ts';
import { isActive, readState, writeState, type SearchState } from '@/lib/search/state.ts';
import { SearchAhead } from './ahead.ts';
import { handleKeys } from './keys.ts';
import { renderResults, RESULT_LINK, statusText } from './render.ts';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 80;
/** How long the cards wait for their words before they are drawn without them. */
const CARDS_AFTER_MS = 50;
/** How long typing must pause before the live region speaks the count. */
const ANNOUNCE_MS = 400;

/** The parts of a `bayan-search` element the search works with. */
interface Parts {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
}

/** Wire up one `bayan-search` element. */
export async function mount(root: HTMLElement): Promise<void> {
  const parts = findParts(root);
  if (parts) await new SearchBox(parts).start();
}

/** The element's parts, or nothing when its markup lacks one (then the plain form keeps working). */
function findParts(root: HTMLElement): Parts | undefined {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  return form && input && list && status && more ? { root, form, input, list, status, more } : undefined;
}

/** One search box: its form, its results, and the searches it has under way. */
class SearchBox {
  readonly #parts: Parts;
  readonly #engine: SearchEngine;
  /** Each search begins as the query is typed and is drawn after the pause. */
  readonly #ahead: SearchAhead;
  /** Hits per page: a page at first (each hit may need its own text file), a page more per «more». */
  readonly #pageSize: number;
  #limit: number;
  /** The address of the search drawn, so that the same search again keeps its results and focus. */
  #shown: string | undefined;
  /** Searches answer out of order when one waits for a shard and the next does not: only the latest draws. */
  #latest = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;
  #announcing: ReturnType<typeof setTimeout> | undefined;

  constructor(parts: Parts) {
    this.#parts = parts;
    this.#engine = new SearchEngine(fetchLoader(parts.root.dataset['index'] ?? paths.search));
    this.#ahead = new SearchAhead(this.#engine);
    this.#pageSize = Number(parts.root.dataset['pageSize']) || PAGE_SIZE;
    this.#limit = this.#pageSize;
  }

  /** Restore the address's search, load the index, then answer the reader. */
  async start(): Promise<void> {
    this.#restoreFromAddress();
    if (!(await this.#load())) return;
    this.#listen();
    void this.#search();
  }

  /** Fill the form from the address first, so a reload shows the same search. */
  #restoreFromAddress(): void {
    const { root, form } = this.#parts;
    const fromUrl = readState(new URLSearchParams(location.search));
    for (const [key, value] of writeState(fromUrl)) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
      // A speaker the list does not hold (a mistyped or old address) is not searched for: say so, rather than drop it unseen.
      if (key === 'speaker' && field instanceof HTMLSelectElement && field.value !== value) unknownSpeaker(root, field, value);
    }
    if (fromUrl.speaker || fromUrl.side || fromUrl.from || fromUrl.to) form.querySelector('details')?.setAttribute('open', '');
  }

  /** Fetch the head and warm the code up with one unseen search; false when the index cannot be had. */
  async #load(): Promise<boolean> {
    const { root } = this.#parts;
    root.setAttribute('aria-busy', 'true');
    const loading = performance.now();
    try {
      await this.#engine.ready();
    } catch {
      this.#failed();
      return false;
    } finally {
      root.removeAttribute('aria-busy');
    }
    // Drawn into a list never shown; a failure here is the real search's to report.
    await this.#engine
      .warmUp()
      .then((hits) => renderResults(document.createElement('ol'), hits))
      .catch(() => undefined);
    // Fetching and reading the head, and the warm-up: read by the benchmarks.
    performance.measure('bayan-search-load', { start: loading });
    root.dataset['ready'] = ''; // for tests and styles: the search answers from here on
    return true;
  }

  /** Typing searches after a pause (beginning at once), the facets when changed, «more» for the next page, the keys. */
  #listen(): void {
    const { root, form, input, list, more } = this.#parts;
    input.addEventListener('input', () => {
      this.#searchAfterPause();
      const current = this.#state();
      if (isActive(current)) this.#ahead.begin(current, writeState(current).toString(), this.#pageSize);
    });
    form.addEventListener('change', (event) => event.target !== input && void this.#search());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      void this.#search();
    });
    more.addEventListener('click', () => this.#showMore());
    handleKeys(root, form, input, list, () => void this.#search());
  }

  /** What the form asks for now. */
  #state(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#parts.form)) if (typeof value === 'string') params.set(key, value);
    return readState(params);
  }

  /** Search once typing has paused. */
  #searchAfterPause(): void {
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => void this.#search(), DEBOUNCE_MS);
  }

  /** «More» draws the next page and moves the focus to its first result, where the reader was heading. */
  #showMore(): void {
    const { list } = this.#parts;
    const from = list.querySelectorAll(RESULT_LINK).length;
    this.#limit += this.#pageSize;
    void this.#search(true).then((drawn) => drawn && list.querySelectorAll<HTMLElement>(RESULT_LINK)[from]?.focus());
  }

  /** Search for what the form holds (`grow`: the same search, a page longer) and draw it; true when it was drawn. */
  async #search(grow = false): Promise<boolean> {
    const current = this.#state();
    const params = writeState(current).toString();
    // The same search again (a submit after typing) keeps the results, and the focus on them.
    if (params === this.#shown && !grow) return false;
    if (!grow) this.#limit = this.#pageSize;
    this.#shown = params;
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    const asked = ++this.#latest;
    if (!isActive(current)) {
      this.#clear();
      return false;
    }
    // From the pause to the results drawn (the search itself may have begun as the query was typed).
    const started = performance.now();
    try {
      if (!(await this.#draw(current, params, asked))) return false;
    } catch {
      if (asked === this.#latest) this.#failed();
      // A later submit of the same search tries again, files and all.
      this.#shown = undefined;
      this.#ahead.forget();
      return false;
    }
    // The pause to results drawn, words included: read by the browser tests and benchmarks.
    performance.measure('bayan-search', { start: started });
    return true;
  }

  /** Draw search `asked`: the cards, and again with their words when they come; false when a later search overtook it. */
  async #draw(current: SearchState, params: string, asked: number): Promise<boolean> {
    const { list, more } = this.#parts;
    const search = this.#ahead.begin(current, params, this.#limit);
    const { words } = search;
    const found = await search.found;
    if (asked !== this.#latest) return false;
    // Drawn once when the words come soon (two drawings cost a layout each); else the cards first, the words after.
    const wordsInTime = await Promise.race([words, new Promise<undefined>((resolve) => setTimeout(resolve, CARDS_AFTER_MS))]);
    if (asked !== this.#latest) return false;
    renderResults(list, (wordsInTime ?? found).hits);
    list.hidden = found.hits.length === 0;
    more.hidden = found.hits.length >= found.total;
    this.#announce(statusText(found));
    if (!wordsInTime) {
      const full = await words;
      if (asked !== this.#latest) return false;
      renderResults(list, full.hits);
    }
    // The search's own work, from its start as typed to its answer, fetches included: read by the benchmarks.
    performance.measure('bayan-search-work', { start: search.at, end: search.ready ?? performance.now() });
    return true;
  }

  /** A cleared search: no results; the same query typed again searches again (its files stay loaded). */
  #clear(): void {
    const { list, more } = this.#parts;
    this.#ahead.forget();
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    this.#announce('');
  }

  /** Speak the count once typing pauses, not after every word. */
  #announce(text: string): void {
    clearTimeout(this.#announcing);
    this.#announcing = setTimeout(() => (this.#parts.status.textContent = text), ANNOUNCE_MS);
  }

  /** The index could not be had: the form still submits to /search/, which lists speakers and months. */
  #failed(): void {
    this.#parts.status.textContent = 'تعذّر تحميل البحث. اضغط «بحث» لتصفّح التصريحات حسب المتحدث والتاريخ.';
  }
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

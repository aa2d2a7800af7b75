/**
 * A search as the address bar keeps it, `/?q=…&speaker=…&side=…&from=…&to=…`,
 * so that it can be shared and survives a reload. The no-JavaScript form
 * submits the same names.
 */
import { isSide, type Side } from '../sides.ts';

/** The address's parameters, which are also the search form's field names (Search.astro). */
export const SEARCH_KEYS = ['q', 'speaker', 'side', 'from', 'to'] as const satisfies readonly (keyof SearchState)[];

/** What the reader asked: the words and the facets. */
export interface SearchState {
  q: string;
  /** A speaker id. */
  speaker?: string;
  side?: Side;
  /** ISO days, inclusive. */
  from?: string;
  to?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Read a search from URL parameters; values that cannot be facets are dropped. */
export function readState(params: URLSearchParams): SearchState {
  const side = params.get('side') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const speaker = params.get('speaker') ?? '';
  return {
    q: params.get('q') ?? '',
    ...(speaker ? { speaker } : {}),
    ...(isSide(side) ? { side } : {}),
    ...(ISO_DAY.test(from) ? { from } : {}),
    ...(ISO_DAY.test(to) ? { to } : {}),
  };
}

/** URL parameters for a search, empty values left out, so a cleared search leaves a clean address. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = state[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** True when a search asks for anything at all. */
export function isActive(state: SearchState): boolean {
  return writeState(state).size > 0;
}

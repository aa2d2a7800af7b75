/**
 * The search box from the keyboard: the arrows move from the box through
 * the results (each one's link to its statement) and back, Escape clears
 * the words, then the facets.
 */
import { RESULT_LINK } from './render.ts';

/** Handle the keys inside `root`; `run` searches again after Escape changed the form. */
export function handleKeys(root: HTMLElement, form: HTMLFormElement, input: HTMLInputElement, list: HTMLElement, run: () => void): void {
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>(RESULT_LINK)];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      // First the words; a second Escape clears the facets too.
      if (input.value) input.value = '';
      else form.reset();
      run();
      input.focus();
    } else if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1])?.focus();
    } else {
      return;
    }
    event.preventDefault();
  });
}

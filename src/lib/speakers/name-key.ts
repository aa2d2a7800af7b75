/**
 * The fold every name comparison goes through: the one Arabic normalizer, then the spelling
 * variants of names. Its own module, so that the registry and the offices it imports share it.
 */
import { normalizeArabic } from '../arabic/normalize.ts';

/** Names and phrases already folded: the extractor folds the same few thousand again and again. Bounded. */
const NAME_KEYS = new Map<string, string>();
const MAX_NAME_KEYS = 20_000;

/** Fold a name for matching: the shared normalizer plus spelling variants of names. */
export function nameKey(text: string): string {
  const known = NAME_KEYS.get(text);
  if (known !== undefined) return known;
  const key = normalizeArabic(text)
    .replace(/[«»"“”'()]/gu, ' ')
    .replace(/اميرك/gu, 'امريك')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text.length <= 120) {
    if (NAME_KEYS.size >= MAX_NAME_KEYS) NAME_KEYS.clear();
    NAME_KEYS.set(text, key);
  }
  return key;
}

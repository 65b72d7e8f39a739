// The registry's names held in memory, so that a search by name reads no index: a scan of 200,000
// short strings takes milliseconds, where IndexedDB needed one index entry per part of every name.
import { nameHasWord, type SearchableName } from './volunteer-search';

/** A live volunteer as the directory keeps it: its names and its name sort key (ix.sort). */
export type NameEntry = { id: string; sort: string; name: SearchableName };

/** Id → name sort key of the volunteers every word finds. */
export type NameMatches = Map<string, string>;

export type NameDirectory = {
  /** Adds a volunteer, or replaces what was kept of it. */
  put(entry: NameEntry): void;
  remove(id: string): void;
  find(words: readonly string[]): NameMatches;
  readonly size: number;
};

/** Thai and English words in one string, so that a plain `includes` rules most entries out. */
const ENGLISH_AFTER = '\u0001';

function textOf(name: SearchableName): string {
  return `${name.thai.join(' ')}${ENGLISH_AFTER}${name.english.join(' ')}`;
}

function nameOf(text: string): SearchableName {
  const [thai = '', english = ''] = text.split(ENGLISH_AFTER);
  return { thai: thai.split(' ').filter(Boolean), english: english.split(' ').filter(Boolean) };
}

export function createNameDirectory(): NameDirectory {
  // Parallel arrays rather than an object per volunteer: a third of the memory at 200,000.
  const ids: string[] = [];
  const sorts: string[] = [];
  const texts: string[] = [];
  const slotOf = new Map<string, number>();
  const freeSlots: number[] = [];

  return {
    put({ id, sort, name }) {
      const slot = slotOf.get(id) ?? freeSlots.pop() ?? ids.length;
      ids[slot] = id;
      sorts[slot] = sort;
      texts[slot] = textOf(name);
      slotOf.set(id, slot);
    },
    remove(id) {
      const slot = slotOf.get(id);
      if (slot === undefined) return;
      slotOf.delete(id);
      ids[slot] = '';
      sorts[slot] = '';
      texts[slot] = '';
      freeSlots.push(slot);
    },
    find(words) {
      const found: NameMatches = new Map();
      if (words.length === 0) return found;
      // The longest word is the rarest: it rules out the most entries with one `includes`.
      const longest = [...words].sort((a, b) => b.length - a.length)[0]!;
      for (let slot = 0; slot < texts.length; slot++) {
        const text = texts[slot]!;
        if (!text.includes(longest)) continue;
        const name = nameOf(text);
        if (words.every((word) => nameHasWord(name, word))) found.set(ids[slot]!, sorts[slot]!);
      }
      return found;
    },
    get size() {
      return slotOf.size;
    },
  };
}

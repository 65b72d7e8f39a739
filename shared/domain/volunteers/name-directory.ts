// The registry's names, target groups and skills held in memory, so that a search by name or a
// filter by group or skill reads no index: a scan of 200,000 short strings takes milliseconds,
// where IndexedDB needed one index entry per part of every name, group and skill. Each volunteer
// also knows its place in the list's order, so that what a search finds is sorted as numbers, not
// as Thai strings.
import { nameHasWord, type SearchableName } from './volunteer-search';
import { hasTags, type VolunteerTags } from './volunteer-tags';

/**
 * A live volunteer as the directory keeps it: its names, its name sort key (ix.sort), and its
 * target groups and skills (none when left out).
 */
export type NameEntry = { id: string; sort: string; name: SearchableName; tags?: VolunteerTags };

/** Who to find: those whose names every word finds, and who have every tag (volunteer-tags.ts). */
export type DirectoryQuery = { words: readonly string[]; tags?: readonly string[] };

export type NameDirectory = {
  /** Adds a volunteer, or replaces what was kept of it. */
  put(entry: NameEntry): void;
  remove(id: string): void;
  /**
   * The ids of the volunteers the query finds, by name sort key, then id (the list's order). With
   * no words and no tags, finds nobody, but puts what has changed in order beforehand.
   */
  find(query: DirectoryQuery): string[];
  /** The ids at positions [from, to) of the list's name order, or of its reverse. */
  slice(from: number, to: number, descending: boolean): string[];
  readonly size: number;
};

/** Above this many changes at once, the order is made anew rather than mended entry by entry. */
const REORDER_ABOVE = 2_000;

export function createNameDirectory(): NameDirectory {
  // Parallel arrays rather than an object per volunteer: a third of the memory at 200,000.
  const ids: string[] = [];
  const sorts: string[] = [];
  const names: string[] = [];
  /**
   * Each distinct set of tags once, and each slot's number in that list: many volunteers share the
   * same few groups and skills, so a search tests each set once, then each slot by its number.
   */
  const tagSets: string[] = [''];
  const tagSetNumbers = new Map<string, number>([['', 0]]);
  const tagSetOf: number[] = [];
  const slotOf = new Map<string, number>();
  const freeSlots: number[] = [];
  /** Live slots in list order. */
  let order: number[] = [];
  /** Each slot's place in `order`. */
  let rank = new Int32Array(0);
  /** Slots whose place in `order` is out of date: new, moved, emptied or reused. */
  const misplaced = new Set<number>();

  const isLive = (slot: number) => ids[slot] !== '';
  const compare = (a: number, b: number) =>
    sorts[a]! < sorts[b]! ? -1 : sorts[a]! > sorts[b]! ? 1 : ids[a]! < ids[b]! ? -1 : 1;

  function placeOf(slot: number): number {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(order[middle]!, slot) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Every live slot in list order. Each is sorted as one string (key, a separator below any letter,
   * id, then the slot's number in two code units): sorting 200,000 strings by themselves is several
   * times quicker than through a comparer, and the number comes back without a lookup.
   */
  function orderAnew(): number[] {
    const keyed = [...slotOf.values()].map(
      (slot) =>
        `${sorts[slot]}\u0000${ids[slot]}${String.fromCharCode(slot >>> 16, slot & 0xffff)}`,
    );
    keyed.sort();
    return keyed.map(
      (key) => (key.charCodeAt(key.length - 2) << 16) | key.charCodeAt(key.length - 1),
    );
  }

  function mendOrder(): void {
    if (misplaced.size === 0) return;
    if (misplaced.size > REORDER_ABOVE) {
      order = orderAnew();
    } else {
      order = order.filter((slot) => !misplaced.has(slot));
      for (const slot of misplaced) if (isLive(slot)) order.splice(placeOf(slot), 0, slot);
    }
    misplaced.clear();
    if (rank.length < ids.length) rank = new Int32Array(ids.length * 2);
    order.forEach((slot, place) => (rank[slot] = place));
  }

  return {
    put({ id, sort, name, tags = '' }) {
      let tagSet = tagSetNumbers.get(tags);
      if (tagSet === undefined) {
        tagSet = tagSets.push(tags) - 1;
        tagSetNumbers.set(tags, tagSet);
      }
      const known = slotOf.get(id);
      if (known !== undefined && sorts[known] === sort) {
        names[known] = name;
        tagSetOf[known] = tagSet;
        return;
      }
      const slot = known ?? freeSlots.pop() ?? ids.length;
      ids[slot] = id;
      sorts[slot] = sort;
      names[slot] = name;
      tagSetOf[slot] = tagSet;
      slotOf.set(id, slot);
      misplaced.add(slot);
    },
    remove(id) {
      const slot = slotOf.get(id);
      if (slot === undefined) return;
      slotOf.delete(id);
      ids[slot] = '';
      sorts[slot] = '';
      names[slot] = '';
      tagSetOf[slot] = 0;
      freeSlots.push(slot);
      misplaced.add(slot);
    },
    find({ words, tags = [] }) {
      mendOrder();
      if (words.length === 0 && tags.length === 0) return [];
      // The longest word is the rarest: it rules out the most names before the others are tried.
      const byLength = [...words].sort((a, b) => b.length - a.length);
      const hasWanted = Uint8Array.from(tagSets, (set) => (hasTags(set, tags) ? 1 : 0));
      const isFound = (slot: number) =>
        isLive(slot) &&
        hasWanted[tagSetOf[slot]!] === 1 &&
        byLength.every((word) => nameHasWord(names[slot]!, word));
      // Slot by slot, as the names lie in memory (in list order the reads jump about, several
      // times slower); then the places found are sorted as numbers.
      const places: number[] = [];
      for (let slot = 0; slot < names.length; slot++) {
        if (isFound(slot)) places.push(rank[slot]!);
      }
      return Array.from(Int32Array.from(places).sort(), (place) => ids[order[place]!]!);
    },
    slice(from, to, descending) {
      mendOrder();
      const places = descending
        ? order.slice(Math.max(0, order.length - to), order.length - from).reverse()
        : order.slice(from, to);
      return places.map((slot) => ids[slot]!);
    },
    get size() {
      return slotOf.size;
    },
  };
}

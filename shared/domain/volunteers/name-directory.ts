// The registry's names, target groups and skills held in memory, so that a search by name or a
// filter by group or skill reads no index: a scan of 200,000 short strings takes milliseconds,
// where IndexedDB needed one index entry per part of every name, group and skill. Each volunteer
// also knows its place in the list's order, so that what a search finds is sorted as numbers, not
// as Thai strings, and the whole list can be read at any position in any of its orders.
import { createSlotOrder, type SlotOrder, type Slots } from './slot-order';
import type { SortKey } from './volunteer-filter';
import { nameHasWord, type SearchableName } from './volunteer-search';
import { hasTags, type VolunteerTags } from './volunteer-tags';

type KeyedSort = Exclude<SortKey, 'name'>;
/** The keys of the list's other orders, as its indexes hold them (ix.nid, ix.birth and so on). */
export type ListKeys = Record<KeyedSort, string>;

/**
 * A live volunteer as the directory keeps it: its names, its name sort key (ix.sort), its target
 * groups and skills, and the keys of the list's other orders (each none when left out).
 */
export type NameEntry = {
  id: string;
  sort: string;
  name: SearchableName;
  tags?: VolunteerTags;
  keys?: ListKeys;
};

/** One of the list's orders, or its reverse. */
export type ListOrder = { sort: SortKey; desc: boolean };

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
  /**
   * The ids at positions [from, to) of the whole list in an order, or in its reverse: by the
   * order's key, then id, as its index keeps them.
   */
  slice(from: number, to: number, order: ListOrder): string[];
  readonly size: number;
};

/** Between the keys in one string: none holds it (ids, dates, statuses and tiers are checked). */
const KEY_EDGE = '\u0001';
/** Each key's place in that string. */
const keyPlace: Record<KeyedSort, number> = {
  nationalId: 0,
  age: 1,
  joinedOn: 2,
  status: 3,
  tier: 4,
};

/** The key at a place in that string, found without splitting it (an array each time). */
function keyAt(packed: string, place: number): string {
  let start = 0;
  for (let edge = 0; edge < place; edge++) {
    start = packed.indexOf(KEY_EDGE, start) + 1;
    if (start === 0) return '';
  }
  const end = packed.indexOf(KEY_EDGE, start);
  return packed.slice(start, end === -1 ? packed.length : end);
}

/** Every key in one string: a string each would take half as much memory again. */
function packKeys(keys: ListKeys | undefined): string {
  if (!keys) return '';
  return [keys.nationalId, keys.age, keys.joinedOn, keys.status, keys.tier].join(KEY_EDGE);
}

export function createNameDirectory(): NameDirectory {
  // Parallel arrays rather than an object per volunteer: a third of the memory at 200,000.
  const ids: string[] = [];
  const sorts: string[] = [];
  const names: string[] = [];
  const keys: string[] = [];
  /**
   * Each distinct set of tags once, and each slot's number in that list: many volunteers share the
   * same few groups and skills, so a search tests each set once, then each slot by its number.
   */
  const tagSets: string[] = [''];
  const tagSetNumbers = new Map<string, number>([['', 0]]);
  const tagSetOf: number[] = [];
  const slotOf = new Map<string, number>();
  const freeSlots: number[] = [];

  const isLive = (slot: number) => ids[slot] !== '';
  const slotsBy = (keyOf: (slot: number) => string): Slots => ({
    keyOf,
    idOf: (slot) => ids[slot]!,
    isLive,
    liveSlots: () => slotOf.values(),
    get length() {
      return ids.length;
    },
  });
  const byName = createSlotOrder(slotsBy((slot) => sorts[slot]!));
  /** The other orders, each made when the list is first read in it. */
  const byKey = new Map<KeyedSort, SlotOrder>();
  const orderOf = (sort: SortKey): SlotOrder => {
    if (sort === 'name') return byName;
    let order = byKey.get(sort);
    if (!order) {
      const field = keyPlace[sort];
      order = createSlotOrder(slotsBy((slot) => keyAt(keys[slot]!, field)));
      byKey.set(sort, order);
    }
    return order;
  };
  const misplaceEverywhere = (slot: number) => {
    byName.misplace(slot);
    for (const order of byKey.values()) order.misplace(slot);
  };

  return {
    put({ id, sort, name, tags = '', keys: listKeys }) {
      let tagSet = tagSetNumbers.get(tags);
      if (tagSet === undefined) {
        tagSet = tagSets.push(tags) - 1;
        tagSetNumbers.set(tags, tagSet);
      }
      const packed = packKeys(listKeys);
      const known = slotOf.get(id);
      if (known !== undefined) {
        names[known] = name;
        tagSetOf[known] = tagSet;
        if (sorts[known] !== sort) {
          sorts[known] = sort;
          byName.misplace(known);
        }
        if (keys[known] !== packed) {
          keys[known] = packed;
          for (const order of byKey.values()) order.misplace(known);
        }
        return;
      }
      const slot = freeSlots.pop() ?? ids.length;
      ids[slot] = id;
      sorts[slot] = sort;
      names[slot] = name;
      keys[slot] = packed;
      tagSetOf[slot] = tagSet;
      slotOf.set(id, slot);
      misplaceEverywhere(slot);
    },
    remove(id) {
      const slot = slotOf.get(id);
      if (slot === undefined) return;
      slotOf.delete(id);
      ids[slot] = '';
      sorts[slot] = '';
      names[slot] = '';
      keys[slot] = '';
      tagSetOf[slot] = 0;
      freeSlots.push(slot);
      misplaceEverywhere(slot);
    },
    find({ words, tags = [] }) {
      const order = byName.slots();
      const rank = byName.ranks();
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
    slice(from, to, { sort, desc }) {
      const order = orderOf(sort).slots();
      const places = desc
        ? order.slice(Math.max(0, order.length - to), order.length - from).reverse()
        : order.slice(from, to);
      return places.map((slot) => ids[slot]!);
    },
    get size() {
      return slotOf.size;
    },
  };
}

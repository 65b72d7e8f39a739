// National ids for demo volunteers: a valid check digit, and never the same id for two indexes.
import { thaiIdCheckDigit } from '../domain/people/thai-id';
import { mix32 } from './random';

/** Seven digits give room for ten million volunteers per seed. */
export const DEMO_ID_CAPACITY = 10_000_000;

const HALF_BITS = 12;
const HALF_MASK = (1 << HALF_BITS) - 1;

/**
 * A permutation of [0, 10⁷) keyed by the seed: a four-round Feistel network over 24 bits,
 * walked again while the result falls outside the range (cycle walking keeps it a bijection).
 */
export function demoIdSerial(key: number, index: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= DEMO_ID_CAPACITY) {
    throw new RangeError(`demo national ids run from 0 to ${DEMO_ID_CAPACITY - 1}`);
  }
  let x = index;
  do {
    let left = x >>> HALF_BITS;
    let right = x & HALF_MASK;
    for (let round = 0; round < 4; round++) {
      const f = mix32(right ^ mix32(key + round)) & HALF_MASK;
      [left, right] = [right, left ^ f];
    }
    x = (left << HALF_BITS) | right;
  } while (x >= DEMO_ID_CAPACITY);
  return x;
}

/**
 * 13 digits: the person's category (3 for those registered before 1984, 1 after), the 4-digit
 * registration office (a district code), seven digits unique to the index, and the check digit.
 */
export function demoNationalId(
  key: number,
  index: number,
  bornBefore1984: boolean,
  districtCode: string,
): string {
  const serial = String(demoIdSerial(key, index)).padStart(7, '0');
  const first12 = `${bornBefore1984 ? '3' : '1'}${districtCode}${serial}`;
  return first12 + String(thaiIdCheckDigit(first12));
}

// Version-4 UUIDs from a seeded generator, so that demo records keep their ids from run to run.
import type { Random } from './random';

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/** `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` with the version and variant bits of RFC 9562. */
export function uuidFrom(random: Random): string {
  const a = hex8(random.next());
  const b = hex8(((random.next() & 0xffff0fff) | 0x00004000) >>> 0);
  const c = hex8(((random.next() & 0x3fffffff) | 0x80000000) >>> 0);
  const d = hex8(random.next());
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

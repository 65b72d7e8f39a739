// What a ZIP entry may be called (bundle-format.md: no absolute names, `..`, backslash, drive, NUL).
import type { UserMessage } from '../errors';

/** Why a name is refused, or null when it is acceptable. */
export function entryNameProblem(name: string): UserMessage | null {
  if (name === '') return { th: 'ชื่อว่าง', en: 'the name is empty' };
  if (name.includes('\0')) return { th: 'ชื่อมีอักขระ NUL', en: 'the name contains a NUL' };
  if (name.includes('\\')) return { th: 'ชื่อมีเครื่องหมาย \\', en: 'the name contains a backslash' };
  if (name.startsWith('/')) return { th: 'ชื่อเป็นเส้นทางเต็ม', en: 'the name is an absolute path' };
  if (/^[A-Za-z]:/.test(name)) return { th: 'ชื่อมีอักษรไดรฟ์', en: 'the name has a drive letter' };
  if (name.includes('..')) return { th: 'ชื่อมี ..', en: 'the name contains ..' };
  return null;
}

/** Two names that a case-insensitive or normalising file system would confuse share this key. */
export function nameCollisionKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

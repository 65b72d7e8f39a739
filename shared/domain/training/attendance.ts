// One participant's attendance at one session: when they were checked in, how, and whether they came
// late or left early. Undoing a check-in deletes the mark (a tombstone that travels like any other).
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export const checkInMethods = ['national-id', 'card', 'name', 'number', 'sheet'] as const;

export const attendanceFieldsSchema = z.object({
  roundId: z.string().min(1),
  participantId: z.string().min(1),
  sessionId: z.string().min(1),
  checkedInAt: z.iso.datetime(),
  method: z.enum(checkInMethods),
  late: z.boolean(),
  leftEarly: z.boolean(),
});

export type AttendanceFields = z.infer<typeof attendanceFieldsSchema>;
export type CheckInMethod = (typeof checkInMethods)[number];

/**
 * The one id of a participant's mark for a session, the same on every installation, so that two
 * trainers' laptops checking the same person in make one record (merged by its version vector), not two.
 */
export function attendanceIdOf(participantId: string, sessionId: string): string {
  const hash = sha256(utf8ToBytes(`opm-attendance:${participantId}:${sessionId}`));
  const bytes = hash.slice(0, 16);
  // RFC 9562 version 8 (custom), variant 10.
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

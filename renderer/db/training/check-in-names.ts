// Matching the words typed at the door to a participant's Thai names.
import type { ParticipantFields } from '@shared/domain/training/participant';

type Named = Pick<ParticipantFields, 'titleCode' | 'firstNameTh' | 'lastNameTh'>;

/** Whether every typed word is found in some part of the person's Thai first or last name. */
export function matchesNameWords(participant: Named, words: readonly string[]): boolean {
  const names = `${participant.firstNameTh} ${participant.lastNameTh}`
    .normalize('NFC')
    .toLowerCase();
  return words.length > 0 && words.every((word) => names.includes(word));
}

// A participant's name as the door and the sign-in sheet show it, and matching typed words to it.
import { titleByCode } from '@shared/domain/people/titles';
import type { ParticipantFields } from '@shared/domain/training/participant';

type Named = Pick<ParticipantFields, 'titleCode' | 'firstNameTh' | 'lastNameTh'>;

/** The title joined to the first name, as Thai writes it: นางสาวสมศรี ใจดี. */
export function participantName(participant: Named): string {
  const title = titleByCode(participant.titleCode)?.th ?? participant.titleCode;
  return `${title}${participant.firstNameTh} ${participant.lastNameTh}`.trim();
}

/** Whether every typed word is found in some part of the person's Thai first or last name. */
export function matchesNameWords(participant: Named, words: readonly string[]): boolean {
  const names = `${participant.firstNameTh} ${participant.lastNameTh}`
    .normalize('NFC')
    .toLowerCase();
  return words.length > 0 && words.every((word) => names.includes(word));
}

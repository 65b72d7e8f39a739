// A conflicting record's name as the screens write it: a volunteer's Thai name, as on the duplicates
// screen, or the text that identifies another record.
import type { RecordName } from '../../../db/exchange/conflict-list';

export function nameText(name: RecordName): string {
  return name.kind === 'person' ? `${name.firstNameTh} ${name.lastNameTh}` : name.text;
}

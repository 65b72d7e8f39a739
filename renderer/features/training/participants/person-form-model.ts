// The "add a person by name" form's values, the checks made as one types, and where the write
// layer's refusals show on it.
import { thaiIdProblem, thaiIdProblemText } from '@shared/domain/people/thai-id';
import { messageIn } from '@shared/errors';
import type { PersonInput } from '../../../db/training/enrol';

export type PersonFormValues = {
  role: PersonInput['role'];
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  organisationName: string;
  provinceCode: string;
  nationalId: string;
};

export const personRoles: readonly PersonInput['role'][] = ['guest', 'officer', 'chair'];

export function emptyPerson(provinceCode: string): PersonFormValues {
  return {
    role: 'guest',
    titleCode: '',
    firstNameTh: '',
    lastNameTh: '',
    organisationName: '',
    provinceCode,
    nationalId: '',
  };
}

/** The next person often comes from the same body: role, organisation and province stay. */
export function nextPerson(values: PersonFormValues): PersonFormValues {
  return { ...values, titleCode: '', firstNameTh: '', lastNameTh: '', nationalId: '' };
}

/** Messages for the fields that are wrong, in the app's language (`firstName` is the i18n text). */
export function personProblems(
  values: PersonFormValues,
  language: string,
  firstNameMissing: string,
): Partial<Record<keyof PersonFormValues, string>> {
  const problems: Partial<Record<keyof PersonFormValues, string>> = {};
  if (values.firstNameTh.trim() === '') problems.firstNameTh = firstNameMissing;
  if (values.nationalId.trim() !== '') {
    const problem = thaiIdProblem(values.nationalId);
    if (problem) problems.nationalId = messageIn(thaiIdProblemText(problem), language);
  }
  return problems;
}

/** The form field a refusal's `where.field` points to; the form's alert says it in any case. */
export function personFieldOf(field: string | undefined): keyof PersonFormValues | null {
  const fields: (keyof PersonFormValues)[] = [
    'role',
    'titleCode',
    'firstNameTh',
    'lastNameTh',
    'organisationName',
    'provinceCode',
    'nationalId',
  ];
  return fields.find((f) => f === field) ?? null;
}

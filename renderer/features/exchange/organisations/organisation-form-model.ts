// The organisation form's values: a new centre from a province and a serial, or the names of a
// record being edited; the code they make, their checks, and the names a new centre is offered.
import { centreCode } from '@shared/domain/organisations/codes';
import type { Province } from '@shared/reference/admin-areas';
import type { OrganisationRecord } from '../../../db/app-db';
import type { OrganisationInput } from '../../../db/organisations';

export type OrganisationFormValues = {
  provinceCode: string | null;
  serial: number | string;
  nameTh: string;
  nameEn: string;
};

export const emptyOrganisationValues: OrganisationFormValues = {
  provinceCode: null,
  serial: 1,
  nameTh: '',
  nameEn: '',
};

export function valuesOf(record: OrganisationRecord): OrganisationFormValues {
  return {
    provinceCode: record.provinceCode,
    serial: record.kind === 'centre' ? Number(record.code.slice(3)) : '',
    nameTh: record.nameTh,
    nameEn: record.nameEn,
  };
}

function serialOf(values: OrganisationFormValues): number | null {
  const { serial } = values;
  return typeof serial === 'number' && Number.isInteger(serial) && serial >= 1 && serial <= 99
    ? serial
    : null;
}

/** The code the values make: the edited record's own, or a new centre's once both parts are valid. */
export function codeOf(
  values: OrganisationFormValues,
  editing: OrganisationRecord | null,
): string | null {
  if (editing) return editing.code;
  const serial = serialOf(values);
  return values.provinceCode && serial !== null ? centreCode(values.provinceCode, serial) : null;
}

/** The keys of the messages for the fields that are wrong (i18n keys, so the screen says them). */
export function validateOrganisation(
  values: OrganisationFormValues,
  editing: OrganisationRecord | null,
): Partial<Record<keyof OrganisationFormValues, string>> {
  const errors: Partial<Record<keyof OrganisationFormValues, string>> = {};
  if (!editing) {
    if (!values.provinceCode) errors.provinceCode = 'organisations.form.errorProvince';
    if (serialOf(values) === null) errors.serial = 'organisations.form.errorSerial';
  }
  if (values.nameTh.trim() === '') errors.nameTh = 'organisations.form.errorNameTh';
  return errors;
}

export function inputOf(
  values: OrganisationFormValues,
  editing: OrganisationRecord | null,
): OrganisationInput {
  const names = { nameTh: values.nameTh, nameEn: values.nameEn };
  if (editing) {
    const { id, code, kind, provinceCode } = editing;
    return { id, code, kind, provinceCode, ...names };
  }
  return {
    code: codeOf(values, null)!,
    kind: 'centre',
    provinceCode: values.provinceCode,
    ...names,
  };
}

/** A new centre's names as the corps names its centres; the second and later carry their number. */
export function suggestedNames(
  province: Province | undefined,
  serial: number | string,
): { nameTh: string; nameEn: string } {
  if (!province) return { nameTh: '', nameEn: '' };
  const th = `ศูนย์ประสานงานอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด${province.nameTh}`;
  const en = `${province.nameEn} Volunteer Coordination Centre`;
  const later = typeof serial === 'number' && serial > 1;
  return {
    nameTh: later ? `${th} แห่งที่ ${serial}` : th,
    nameEn: later ? `${en} No. ${serial}` : en,
  };
}

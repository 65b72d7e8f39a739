// The setup form's values, their checks, and the installation they describe.
import { centreCode, DEPARTMENT_CODE, installationId } from '@shared/domain/organisations/codes';
import type { Installation } from '../../db/installation';

export type SetupValues = {
  kind: 'centre' | 'department';
  provinceCode: string | null;
  serial: number | string;
  name: string;
  nameEn: string;
  installationNumber: number | string;
  withDemo: boolean;
  demoVolunteers: number | string;
};

export const initialSetupValues: SetupValues = {
  kind: 'centre',
  provinceCode: null,
  serial: 1,
  name: '',
  nameEn: '',
  installationNumber: 1,
  withDemo: false,
  demoVolunteers: 500,
};

const isWhole = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Keys of the messages for the fields that are wrong (i18n keys, so the screen says them). */
export function validateSetup(values: SetupValues): Partial<Record<keyof SetupValues, string>> {
  const errors: Partial<Record<keyof SetupValues, string>> = {};
  if (values.kind === 'centre') {
    if (!values.provinceCode) errors.provinceCode = 'setup.errorProvince';
    if (!isWhole(values.serial, 1, 99)) errors.serial = 'setup.errorSerial';
  }
  if (values.name.trim() === '') errors.name = 'setup.errorName';
  if (!isWhole(values.installationNumber, 1, 9999))
    errors.installationNumber = 'setup.errorInstallation';
  return errors;
}

export function organisationCodeOf(values: SetupValues): string | null {
  if (values.kind === 'department') return DEPARTMENT_CODE;
  if (!values.provinceCode || !isWhole(values.serial, 1, 99)) return null;
  return centreCode(values.provinceCode, Number(values.serial));
}

export function installationOf(values: SetupValues, now: Date): Installation {
  const code = organisationCodeOf(values)!;
  return {
    organisation: {
      code,
      kind: values.kind,
      nameTh: values.name.trim(),
      nameEn: values.nameEn.trim(),
      provinceCode: values.kind === 'centre' ? values.provinceCode : null,
    },
    installationNumber: Number(values.installationNumber),
    installationId: installationId(code, Number(values.installationNumber)),
    createdAt: now.toISOString(),
  };
}

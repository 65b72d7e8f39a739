// Organisation and installation codes (bundle-format.md, "Organisations, installations, keys").

export const DEPARTMENT_CODE = 'DSDW';

/** A centre: `C` + the 2-digit province code + a 2-digit serial, e.g. `C6501`. */
const centreCodePattern = /^C(\d{2})(\d{2})$/;
const installationPattern = /^(DSDW|C\d{4})-([1-9]\d{0,3})$/;

export function isCentreCode(code: string): boolean {
  return centreCodePattern.test(code);
}

export function isOrganisationCode(code: string): boolean {
  return code === DEPARTMENT_CODE || isCentreCode(code);
}

/** The province code inside a centre code, or null for the department. */
export function provinceOfCentre(code: string): string | null {
  return centreCodePattern.exec(code)?.[1] ?? null;
}

export function centreCode(provinceCode: string, serial: number): string {
  return `C${provinceCode}${String(serial).padStart(2, '0')}`;
}

export function installationId(organisation: string, number: number): string {
  return `${organisation}-${number}`;
}

export function parseInstallationId(id: string): { organisation: string; number: number } | null {
  const match = installationPattern.exec(id);
  if (!match) return null;
  return { organisation: match[1]!, number: Number(match[2]) };
}

import { describe, expect, it } from 'vitest';
import {
  centreCode,
  isOrganisationCode,
  parseInstallationId,
  provinceOfCentre,
} from '@shared/domain/organisations/codes';

describe('organisation and installation codes', () => {
  it('knows a centre by C, province and serial', () => {
    expect(centreCode('65', 1)).toBe('C6501');
    expect(provinceOfCentre('C6501')).toBe('65');
    expect(provinceOfCentre('DSDW')).toBeNull();
    expect(isOrganisationCode('DSDW')).toBe(true);
    expect(isOrganisationCode('C651')).toBe(false);
  });

  it('parses installation ids', () => {
    expect(parseInstallationId('C6501-2')).toEqual({ organisation: 'C6501', number: 2 });
    expect(parseInstallationId('DSDW-1')).toEqual({ organisation: 'DSDW', number: 1 });
    expect(parseInstallationId('C6501-0')).toBeNull();
    expect(parseInstallationId('C6501-12345')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { demoVolunteerChunks, demoVolunteers, generateDemoCentres } from '@shared/demo';
import { isValidThaiId } from '@shared/domain/people/thai-id';
import { organisationSchema } from '@shared/domain/organisations/organisation';
import { volunteerFieldsSchema } from '@shared/domain/volunteers/volunteer';
import { areCodesNested } from '@shared/domain/address/address';
import { loadAdminAreas } from '@shared/reference/admin-areas';

const centres = generateDemoCentres({ seed: 7, count: 5 });

describe('demo data', () => {
  it('makes valid centres, one a province', () => {
    expect(centres).toHaveLength(5);
    for (const c of centres) expect(organisationSchema.parse(c)).toEqual(c);
    expect(new Set(centres.map((c) => c.provinceCode)).size).toBe(5);
    const national = generateDemoCentres({ seed: 7, count: 313 });
    expect(new Set(national.map((c) => c.code)).size).toBe(313);
    expect(new Set(national.map((c) => c.provinceCode)).size).toBe(77);
    expect(() => generateDemoCentres({ seed: 7, count: 0 })).toThrow(RangeError);
  });

  it('is the same for the same seed and different for another', () => {
    const a = [...demoVolunteers({ seed: 7, centres, count: 50 })];
    const b = [...demoVolunteers({ seed: 7, centres, count: 50 })];
    const c = [...demoVolunteers({ seed: 8, centres, count: 50 })];
    expect(b).toEqual(a);
    expect(c.map((v) => v.id)).not.toEqual(a.map((v) => v.id));
  });

  it('makes any slice without the records before it', () => {
    const all = [...demoVolunteers({ seed: 7, centres, count: 30 })];
    const slice = [...demoVolunteers({ seed: 7, centres, count: 10, start: 20 })];
    expect(slice).toEqual(all.slice(20));
  });

  it('makes schema-valid volunteers with unique valid ids and real address codes', () => {
    const volunteers = [...demoVolunteers({ seed: 7, centres, count: 5000 })];
    const subdistricts = new Map(loadAdminAreas().subdistricts.map((s) => [s.code, s]));
    const owners = new Map(centres.map((c) => [c.code, c]));
    for (const v of volunteers) {
      const { id: _id, owner, ...fields } = v;
      expect(volunteerFieldsSchema.parse(fields)).toEqual(fields);
      expect(isValidThaiId(v.nationalId)).toBe(true);
      expect(areCodesNested(v.address)).toBe(true);
      const area = subdistricts.get(v.address.subdistrictCode);
      expect(area?.postcodes).toContain(v.address.postcode);
      expect(v.address.provinceCode).toBe(owners.get(owner)?.provinceCode);
    }
    expect(new Set(volunteers.map((v) => v.nationalId)).size).toBe(volunteers.length);
    expect(new Set(volunteers.map((v) => v.id)).size).toBe(volunteers.length);
  });

  it('chunks without losing or repeating a record', () => {
    const chunks = [...demoVolunteerChunks({ seed: 7, centres, count: 25, chunkSize: 10 })];
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 5]);
    const flat = chunks.flat();
    expect(flat).toEqual([...demoVolunteers({ seed: 7, centres, count: 25 })]);
  });
});

// A complete, valid volunteer's fields for tests, with whatever a test needs changed.
import type { VolunteerFields } from '@shared/domain/volunteers/volunteer';

export function sampleVolunteer(overrides: Partial<VolunteerFields> = {}): VolunteerFields {
  return {
    titleCode: 'mrs',
    firstNameTh: 'สมศรี',
    lastNameTh: 'ใจดี',
    firstNameEn: 'Somsri',
    lastNameEn: 'Jaidee',
    nationalId: '1101700203450',
    birthDate: '1970-05-01',
    gender: 'female',
    phones: ['0812345678'],
    email: '',
    address: {
      houseNo: '12',
      moo: '3',
      village: '',
      street: '',
      provinceCode: '65',
      districtCode: '6501',
      subdistrictCode: '650101',
      postcode: '65000',
    },
    joinedOn: '2015-01-10',
    status: 'active',
    tier: 'B',
    skills: [],
    targetGroups: ['older-people'],
    statusHistory: [{ status: 'active', on: '2015-01-10', reason: '' }],
    tierHistory: [{ tier: 'B', on: '2025-09-30', reason: '' }],
    consent: [
      { kind: 'given', on: '2015-01-10', purposes: ['registry'], method: 'paper', note: '' },
    ],
    photo: null,
    mergedInto: null,
    ...overrides,
  };
}

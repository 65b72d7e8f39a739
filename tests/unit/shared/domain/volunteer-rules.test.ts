import { describe, expect, it } from 'vitest';
import { checkVolunteer } from '@shared/domain/volunteers/volunteer-rules';
import { sampleVolunteer } from '../../../support/sample-volunteer';

const today = '2026-11-23';
const problems = (overrides: Parameters<typeof sampleVolunteer>[0]) => {
  const check = checkVolunteer(sampleVolunteer(overrides), today);
  return check.ok ? [] : check.problems.map((p) => `${p.field}:${p.code}`);
};

describe('the volunteer rules', () => {
  it('accepts a complete record', () => {
    expect(checkVolunteer(sampleVolunteer(), today).ok).toBe(true);
  });

  it('names the field and the problem, in Thai and English', () => {
    const check = checkVolunteer(sampleVolunteer({ nationalId: '1101700203452' }), today);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems[0]).toMatchObject({ field: 'nationalId', code: 'thai-id.check-digit' });
    expect(check.problems[0]!.th).toContain('เลขตรวจสอบ');
    expect(check.problems[0]!.en).toContain('check');
  });

  it.each([
    [{ firstNameTh: '' }, 'firstNameTh:volunteer.firstNameTh'],
    [{ lastNameTh: '' }, 'lastNameTh:volunteer.lastNameTh'],
    [{ nationalId: '12345' }, 'nationalId:thai-id.wrong-length'],
    [{ birthDate: '2510-03-21' }, 'birthDate:volunteer.born-in-future'],
    [{ joinedOn: '2027-01-01' }, 'joinedOn:volunteer.joined-in-future'],
    [{ birthDate: '2000-01-01', joinedOn: '2015-01-10' }, 'joinedOn:volunteer.too-young'],
    [{ phones: ['12345'] }, 'phones:volunteer.phones'],
    [{ email: 'not-mail' }, 'email:volunteer.email'],
    [{ titleCode: 'king' }, 'titleCode:volunteer.title'],
    [{ status: 'paused' }, 'status:volunteer.status-history'],
  ] as const)('refuses %o', (overrides, expected) => {
    expect(problems(overrides as never)).toContain(expected);
  });

  it('refuses address codes that do not nest', () => {
    const address = { ...sampleVolunteer().address, districtCode: '1001' };
    expect(problems({ address })).toContain('address:volunteer.address-codes');
  });
});

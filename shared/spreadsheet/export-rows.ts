// A volunteer to a spreadsheet row under the same headers the import reads: Buddhist-era dates,
// words in the chosen language, address names, so that an exported file imports back unchanged.
import { formatDate } from '../domain/dates/buddhist-era';
import { formatThaiId } from '../domain/people/thai-id';
import type { VolunteerFields } from '../domain/volunteers/volunteer';
import type { AddressLookup } from './address-lookup';
import { columns, type ColumnKey } from './columns';
import { genderWord, statusWord, targetGroupWord, titleWord, type Language } from './words';

export function exportHeaders(language: Language): string[] {
  return columns.map((c) => c[language]);
}

const beDate = (iso: string) => (iso ? formatDate(iso, { style: 'numeric', language: 'th' }) : '');

/** The row's cells, all text, in the order of `exportHeaders`. */
export function volunteerToRow(
  v: VolunteerFields,
  lookup: AddressLookup,
  language: Language,
): string[] {
  const place = lookup.names(v.address, language);
  const value: Record<ColumnKey, string> = {
    title: titleWord(v.titleCode, language),
    firstNameTh: v.firstNameTh,
    lastNameTh: v.lastNameTh,
    firstNameEn: v.firstNameEn,
    lastNameEn: v.lastNameEn,
    nationalId: formatThaiId(v.nationalId),
    birthDate: beDate(v.birthDate),
    gender: genderWord(v.gender, language),
    phones: v.phones.join(', '),
    email: v.email,
    houseNo: v.address.houseNo,
    moo: v.address.moo,
    village: v.address.village,
    street: v.address.street,
    subdistrict: place.subdistrict,
    district: place.district,
    province: place.province,
    postcode: v.address.postcode,
    joinedOn: beDate(v.joinedOn),
    status: statusWord(v.status, language),
    tier: v.tier ?? '',
    skills: v.skills.join(', '),
    targetGroups: v.targetGroups.map((g) => targetGroupWord(g, language)).join(', '),
  };
  return columns.map((c) => value[c.key]);
}

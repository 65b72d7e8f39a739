// The add/edit form's values (what the person types) and the record they become: histories get a
// new entry when status, tier or consent change.
import { normaliseThaiId } from '@shared/domain/people/thai-id';
import { thaiDigitsToArabic } from '@shared/domain/text/thai-digits';
import type {
  ConsentMethod,
  ConsentPurpose,
  PhotoRef,
  QualityTier,
  TargetGroup,
  VolunteerFields,
  VolunteerStatus,
} from '@shared/domain/volunteers/volunteer';

export type VolunteerFormValues = {
  titleCode: string;
  firstNameTh: string;
  lastNameTh: string;
  firstNameEn: string;
  lastNameEn: string;
  nationalId: string;
  birthDate: string | null;
  gender: string;
  phones: string;
  email: string;
  houseNo: string;
  moo: string;
  village: string;
  street: string;
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  postcode: string;
  joinedOn: string | null;
  status: VolunteerStatus;
  statusOn: string | null;
  statusReason: string;
  tier: QualityTier | '-';
  tierReason: string;
  skills: string[];
  targetGroups: TargetGroup[];
  consentGiven: boolean;
  consentOn: string | null;
  consentPurposes: ConsentPurpose[];
  consentMethod: ConsentMethod;
  photo: PhotoRef | null;
};

export function emptyFormValues(provinceCode: string, today: string): VolunteerFormValues {
  return {
    titleCode: '',
    firstNameTh: '',
    lastNameTh: '',
    firstNameEn: '',
    lastNameEn: '',
    nationalId: '',
    birthDate: null,
    gender: '',
    phones: '',
    email: '',
    houseNo: '',
    moo: '',
    village: '',
    street: '',
    provinceCode,
    districtCode: '',
    subdistrictCode: '',
    postcode: '',
    joinedOn: today,
    status: 'active',
    statusOn: today,
    statusReason: '',
    tier: '-',
    tierReason: '',
    skills: [],
    targetGroups: [],
    consentGiven: true,
    consentOn: today,
    consentPurposes: ['registry', 'training', 'contact'],
    consentMethod: 'paper',
    photo: null,
  };
}

export function formValuesOf(v: VolunteerFields, today: string): VolunteerFormValues {
  const consent = v.consent.at(-1);
  return {
    ...emptyFormValues(v.address.provinceCode, today),
    titleCode: v.titleCode,
    firstNameTh: v.firstNameTh,
    lastNameTh: v.lastNameTh,
    firstNameEn: v.firstNameEn,
    lastNameEn: v.lastNameEn,
    nationalId: v.nationalId,
    birthDate: v.birthDate,
    gender: v.gender,
    phones: v.phones.join(', '),
    email: v.email,
    ...v.address,
    joinedOn: v.joinedOn,
    status: v.status,
    statusOn: v.statusHistory.at(-1)?.on ?? today,
    statusReason: v.statusHistory.at(-1)?.reason ?? '',
    tier: v.tier ?? '-',
    tierReason: v.tierHistory.at(-1)?.reason ?? '',
    skills: v.skills,
    targetGroups: v.targetGroups,
    consentGiven: consent?.kind === 'given',
    consentOn: consent?.on ?? null,
    consentPurposes: consent?.purposes ?? [],
    consentMethod: consent?.method ?? 'paper',
    photo: v.photo,
  };
}

function phonesOf(text: string): string[] {
  return thaiDigitsToArabic(text)
    .split(/[,/;]/)
    .map((p) => p.replace(/[\s\-–.()]/g, ''))
    .filter((p) => p !== '');
}

/** The record the form describes; `before` is the stored record when editing. */
export function fieldsOf(
  values: VolunteerFormValues,
  before: VolunteerFields | null,
  today: string,
): VolunteerFields {
  const tier = values.tier === '-' ? null : values.tier;
  const statusHistory = [...(before?.statusHistory ?? [])];
  if (!before || before.status !== values.status) {
    statusHistory.push({
      status: values.status,
      on: (before ? values.statusOn : values.joinedOn) ?? today,
      reason: values.statusReason.trim(),
    });
  }
  const tierHistory = [...(before?.tierHistory ?? [])];
  if ((before?.tier ?? null) !== tier && (before || tier !== null)) {
    tierHistory.push({ tier, on: today, reason: values.tierReason.trim() });
  }
  const consent = [...(before?.consent ?? [])];
  const lastConsent = consent.at(-1);
  const kind = values.consentGiven ? 'given' : 'withdrawn';
  const consentChanged =
    (lastConsent?.kind ?? 'withdrawn') !== kind ||
    (values.consentGiven &&
      JSON.stringify(lastConsent?.purposes ?? []) !== JSON.stringify(values.consentPurposes));
  if (consentChanged && (lastConsent || values.consentGiven)) {
    consent.push({
      kind,
      on: values.consentOn ?? today,
      purposes: values.consentGiven ? values.consentPurposes : (lastConsent?.purposes ?? []),
      method: values.consentMethod,
      note: '',
    });
  }
  return {
    titleCode: values.titleCode,
    firstNameTh: values.firstNameTh.trim(),
    lastNameTh: values.lastNameTh.trim(),
    firstNameEn: values.firstNameEn.trim(),
    lastNameEn: values.lastNameEn.trim(),
    nationalId: normaliseThaiId(values.nationalId),
    birthDate: values.birthDate ?? '',
    gender: values.gender as VolunteerFields['gender'],
    phones: phonesOf(values.phones),
    email: values.email.trim(),
    address: {
      houseNo: values.houseNo.trim(),
      moo: values.moo.trim(),
      village: values.village.trim(),
      street: values.street.trim(),
      provinceCode: values.provinceCode,
      districtCode: values.districtCode,
      subdistrictCode: values.subdistrictCode,
      postcode: values.postcode.trim(),
    },
    joinedOn: values.joinedOn ?? '',
    status: values.status,
    tier,
    skills: values.skills,
    targetGroups: values.targetGroups,
    statusHistory,
    tierHistory,
    consent,
    photo: values.photo,
    mergedInto: before?.mergedInto ?? null,
  };
}

/** Where each record field's problem shows in the form. */
export function formFieldOf(field: string): keyof VolunteerFormValues {
  const map: Record<string, keyof VolunteerFormValues> = {
    address: 'subdistrictCode',
    statusHistory: 'status',
    tierHistory: 'tier',
  };
  return map[field] ?? (field as keyof VolunteerFormValues);
}

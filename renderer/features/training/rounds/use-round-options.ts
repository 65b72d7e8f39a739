// The lists a round form chooses from: live courses and the provinces, by Thai name.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { compareThai } from '@shared/domain/text/thai-collation';
import { listProvinces } from '../../../db/admin-areas';
import { db } from '../../../db/db';
import { listCourses } from '../../../db/training/courses';

export function useCourseOptions() {
  const courses = useLiveQuery(() => listCourses(db), []) ?? [];
  return courses.map((c) => ({ value: c.id, label: c.titleTh }));
}

export function useProvinceOptions() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const provinces = useLiveQuery(() => listProvinces(db), []) ?? [];
  return [...provinces]
    .sort((a, b) => compareThai(a.nameTh, b.nameTh))
    .map((p) => ({ value: p.code, label: english && p.nameEn ? p.nameEn : p.nameTh }));
}

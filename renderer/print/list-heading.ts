// The line under the list's title that says which volunteers it holds: its filters and sort.
import type { TFunction } from 'i18next';
import { emptyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { AreaNames } from './print-data';

export function describeFilter(filter: VolunteerFilter, t: TFunction, areas: AreaNames): string {
  const parts: string[] = [];
  if (filter.q) parts.push(t('print.list.filter.search', { q: filter.q }));
  if (filter.status.length) {
    const values = filter.status.map((s) => t(`volunteers.status.${s}`)).join(', ');
    parts.push(t('print.list.filter.status', { values }));
  }
  if (filter.tier.length) {
    const values = filter.tier
      .map((tier) => (tier === '-' ? t('volunteers.filter.noTier') : tier))
      .join(', ');
    parts.push(t('print.list.filter.tier', { values }));
  }
  const area = [filter.subdistrict, filter.district, filter.province]
    .filter(Boolean)
    .map((code) => areas.get(code) ?? code)
    .join(', ');
  if (area) parts.push(t('print.list.filter.area', { values: area }));
  if (filter.registration) {
    const value = t(`volunteers.registrationFilter.${filter.registration}`);
    parts.push(t('print.list.filter.registration', { value }));
  }
  if (filter.age)
    parts.push(t('print.list.filter.age', { value: t(`volunteers.ageBand.${filter.age}`) }));
  if (filter.group) {
    parts.push(t('print.list.filter.group', { value: t(`volunteers.group.${filter.group}`) }));
  }
  if (filter.skill) parts.push(t('print.list.filter.skill', { value: filter.skill }));
  const chosen = parts.length
    ? t('print.list.filteredBy', { filters: parts.join(' · ') })
    : t('print.list.allVolunteers');
  if (filter.sort === emptyFilter.sort && !filter.desc) return chosen;
  const sort =
    t('print.list.sortedBy', { column: t(`volunteers.columns.${filter.sort}`) }) +
    (filter.desc ? t('print.list.descending') : '');
  return `${chosen} · ${sort}`;
}

// A volunteer's target groups and skills as one short string, so that the name directory can hold
// them for 200,000 volunteers (where IndexedDB needed an index entry for each) and test one with a
// plain substring search.
import type { VolunteerFilter } from './volunteer-filter';

export type VolunteerTags = string;

/** Between and around the tags: a control character, which no group or skill keeps. */
const EDGE = '\u0001';

const withoutControls = (text: string) => text.replace(/\p{Cc}/gu, '');

export function groupTag(group: string): string {
  return `g:${group}`;
}

export function skillTag(skill: string): string {
  return `s:${withoutControls(skill)}`;
}

export function volunteerTags(groups: readonly string[], skills: readonly string[]): VolunteerTags {
  const tags = [...groups.map(groupTag), ...skills.map(skillTag)];
  return tags.length ? `${EDGE}${tags.join(EDGE)}${EDGE}` : '';
}

/** Whether a volunteer has every wanted tag. */
export function hasTags(tags: VolunteerTags, wanted: readonly string[]): boolean {
  return wanted.every((tag) => tags.includes(`${EDGE}${tag}${EDGE}`));
}

/** The tags a filter asks for: its target group and its skill, where it has them. */
export function tagsOfFilter(filter: Pick<VolunteerFilter, 'group' | 'skill'>): string[] {
  return [
    ...(filter.group ? [groupTag(filter.group)] : []),
    ...(filter.skill ? [skillTag(filter.skill)] : []),
  ];
}

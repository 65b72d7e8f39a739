import { describe, expect, it } from 'vitest';
import { emptyFilter } from '@shared/domain/volunteers/volunteer-filter';
import {
  groupTag,
  hasTags,
  skillTag,
  tagsOfFilter,
  volunteerTags,
} from '@shared/domain/volunteers/volunteer-tags';

describe("a volunteer's tags", () => {
  const tags = volunteerTags(['children', 'older-people'], ['ปฐมพยาบาล', 'การเยี่ยมบ้าน']);

  it('has every group and skill whole, and nothing else', () => {
    expect(hasTags(tags, [groupTag('children')])).toBe(true);
    expect(hasTags(tags, [groupTag('older-people'), skillTag('การเยี่ยมบ้าน')])).toBe(true);
    expect(hasTags(tags, [])).toBe(true);
    expect(hasTags(tags, [groupTag('youth')])).toBe(false);
    expect(hasTags(tags, [skillTag('ปฐม')])).toBe(false);
    expect(hasTags(tags, [skillTag('พยาบาล')])).toBe(false);
    expect(hasTags(tags, [groupTag('children'), groupTag('youth')])).toBe(false);
  });

  it('keeps a group apart from a skill of the same name', () => {
    const skilled = volunteerTags([], ['children']);
    expect(hasTags(skilled, [skillTag('children')])).toBe(true);
    expect(hasTags(skilled, [groupTag('children')])).toBe(false);
  });

  it('is empty for a volunteer with no group and no skill, which no tag finds', () => {
    expect(volunteerTags([], [])).toBe('');
    expect(hasTags('', [groupTag('children')])).toBe(false);
  });

  it('cannot be broken by a control character inside a skill', () => {
    const odd = volunteerTags([], ['ดนตรี\u0001g:children']);
    expect(hasTags(odd, [groupTag('children')])).toBe(false);
    expect(hasTags(odd, [skillTag('ดนตรี\u0001g:children')])).toBe(true);
  });

  it("are what a filter's group and skill ask for", () => {
    expect(tagsOfFilter(emptyFilter)).toEqual([]);
    expect(tagsOfFilter({ group: 'youth', skill: 'ปฐมพยาบาล' })).toEqual([
      groupTag('youth'),
      skillTag('ปฐมพยาบาล'),
    ]);
  });
});

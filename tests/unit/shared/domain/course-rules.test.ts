import { describe, expect, it } from 'vitest';
import type { CourseFields } from '@shared/domain/training/course';
import {
  checkCourse,
  indicatorCodes,
  indicatorGroups,
  indicatorsInOrder,
} from '@shared/domain/training/course-rules';

function course(changes: Partial<CourseFields> = {}): CourseFields {
  return {
    titleTh: 'การพัฒนาศักยภาพ อพม.',
    titleEn: 'Volunteer capacity building',
    purpose: '',
    indicators: ['3.10', '1.1', '3.2'],
    completion: { minPercent: 80, requireMarkedSessions: false },
    ...changes,
  };
}

describe('the practice standard’s indicators', () => {
  it('has 20 indicators in 3 components of 5, 5 and 10', () => {
    expect(indicatorCodes).toHaveLength(20);
    expect(indicatorGroups.map((g) => g.codes.length)).toEqual([5, 5, 10]);
    expect(indicatorGroups[2]!.codes.at(-1)).toBe('3.10');
  });

  it('orders codes as the standard does, 3.2 before 3.10', () => {
    expect(indicatorsInOrder(['3.10', '1.1', '3.2'])).toEqual(['1.1', '3.2', '3.10']);
  });
});

describe('checking a course', () => {
  it('accepts a course and keeps its indicators in the standard’s order', () => {
    const check = checkCourse(course());
    expect(check.ok && check.value.indicators).toEqual(['1.1', '3.2', '3.10']);
  });

  it('asks for the Thai title by its field', () => {
    const check = checkCourse(course({ titleTh: '' }));
    expect(check.ok ? [] : check.problems.map((p) => p.field)).toEqual(['titleTh']);
  });

  it('refuses an indicator the standard does not have', () => {
    const check = checkCourse(course({ indicators: ['1.6'] }));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems[0]).toMatchObject({ field: 'indicators' });
  });

  it('refuses a share of sessions above 100 or not a number, by its field', () => {
    for (const minPercent of [101, Number.NaN]) {
      const check = checkCourse(
        course({ completion: { minPercent, requireMarkedSessions: true } }),
      );
      expect(check.ok ? [] : check.problems.map((p) => p.field)).toEqual(['completion.minPercent']);
    }
  });
});

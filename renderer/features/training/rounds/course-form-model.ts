// The course form's values and their translation to and from a course's fields.
import type { CourseFields } from '@shared/domain/training/course';
import { defaultCompletionRule } from '@shared/domain/training/course';

export type CourseFormValues = {
  titleTh: string;
  titleEn: string;
  purpose: string;
  indicators: string[];
  completion: { minPercent: number | string; requireMarkedSessions: boolean };
};

export function emptyCourseValues(): CourseFormValues {
  return {
    titleTh: '',
    titleEn: '',
    purpose: '',
    indicators: [],
    completion: { ...defaultCompletionRule },
  };
}

export function courseValuesOf(course: CourseFields): CourseFormValues {
  return {
    titleTh: course.titleTh,
    titleEn: course.titleEn,
    purpose: course.purpose,
    indicators: [...course.indicators],
    completion: { ...course.completion },
  };
}

/** What the form holds as a course; a blank percentage stays invalid for the rules to name. */
export function courseFieldsOf(values: CourseFormValues): CourseFields {
  const percent = values.completion.minPercent;
  return {
    titleTh: values.titleTh.trim(),
    titleEn: values.titleEn.trim(),
    purpose: values.purpose.trim(),
    indicators: values.indicators,
    completion: {
      minPercent: percent === '' ? Number.NaN : Number(percent),
      requireMarkedSessions: values.completion.requireMarkedSessions,
    },
  };
}

// Courses: the list the training pages show, and adding or changing one through the write layer
// after its rules are checked.
import { UserFacingError } from '@shared/errors';
import type { CourseFields } from '@shared/domain/training/course';
import { checkCourse } from '@shared/domain/training/course-rules';
import { compareThai } from '@shared/domain/text/thai-collation';
import type { AppDB, CourseRecord } from '../app-db';
import type { Writer } from '../write';

/** Every live course, by Thai title. */
export async function listCourses(db: AppDB): Promise<CourseRecord[]> {
  const all = await db.courses.filter((c) => c.deletedAt === null).toArray();
  return all.sort((a, b) => compareThai(a.titleTh, b.titleTh));
}

/** One course, deleted or not (a round keeps showing its course's title); null when unknown. */
export async function courseById(db: AppDB, id: string): Promise<CourseRecord | null> {
  return (await db.courses.get(id)) ?? null;
}

/** The first problem of a course as an error the form can place on its field. */
export function courseError(fields: unknown): UserFacingError | null {
  const check = checkCourse(fields);
  if (check.ok) return null;
  const first = check.problems[0]!;
  return new UserFacingError(first.code, { th: first.th, en: first.en }, { field: first.field });
}

/**
 * Adds a course (no `id`) or changes one; the write layer refuses a course another organisation
 * owns. The indicators are kept in the standard's order.
 */
export async function saveCourse(
  writer: Writer,
  fields: CourseFields,
  id?: string,
): Promise<CourseRecord> {
  const check = checkCourse(fields);
  if (!check.ok) throw courseError(fields)!;
  return id ? writer.update('courses', id, check.value) : writer.create('courses', check.value);
}

import { afterEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@renderer/db/app-db';
import { courseById, listCourses, saveCourse } from '@renderer/db/training/courses';
import { createWriter } from '@renderer/db/write';
import type { CourseFields } from '@shared/domain/training/course';
import { freshDb } from '../test-db';

const centre = { installationId: 'C6501-1', organisation: 'C6501' };
const department = { installationId: 'DSDW-1', organisation: 'DSDW' };
let db: AppDB;
afterEach(() => db?.close());

function course(changes: Partial<CourseFields> = {}): CourseFields {
  return {
    titleTh: 'การพัฒนาศักยภาพ อพม.',
    titleEn: '',
    purpose: 'ให้ปฏิบัติงานได้ตามมาตรฐาน',
    indicators: ['3.10', '1.1'],
    completion: { minPercent: 80, requireMarkedSessions: false },
    ...changes,
  };
}

describe('courses', () => {
  it('adds a course through the write layer, owned by this organisation, indicators in order', async () => {
    db = await freshDb();
    const saved = await saveCourse(createWriter(db, centre), course());
    expect(saved.owner).toBe('C6501');
    expect(saved.indicators).toEqual(['1.1', '3.10']);
    const audit = await db.audit.toArray();
    expect(audit.map((a) => [a.table, a.kind])).toEqual([['courses', 'create']]);
  });

  it('changes a course, and refuses a change that breaks a rule without writing it', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    const saved = await saveCourse(writer, course());
    await saveCourse(writer, course({ titleEn: 'Capacity building' }), saved.id);
    expect((await courseById(db, saved.id))?.titleEn).toBe('Capacity building');
    const refusal = await saveCourse(writer, course({ titleTh: '' }), saved.id).catch((e) => e);
    expect(refusal.code).toBe('course.titleTh');
    expect(refusal.where.field).toBe('titleTh');
    expect(refusal.text.th).toContain('ชื่อหลักสูตร');
    expect((await courseById(db, saved.id))?.titleTh).toBe('การพัฒนาศักยภาพ อพม.');
  });

  it('lets only the owner change a course', async () => {
    db = await freshDb();
    const saved = await saveCourse(createWriter(db, department), course());
    const refusal = await saveCourse(
      createWriter(db, centre),
      course({ purpose: 'อื่น' }),
      saved.id,
    ).catch((e) => e);
    expect(refusal.code).toBe('write.not-owner');
  });

  it('lists live courses by Thai title, leaving deleted ones out', async () => {
    db = await freshDb();
    const writer = createWriter(db, centre);
    await saveCourse(writer, course({ titleTh: 'ค่ายเยาวชน' }));
    const gone = await saveCourse(writer, course({ titleTh: 'กฎหมายคุ้มครองเด็ก' }));
    await saveCourse(writer, course({ titleTh: 'การจัดการรายกรณี' }));
    await writer.remove('courses', gone.id);
    expect((await listCourses(db)).map((c) => c.titleTh)).toEqual(['การจัดการรายกรณี', 'ค่ายเยาวชน']);
  });
});

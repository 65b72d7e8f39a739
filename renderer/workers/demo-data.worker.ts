// Generates demo data and writes it through the write layer, off the screen's thread, reporting
// progress as it goes. A centre gets its own volunteers; the department gets every centre's
// volunteers as copies received from them.
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { demoVolunteerChunks, generateDemoCentres, type DemoVolunteer } from '@shared/demo';
import { isUserFacingError } from '@shared/errors';
import { AppDB } from '../db/app-db';
import { writeContextOf } from '../db/installation';
import { receiveRecords } from '../db/receive';
import { createWriter } from '../db/write';
import type { DemoDataReply, DemoDataRequest } from './demo-data-messages';
import { writeDemoTraining } from './demo-training';

/** Volunteers kept aside as they are written, to seat in the demo training rounds. */
const TRAINEES = 200;

const CHUNK = 2_000;

function reply(message: DemoDataReply): void {
  postMessage(message);
}

async function run({ seed, volunteers, installation }: DemoDataRequest): Promise<void> {
  const db = new AppDB();
  await db.open();
  const context = writeContextOf(installation);
  const writer = createWriter(db, context);
  const isDepartment = installation.organisation.code === DEPARTMENT_CODE;
  const centres = isDepartment
    ? generateDemoCentres({ seed, count: 20 })
    : [installation.organisation];
  if (isDepartment)
    await writer.createMany(
      'organisations',
      centres.map((c) => ({ ...c })),
    );
  let done = 0;
  const trainees: DemoVolunteer[] = [];
  for (const chunk of demoVolunteerChunks({
    seed,
    centres,
    count: volunteers,
    chunkSize: CHUNK,
  })) {
    if (isDepartment) {
      const at = new Date().toISOString();
      await receiveRecords(
        db,
        context,
        'volunteers',
        chunk.map((v) => ({
          ...v,
          vv: { [`${v.owner}-1`]: 1 },
          updatedAt: at,
          updatedBy: `${v.owner}-1`,
          deletedAt: null,
        })),
      );
    } else {
      await writer.createMany('volunteers', chunk);
    }
    if (trainees.length < TRAINEES) trainees.push(...chunk.slice(0, TRAINEES - trainees.length));
    done += chunk.length;
    reply({ kind: 'progress', done, total: volunteers });
  }
  await writeDemoTraining(db, writer, seed, installation.organisation, centres, trainees);
  db.close();
  reply({ kind: 'done', volunteers: done, centres: centres.length });
}

onmessage = (event: MessageEvent<DemoDataRequest>) => {
  run(event.data).catch((error: unknown) => {
    const text = isUserFacingError(error)
      ? error.text
      : { th: `สร้างข้อมูลตัวอย่างไม่สำเร็จ: ${String(error)}`, en: `Demo data failed: ${String(error)}` };
    reply({ kind: 'error', code: isUserFacingError(error) ? error.code : 'demo.failed', ...text });
  });
};

// The training figures of `npm run bench`: a nation's attendance seeded, then a check-in timed on
// the app's own screen (from Enter to the confirmation on screen), a 550-person round's completion,
// and 550 certificates issued and printed to one PDF, each beside its baseline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHECK_INS = 40;
const INPUT_LABEL = 'เลขประจำตัวประชาชน, รหัสบนบัตร, เลขที่ หรือชื่อ';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Types each national id into the check-in input and times Enter → the confirmation painted. */
async function timeCheckIns(app, people) {
  return app.evaluate(
    async ({ people, label }) => {
      const input = [...document.querySelectorAll('input')].find((i) =>
        i.labels?.[0]?.textContent?.includes(label),
      );
      if (!input) throw new Error('no check-in input');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const confirmation = (number) =>
        [...document.querySelectorAll('[role=status]')].find(
          (el) => el.textContent.includes('✓') && el.textContent.includes(String(number)),
        );
      const times = [];
      for (const person of people) {
        const before = confirmation(person.number);
        const started = performance.now();
        setValue.call(input, person.nationalId);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await new Promise((resolve, reject) => {
          const poll = () => {
            const shown = confirmation(person.number);
            if (shown && shown !== before) resolve();
            else if (performance.now() - started > 10_000) reject(new Error('no confirmation'));
            else requestAnimationFrame(poll);
          };
          poll();
        });
        times.push(performance.now() - started);
      }
      return times;
    },
    { people, label: INPUT_LABEL },
  );
}

async function openApp(page, port, route) {
  const app = await page.context().newPage();
  await app.setViewportSize({ width: 1366, height: 768 });
  app.on('pageerror', (error) => console.error(`[app] ${error.message}`));
  await app.goto(`http://127.0.0.1:${port}/app/#${route}`);
  return app;
}

async function checkInFigures({ page, port, print, seeded, tag }) {
  const plan = await page.evaluate((id) => globalThis.bench.checkInPlan(id), seeded.checkInRoundId);
  const app = await openApp(page, port, `/training/rounds/${seeded.checkInRoundId}/check-in`);
  await app.getByRole('combobox', { name: INPUT_LABEL }).waitFor({ timeout: 120_000 });
  // The first few warm the screen up, as the first people at a door do; the rest are timed.
  const people = plan.people.slice(0, CHECK_INS + 5);
  const times = (await timeCheckIns(app, people)).slice(5);
  await app.close();
  const raw = await page.evaluate(
    ({ id, sessionId, ids }) => globalThis.bench.rawCheckIns(id, sessionId, ids),
    {
      id: seeded.checkInRoundId,
      sessionId: plan.sessionId,
      ids: plan.people.slice(CHECK_INS + 5, CHECK_INS * 2 + 5).map((p) => p.nationalId),
    },
  );
  print(`training-check-in-${tag}-median`, median(times), 'ms');
  print(`training-check-in-${tag}-slowest`, Math.max(...times), 'ms');
  print(`training-check-in-${tag}-raw-indexeddb-median`, raw.medianMs, 'ms');
  print(`training-check-in-${tag}-ratio-to-raw`, median(times) / raw.medianMs, 'x');
}

async function completionFigures({ page, print, seeded }) {
  const result = await page.evaluate(
    (id) => globalThis.bench.trainingCompletion(id),
    seeded.heldRoundId,
  );
  print(`training-completion-${result.participants}-median`, result.medianMs, 'ms');
  print(`training-completion-${result.participants}-raw-indexeddb-reads`, result.rawMedianMs, 'ms');
  print(
    `training-completion-${result.participants}-ratio-to-raw`,
    result.medianMs / result.rawMedianMs,
    'x',
  );
}

/** Issues the fully attended round's certificates, prints them through the print route, counts pages. */
async function certificateFigures({ page, port, print, seeded }) {
  const issued = await page.evaluate(
    (id) => globalThis.bench.issueCertificates(id),
    seeded.certificateRoundId,
  );
  print(`training-certificates-${issued.issued}-issue-and-sign`, issued.issueMs / 1000, 's');
  const started = Date.now();
  const app = await openApp(
    page,
    port,
    `/print/training/${seeded.certificateRoundId}/certificates`,
  );
  await app.waitForFunction(() => document.body.dataset.printReady === 'true', null, {
    timeout: 600_000,
  });
  const readyMs = Date.now() - started;
  const pdf = await app.pdf({ format: 'A4', landscape: true, printBackground: true });
  const totalMs = Date.now() - started;
  await app.close();
  const pages = pdfPages(pdf);
  // The baseline: Chromium printing as many plain A4 pages of text, one name each.
  const baseStarted = Date.now();
  const plain = await page.context().newPage();
  const body = Array.from({ length: pages }, (_, i) => `<section>เกียรติบัตร ${i + 1}</section>`);
  await plain.setContent(
    `<style>@page{size:A4 landscape}section{break-after:page;font:40px sans-serif}</style>${body.join('')}`,
  );
  await plain.pdf({ format: 'A4', landscape: true, printBackground: true });
  const baseMs = Date.now() - baseStarted;
  await plain.close();
  print(`training-certificates-${issued.issued}-pdf-pages`, pages, 'pages');
  print(`training-certificates-${issued.issued}-pdf-size`, pdf.length / 1024 / 1024, 'MB');
  print(`training-certificates-${issued.issued}-page-ready`, readyMs / 1000, 's');
  print(`training-certificates-${issued.issued}-to-pdf-total`, totalMs / 1000, 's');
  print(`training-certificates-${issued.issued}-plain-pages-baseline`, baseMs / 1000, 's');
  print(`training-certificates-${issued.issued}-ratio-to-plain`, totalMs / baseMs, 'x');
}

function pdfPages(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'opm-bench-pdf-'));
  try {
    const file = join(dir, 'certificates.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function trainingFigures({ page, port, print, volunteers, marks }) {
  const seeded = await page.evaluate(({ v, m }) => globalThis.bench.seedTraining(v, m), {
    v: volunteers,
    m: marks,
  });
  const tag = `${Math.round(seeded.marks / 1000)}k-marks`;
  print(`training-seed-${tag}`, seeded.seedMs / 1000, 's');
  print(`training-seed-${tag}-rounds`, seeded.rounds, 'rounds');
  print(`training-seed-${tag}-participants`, seeded.participants, 'participants');
  const context = { page, port, print, seeded, tag };
  await checkInFigures(context);
  await completionFigures(context);
  await certificateFigures(context);
}

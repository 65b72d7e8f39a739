// The round's report as an Excel workbook with Thai headers: one sheet per participant, per session
// and per province, the same cells as the printed report. exceljs loads only when asked for.
import type { Workbook } from 'exceljs';
import type { RoundReport } from '../../../db/training/round-report';
import {
  columnTitle,
  participantCell,
  participantColumns,
  provinceCell,
  provinceColumns,
  sessionCell,
  sessionColumns,
  type ReportText,
} from '../../../print/training/report-rows';

/** Columns kept as numbers, so that Excel can add them up. */
const numeric = new Set([
  'number',
  'percent',
  'present',
  'late',
  'leftEarly',
  'absent',
  'enrolled',
  'completed',
]);

type SheetColumn = { key: string; title: string };

function addSheet(
  workbook: Workbook,
  name: string,
  columns: SheetColumn[],
  rows: string[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.title,
    width: Math.max(10, column.title.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((cell, i) => (numeric.has(columns[i]!.key) && cell !== '' ? Number(cell) : cell)),
    );
  }
}

export async function roundReportWorkbook(
  report: RoundReport,
  text: ReportText,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const titled = (table: 'participants' | 'sessions' | 'provinces', keys: readonly string[]) =>
    keys.map((key) => ({ key, title: columnTitle(table, key, text) }));
  addSheet(
    workbook,
    text.t('completion.report.sheets.participants'),
    titled('participants', participantColumns),
    report.rows.map((row) => participantColumns.map((c) => participantCell(c, row, report, text))),
  );
  addSheet(
    workbook,
    text.t('completion.report.sheets.sessions'),
    titled('sessions', sessionColumns),
    report.sessionSeries.map((session) => sessionColumns.map((c) => sessionCell(c, session, text))),
  );
  addSheet(
    workbook,
    text.t('completion.report.sheets.provinces'),
    titled('provinces', provinceColumns),
    report.provinces.map((row) => provinceColumns.map((c) => provinceCell(c, row, text))),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// The messages between the screen and the volunteer-export worker.
import type { VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { SpreadsheetFormat } from '@shared/spreadsheet/read-sheet';

export type VolunteerExportRequest = {
  filter: VolunteerFilter;
  format: SpreadsheetFormat;
  language: 'th' | 'en';
  /** A selection, in its order; otherwise every volunteer the filter selects. */
  ids?: string[];
};

export type VolunteerExportReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; bytes: Uint8Array; count: number }
  | { kind: 'error'; code: string; th: string; en: string };

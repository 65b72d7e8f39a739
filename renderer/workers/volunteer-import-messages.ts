// The messages between the import screen and the volunteer-import worker.
import type { ColumnKey, ColumnMapping } from '@shared/spreadsheet/columns';
import type { RowProblem } from '@shared/spreadsheet/import-report';
import type { Installation } from '../db/installation';

export type ImportStage = 'read' | 'check' | 'write';

export type VolunteerImportRequest =
  | {
      kind: 'read';
      name: string;
      bytes: Uint8Array;
      remembered: Record<string, ColumnKey | ''>;
    }
  | { kind: 'check'; mapping: ColumnMapping }
  | { kind: 'commit'; installation: Installation };

/** What the screen shows of a checked file. */
export type ImportSummary = {
  total: number;
  validCount: number;
  rejectedRows: number;
  problems: RowProblem[];
};

export type VolunteerImportReply =
  | { kind: 'progress'; stage: ImportStage; done: number; total: number }
  | { kind: 'read'; headers: string[]; mapping: ColumnMapping; preview: string[][] }
  | { kind: 'checked'; summary: ImportSummary }
  | { kind: 'committed'; count: number }
  | { kind: 'error'; code: string; th: string; en: string };

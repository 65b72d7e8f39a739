// The messages between the screen and the demo-data worker.
import type { Installation } from '../db/installation';

export type DemoDataRequest = { seed: number; volunteers: number; installation: Installation };

export type DemoDataReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; volunteers: number; centres: number }
  | { kind: 'error'; code: string; th: string; en: string };

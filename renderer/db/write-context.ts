// Who is writing: this installation and its organisation, stamped on every change.

export type WriteContext = {
  /** e.g. `C6501-1` */
  installationId: string;
  /** e.g. `C6501` or `DSDW` */
  organisation: string;
  /** The clock, replaceable in tests so that stamps can be checked exactly. */
  now?: () => Date;
};

export function nowIso(context: WriteContext): string {
  return (context.now ? context.now() : new Date()).toISOString();
}

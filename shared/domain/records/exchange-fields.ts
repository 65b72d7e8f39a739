// The fields every exchanged record carries (bundle-format.md, "Records"), and the local-only ones.

/** Installation id → how many changes that installation made to the record. */
export type VersionVector = Record<string, number>;

export type ExchangeFields = {
  /** A UUID. */
  id: string;
  /** The organisation that owns the record: a centre code such as `C6501`, or `DSDW`. */
  owner: string;
  vv: VersionVector;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
  /** The installation that made the last change, e.g. `C6501-1`. */
  updatedBy: string;
  /** Null, or the ISO time of deletion: the record is then a tombstone. */
  deletedAt: string | null;
};

/** Local bookkeeping, never exported: this installation's change counter at the last write. */
export type LocalFields = { lc: number };

export type StoredRecord<T> = T & ExchangeFields & LocalFields;

export const exchangeFieldNames = [
  'id',
  'owner',
  'vv',
  'updatedAt',
  'updatedBy',
  'deletedAt',
] as const satisfies readonly (keyof ExchangeFields)[];

export const localFieldNames = ['lc'] as const satisfies readonly (keyof LocalFields)[];

/** The record as it travels in a bundle: the local counter removed. */
export function toExchanged<T extends LocalFields>(record: T): Omit<T, 'lc'> {
  const { lc: _lc, ...rest } = record;
  return rest;
}

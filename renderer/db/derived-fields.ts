// Local fields derived from a record on every write and every receipt: the list indexes of the
// volunteer registry. They are never exported (see toExchanged).
import { volunteerIndexFields } from '@shared/domain/volunteers/volunteer-index';
import type { ExchangedTableName, ExchangedTables } from './app-db';

export const derivedFieldNames = ['ix'] as const;

export function withDerivedFields<N extends ExchangedTableName>(
  name: N,
  record: ExchangedTables[N],
): ExchangedTables[N] {
  if (name === 'volunteers') {
    const v = record as ExchangedTables['volunteers'];
    return { ...v, ix: volunteerIndexFields(v) } as ExchangedTables[N];
  }
  return record;
}

// Version 40: the exchange log (every bundle sent or read, and its outcome) and flags that ask a
// person to look at a record, such as a possible duplicate found when a bundle was applied.
import type { Migration } from './migration';

export const v40Exchange: Migration = {
  version: 40,
  stores: {
    // bundle-format.md: the outcome of each bundle is kept with its manifest hash.
    exchangeLog: '++seq, [issuer+sequence], at',
    flags: '++seq, [table+recordId], kind, at',
  },
};

// Spreadsheet import and export of the volunteer registry: reading files, mapping columns, checking
// rows, writing files. Pure code, run in a worker in the app and under Node in tests.
export * from './cells';
export * from './columns';
export * from './words';
export * from './address-lookup';
export * from './convert-row';
export * from './import-report';
export * from './export-rows';
export * from './csv';
export * from './xlsx';
export * from './read-sheet';

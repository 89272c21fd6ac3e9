export * from './cells';
export * from './columns';
export * from './csv';
export * from './plan';
export * from './import-run.entity';
export * from './import-runs';
export * from './spreadsheet';
export * from './upload';

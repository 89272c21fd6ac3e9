export * from './cells';
export * from './columns';
export * from './csv';
export * from './plan';

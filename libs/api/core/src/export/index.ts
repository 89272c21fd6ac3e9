export * from './own-query';
export * from './sheet';

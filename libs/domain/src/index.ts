export * from './roles';
export * from './permissions';
export * from './channels';
export * from './validation';

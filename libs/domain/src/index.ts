export * from './roles';
export * from './permissions';
export * from './channels';
export * from './validation';
export * from './planning';
export * from './time';
export * from './publishing';
export * from './calendar-order';

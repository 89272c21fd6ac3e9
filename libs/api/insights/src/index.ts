export * from './insights.entities';
export * from './insights.feature';
export * from './insights.module';

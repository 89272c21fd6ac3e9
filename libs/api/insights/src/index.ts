export * from './insights.entities';
export * from './insights.feature';
export * from './insights.module';
export * from './evaluation.entity';

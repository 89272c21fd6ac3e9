export * from './insights.entities';
export * from './insights.feature';
export * from './insights.module';
export * from './evaluation.entity';
// metrics and their import
export * from './metrics.entities';
export * from './metrics.service';
export * from './metrics-import';

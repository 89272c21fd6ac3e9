export * from './comments.service';
export * from './crisis.service';
export * from './posts.service';
export * from './publishing.fields';
export * from './publishing.loaders';
export * from './publishing.entities';
export * from './publishing.module';

export * from './publishing.feature';
export * from './publishing.types';
export type { PostInput } from './dto/publishing.input';

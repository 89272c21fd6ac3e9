export * from './audience.entity';
export * from './auth.service';
export * from './channel.entity';
export * from './department.entity';
export * from './enums';
export * from './identity.fields';
export * from './identity.loaders';
export * from './identity.module';
export * from './live-sessions';
export * from './password';
export * from './reference-data.service';
export * from './session.entity';
export * from './theme.entity';
export * from './user.entity';
export * from './users.service';

export * from './identity.feature';

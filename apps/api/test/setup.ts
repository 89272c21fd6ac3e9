import 'reflect-metadata';

// @nestjs/graphql keeps its type metadata on the process-wide global, which outlives a test file; every file loads
// its classes anew, so each starts with empty storages.
const nestGlobals = globalThis as Record<string, unknown>;
delete nestGlobals.GqlTypeMetadataStorage;
delete nestGlobals.GqlLazyMetadataStorageHost;

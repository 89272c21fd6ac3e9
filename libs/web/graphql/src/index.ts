export * from './generated';
export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { errorCode, errorMessage, fieldErrors, errorId, type ErrorCode } from './errors';

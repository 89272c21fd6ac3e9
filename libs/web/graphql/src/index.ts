export * from './generated';
export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { errorCode, errorMessage, failureFacts, fieldErrors, errorId, type ErrorCode } from './errors';

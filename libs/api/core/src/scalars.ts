import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidDate } from '@planbord/domain';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidDate(value)) {
    throw new GraphQLError(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date `YYYY-MM-DD`, in the organisation's time zone. */
export const GraphQLDate = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date YYYY-MM-DD in the organisation\'s time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { describeIssue, parseInstant, SCALAR_RULES } from '@planbord/domain';

function refuse(scalar: string, value: unknown, issue: Parameters<typeof describeIssue>[0]): never {
  throw new GraphQLError(`${scalar} ${JSON.stringify(value)}: ${describeIssue(issue, 'en')}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

const literal = (ast: ValueNode): unknown => (ast.kind === Kind.STRING ? ast.value : null);

function parseDate(value: unknown): string {
  const issue = SCALAR_RULES.Date(value);
  if (issue) refuse('Date', value, issue);
  return value as string;
}

/** A calendar date `YYYY-MM-DD`, in the organisation's time zone. */
export const GraphQLDate = new GraphQLScalarType({
  name: 'Date',
  description: "A calendar date YYYY-MM-DD in the organisation's time zone.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseDateTime(value: unknown): Date {
  const parsed = typeof value === 'string' ? parseInstant(value) : ({ code: 'invalidDate' } as const);
  if (!(parsed instanceof Date)) refuse('DateTime', value, parsed);
  return parsed;
}

/** An instant; it takes the place of Nest's DateTime, which reads a time without a zone as UTC and takes any year. */
export const GraphQLDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'An instant: an ISO 8601 date and time with an offset (Z or ±hh:mm), such as 2027-03-01T09:30:00+01:00, from 1900 up to 2200.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});

import { Logger } from '@nestjs/common';
import { buildSchema, graphql } from 'graphql';
import { BadInputError, ForbiddenError, formatError, NotFoundError } from './errors';
import { attachFieldResolvers, fieldsOf } from './field-resolvers';
import { RequestLoaders } from './loaders';
import type { GraphQLContext, SessionUser } from './request';

class Event {
  id = 'e1';
  title = 'Opening skatepark';
}

const SDL =
  'type Query { event: Event } type Event { id: ID! coverage: String themes: [String!]! assignments: [String!]! }';
const member: SessionUser = { id: 'u1', name: 'Mila', role: 'MEMBER', locale: 'en', sessionId: 's1' };
const context = (user: SessionUser | undefined = member) =>
  ({ req: { user, locale: user?.locale ?? 'nl' }, loaders: new RequestLoaders() }) as unknown as GraphQLContext;

async function run(fields: Parameters<typeof fieldsOf<Event>>[1], query: string, user?: SessionUser) {
  const schema = attachFieldResolvers(buildSchema(SDL), [fieldsOf(Event, fields)]);
  const result = await graphql({
    schema,
    source: query,
    rootValue: { event: new Event() },
    contextValue: context(user),
  });
  return { data: result.data, errors: result.errors?.map((error) => formatError(error.toJSON(), error)) };
}

describe('typed field resolvers', () => {
  // The unexpected error of one case is logged with its id, as it should be; the test output need not show it.
  beforeAll(() => Logger.overrideLogger(false));

  it('give the resolver its parent as the class it belongs to', async () => {
    const { data } = await run({ coverage: (event) => `covered: ${event.title}` }, '{ event { coverage } }');
    expect(data).toEqual({ event: { coverage: 'covered: Opening skatepark' } });
  });

  it('map a domain error thrown in a field resolver to its code, as everywhere else, not to an internal error', async () => {
    const { errors } = await run(
      {
        coverage: () => {
          throw new BadInputError({ coverage: { code: 'required' } });
        },
      },
      '{ event { coverage } }',
    );
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { coverage: expect.any(String) } });
    expect(errors![0].path).toEqual(['event', 'coverage']);
  });

  it('map a domain error in an asynchronous field resolver too', async () => {
    const { errors } = await run(
      {
        themes: async () => {
          throw new ForbiddenError();
        },
        assignments: () => Promise.reject(new NotFoundError('Event', 'e1')),
      },
      '{ event { id themes } other: event { assignments } }',
    );
    expect(errors?.map((e) => e.extensions?.code).sort()).toEqual(['FORBIDDEN', 'NOT_FOUND']);
  });

  it('still hide anything unexpected behind an internal error with an id', async () => {
    const { errors } = await run(
      {
        coverage: () => {
          throw new Error('relation "secret" does not exist');
        },
      },
      '{ event { coverage } }',
    );
    expect(errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(errors![0].message).not.toContain('secret');
  });

  it('refuse someone not signed in before the resolver runs', async () => {
    const resolve = jest.fn(() => 'x');
    const schema = attachFieldResolvers(buildSchema(SDL), [fieldsOf(Event, { coverage: resolve })]);
    const result = await graphql({
      schema,
      source: '{ event { coverage } }',
      rootValue: { event: new Event() },
      contextValue: { req: {}, loaders: new RequestLoaders() },
    });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(resolve).not.toHaveBeenCalled();
  });

  it('refuse at start a field the permission table does not declare', () => {
    expect(() =>
      attachFieldResolvers(buildSchema('type Query { a: Event } type Event { id: ID secret: String }'), [
        fieldsOf(Event, { secret: () => 'x' }),
      ]),
    ).toThrow('Event.secret, which the permission table does not declare');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { isDeclared, PERMISSIONS } from '@planbord/domain';
import { startApi, type TestApi } from './harness';

const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'libs', 'graphql-schema', 'schema.graphql');

let api: TestApi;
let schema: GraphQLSchema;
beforeAll(async () => {
  api = await startApi();
  schema = api.app.get(GraphQLSchemaHost).schema;
});
afterAll(async () => {
  await api.close();
});

/** Every root operation as `Type.field`. (Field resolvers pass the same guard, which refuses undeclared ones.) */
function guardedOperations(): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []))
    .sort();
}

describe('the GraphQL schema', () => {
  it('is committed as it is generated (run `npm run schema` after changing the API)', () => {
    const current = `${printSchema(lexicographicSortSchema(schema))}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, current);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(current);
  });

  it('declares a permission for every query and mutation (default deny)', () => {
    const operations = guardedOperations();
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((op) => !isDeclared(op))).toEqual([]);
  });

  it('has no permission entries for operations or fields that no longer exist', () => {
    const exists = (entry: string) => {
      const [typeName, field] = entry.split('.');
      const type = schema.getType(typeName);
      return isObjectType(type) && field in type.getFields();
    };
    expect(Object.keys(PERMISSIONS).filter((entry) => !exists(entry))).toEqual([]);
  });
});

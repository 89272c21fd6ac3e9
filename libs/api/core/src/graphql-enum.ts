import { registerEnumType } from '@nestjs/graphql';

/** Registers a GraphQL enum from the value list that `libs/domain` owns, and returns it for `@Field(() => …)`. */
export function graphqlEnum<T extends string>(
  name: string,
  values: readonly T[],
  description?: string,
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

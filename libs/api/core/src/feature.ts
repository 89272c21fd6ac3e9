import type { Type } from '@nestjs/common';
import type { TypeFields } from './field-resolvers';

/**
 * What a feature brings to the API, in one place: the app lists features, one line each, and takes their modules,
 * entities, migrations and field resolvers from here. Jobs and domain-event listeners are registered by the
 * module's own providers when it initialises; permissions are the feature's section of the one table in
 * `libs/domain`.
 */
export interface FeatureManifest {
  name: string;
  /** The Nest module with the feature's services and resolvers. */
  module: Type<unknown>;
  /** The TypeORM entities of the tables the feature owns. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: readonly Function[];
  /** Tables it owns that have no entity of their own (link tables, written by its services' SQL). */
  tables?: readonly string[];
  /** SQL views it publishes: the one way another feature may join on its data in SQL. */
  views?: readonly string[];
  /** Migrations of the feature's tables (run in timestamp order with everyone else's). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations?: readonly Function[];
  /** Relation fields of the feature's own types (see README, Architecture). */
  fields?: readonly TypeFields[];
  /** The operations of the permission table this feature serves (root fields and field resolvers). */
  permissions: readonly string[];
}

export function defineFeature(manifest: FeatureManifest): FeatureManifest {
  return manifest;
}

/** Orders migrations by the timestamp that ends their class name, as TypeORM runs them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export function byTimestamp(a: Function, b: Function): number {
  const timestamp = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)?.[1] ?? 0);
  return timestamp(a) - timestamp(b);
}

/** Everything the app needs from its features, merged. A feature's field resolvers must be in its own permissions. */
export function combineFeatures(features: readonly FeatureManifest[]) {
  for (const feature of features) {
    for (const { typeName, resolvers } of feature.fields ?? []) {
      for (const field of Object.keys(resolvers)) {
        if (!feature.permissions.includes(`${typeName}.${field}`))
          throw new Error(`${feature.name} resolves ${typeName}.${field}, which its permissions do not list`);
      }
    }
  }
  return {
    modules: features.map((feature) => feature.module),
    entities: features.flatMap((feature) => feature.entities),
    migrations: features.flatMap((feature) => feature.migrations ?? []),
    fields: features.flatMap((feature) => feature.fields ?? []),
    permissions: features.flatMap((feature) => feature.permissions),
  };
}

import { byTimestamp, combineFeatures, defineFeature } from './feature';
import { fieldsOf } from './field-resolvers';

class Event {
  id = 'e1';
}
class PlanningModule {}
class PublishingModule {}
class Foundation1763769600000 {}
class Views1764633600000 {}
class Planning1763856000000 {}

const planning = defineFeature({
  name: 'planning',
  module: PlanningModule,
  entities: [Event],
  migrations: [Views1764633600000, Planning1763856000000],
  fields: [fieldsOf(Event, { themes: () => [] })],
  permissions: ['Query.event', 'Event.themes'],
});

describe('feature manifests', () => {
  it('merge into the modules, entities, migrations and fields the app needs', () => {
    const features = combineFeatures([
      planning,
      defineFeature({ name: 'publishing', module: PublishingModule, entities: [], permissions: [] }),
    ]);
    expect(features.modules).toEqual([PlanningModule, PublishingModule]);
    expect(features.entities).toEqual([Event]);
    expect(features.fields.map((f) => f.typeName)).toEqual(['Event']);
    expect([Views1764633600000, ...features.migrations, Foundation1763769600000].sort(byTimestamp)).toEqual([
      Foundation1763769600000,
      Planning1763856000000,
      Views1764633600000,
      Views1764633600000,
    ]);
  });

  it('refuse a feature that resolves a field its permissions do not list', () => {
    const sloppy = defineFeature({ ...planning, permissions: ['Query.event'] });
    expect(() => combineFeatures([sloppy])).toThrow(
      'planning resolves Event.themes, which its permissions do not list',
    );
  });
});

import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IngestSource } from './ingest-source.entity';

/** A source with its secret, answered once: when it is made and when the secret is renewed. */
@ObjectType()
export class IngestSourceCreated {
  @Field(() => IngestSource)
  source: IngestSource;

  @Field(() => String, {
    nullable: true,
    description: 'The webhook secret for X-Planbord-Signature, shown only now (none for a feed)',
  })
  secret: string | null;
}

/** Which column fills a field of an import; no column leaves the field empty. */
@InputType()
export class ImportMappingInput {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  column: string | null;
}

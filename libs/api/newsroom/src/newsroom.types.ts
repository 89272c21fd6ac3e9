import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Signal } from './signal.entity';

/** A page of signals, newest first; `after: endCursor` gives the next page. */
@ObjectType()
export class SignalConnection {
  @Field(() => [Signal]) nodes: Signal[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasNextPage: boolean;
  /** Counted only when asked for (see newsroom.fields.ts): on a large inbox the count costs more than the page. */
  count: () => Promise<number>;
  @Field(() => Int) totalCount?: number;
}

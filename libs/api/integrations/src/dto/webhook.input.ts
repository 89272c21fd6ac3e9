import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class WebhookPatch {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String], { nullable: true }) events?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

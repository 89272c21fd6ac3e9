import { Field, ID, InputType } from '@nestjs/graphql';
import type { TopicStatus } from '@planbord/domain';
import { TopicStatusEnum } from '../enums';

@InputType()
export class TopicPatch {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => TopicStatusEnum, { nullable: true }) status?: TopicStatus | null;
}

@InputType()
export class ThemeRulePatchInput {
  @Field(() => ID, { nullable: true }) themeId?: string | null;
  @Field(() => [String], { nullable: true }) keywords?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'When the team is in on one ISO weekday (1 Monday … 7 Sunday); without times: closed.' })
export class OfficeHoursInput {
  @Field(() => Int) weekday: number;
  @Field(() => String, { nullable: true, description: '`HH:mm`, local time' }) opens?: string | null;
  @Field(() => String, { nullable: true, description: '`HH:mm`, local time' }) closes?: string | null;
}

@InputType()
export class ReplyTemplateInput {
  @Field() name: string;
  @Field({ description: 'The answer; `{naam}` and `{onderwerp}` are filled in from the signal' }) body: string;
  @Field(() => [ID], { nullable: true }) themeIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class ReplyTemplatePatch {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) body?: string;
  @Field(() => [ID], { nullable: true }) themeIds?: string[];
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

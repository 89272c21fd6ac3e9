import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'When the team is in on one ISO weekday (1 Monday … 7 Sunday); without times: closed.' })
export class OfficeHoursInput {
  @Field(() => Int) weekday: number;
  @Field(() => String, { nullable: true, description: '`HH:mm`, local time' }) opens?: string | null;
  @Field(() => String, { nullable: true, description: '`HH:mm`, local time' }) closes?: string | null;
}

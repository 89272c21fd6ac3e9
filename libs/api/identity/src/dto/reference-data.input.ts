import { Field, ID, InputType } from '@nestjs/graphql';
import type { ChannelKind } from '@planbord/domain';
import { ChannelKindEnum } from '../enums';

@InputType()
export class DepartmentInput {
  @Field() name: string;
  @Field() color: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class ThemeInput {
  @Field() name: string;
  @Field() color: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class AudienceInput {
  @Field() name: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class ChannelInput {
  @Field() name: string;
  @Field(() => ChannelKindEnum) kind: ChannelKind;
  @Field(() => String, { nullable: true }) handle?: string | null;
  @Field(() => ID, { nullable: true }) ownerDepartmentId?: string | null;
  @Field(() => [ID], { nullable: true }) audienceIds?: string[] | null;
}

@InputType()
export class ChannelPatch {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ChannelKindEnum, { nullable: true }) kind?: ChannelKind;
  @Field(() => String, { nullable: true }) handle?: string | null;
  @Field(() => ID, { nullable: true }) ownerDepartmentId?: string | null;
  @Field(() => [ID], { nullable: true }) audienceIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType({
  description:
    'A new channel as a liaison or team member proposes it: what it is, who owns it, whom it reaches and why.',
})
export class ChannelProposalInput {
  @Field() name: string;
  @Field(() => ChannelKindEnum) kind: ChannelKind;
  @Field(() => String, { nullable: true }) handle?: string | null;
  @Field(() => ID, { nullable: true }) ownerDepartmentId?: string | null;
  @Field(() => [ID], { nullable: true }) audienceIds?: string[] | null;
  @Field({ description: 'Why the municipality needs this channel' }) reason: string;
}

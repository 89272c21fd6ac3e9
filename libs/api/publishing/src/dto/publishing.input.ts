import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class PostInput {
  @Field(() => ID) channelId: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => Date, { nullable: true }) plannedAt?: Date | null;
  @Field(() => ID, { nullable: true }) eventId?: string | null;
  @Field(() => ID, { nullable: true }) slotId?: string | null;
  @Field(() => [String], { nullable: true }) mediaUrls?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "The post's own themes" }) themeIds?: string[] | null;
}

@InputType()
export class PostPatch {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) body?: string;
  @Field(() => ID, { nullable: true }) channelId?: string;
  @Field(() => Date, { nullable: true }) plannedAt?: Date | null;
  @Field(() => [String], { nullable: true }) mediaUrls?: string[];
  @Field(() => [ID], { nullable: true, description: "The post's own themes (an empty list: its event's or rubric's)" })
  themeIds?: string[];
}

@InputType()
export class CommentInput {
  @Field(() => ID, { nullable: true }) eventId?: string | null;
  @Field(() => ID, { nullable: true }) slotId?: string | null;
  @Field(() => ID, { nullable: true }) postId?: string | null;
  @Field() body: string;
  @Field(() => [ID], { nullable: true, description: 'People mentioned with @; they are notified' }) mentionIds?:
    string[] | null;
}

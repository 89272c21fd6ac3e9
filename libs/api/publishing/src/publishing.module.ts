import { Module } from '@nestjs/common';
import { CommentsService } from './comments.service';
import { CrisisService } from './crisis.service';
import { PostsService } from './posts.service';
import {
  AssignmentPostResolver, CalendarPostsResolver, CommentsResolver, CrisisResolver, EventPostsResolver, PostsResolver, ReviewsResolver, SlotPostsResolver,
} from './publishing.resolver';

@Module({
  providers: [
    PostsService, CrisisService, CommentsService,
    PostsResolver, ReviewsResolver, CommentsResolver, CrisisResolver, EventPostsResolver, SlotPostsResolver, AssignmentPostResolver, CalendarPostsResolver,
  ],
  exports: [PostsService, CrisisService, CommentsService],
})
export class PublishingModule {}

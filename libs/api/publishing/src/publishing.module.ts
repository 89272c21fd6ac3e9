import { Module } from '@nestjs/common';
import { IdentityModule } from '@planbord/api-identity';
import { PlanningModule } from '@planbord/api-planning';
import { CommentsService } from './comments.service';
import { CrisisService } from './crisis.service';
import { PostsService } from './posts.service';
import {
  AssignmentPostResolver,
  CalendarPostsResolver,
  CommentsResolver,
  CrisisResolver,
  EventPostsResolver,
  PostsResolver,
  SlotPostsResolver,
} from './publishing.resolver';

@Module({
  imports: [IdentityModule, PlanningModule],
  providers: [
    PostsService,
    CrisisService,
    CommentsService,
    PostsResolver,
    CommentsResolver,
    CrisisResolver,
    EventPostsResolver,
    SlotPostsResolver,
    AssignmentPostResolver,
    CalendarPostsResolver,
  ],
  exports: [PostsService, CrisisService, CommentsService],
})
export class PublishingModule {}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { check, hasIssues, isUuid, LIMITS, rules, type FieldIssues } from '@planbord/domain';
import { AuditService, BadInputError, ChangeFeed, type SessionUser } from '@planbord/api-core';
import { UsersService } from '@planbord/api-identity';
import { EventsService, SlotsService } from '@planbord/api-planning';
import type { CommentInput } from './dto/publishing.input';
import { Comment, Post } from './publishing.entities';

const TARGETS = [
  ['eventId', 'Event'],
  ['slotId', 'Slot'],
  ['postId', 'Post'],
] as const;

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly events: EventsService,
    private readonly slots: SlotsService,
    private readonly users: UsersService,
  ) {}

  /** The title of what a comment is on, asked of the feature that owns it; null when it does not exist. */
  private async subjectOf(field: (typeof TARGETS)[number][0], id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    if (field === 'eventId') return (await this.events.get(id))?.title ?? null;
    if (field === 'slotId') return this.slots.titleOf(id);
    return (await this.db.getRepository(Post).findOneBy({ id }))?.title ?? null;
  }

  list(target: { eventId?: string | null; slotId?: string | null; postId?: string | null }): Promise<Comment[]> {
    const [field] = TARGETS.find(([f]) => target[f]) ?? [];
    if (!field || !isUuid(target[field]!)) return Promise.resolve([]);
    return this.db
      .getRepository(Comment)
      .find({ where: { [field]: target[field] }, order: { createdAt: 'ASC' }, take: 500 });
  }

  async add(actor: SessionUser, input: CommentInput): Promise<Comment> {
    const issues: FieldIssues = check(input, { body: rules.text(LIMITS.note, { required: true }) });
    const targets = TARGETS.filter(([f]) => input[f]);
    if (targets.length !== 1) issues.eventId = { code: targets.length ? 'notAllowed' : 'required' };
    const [[field, entityType]] = targets.length ? targets : [TARGETS[0]];
    let subject = '';
    if (targets.length === 1) {
      const title = await this.subjectOf(field, input[field]!);
      if (title === null) issues[field] = { code: 'notFound' };
      else subject = title;
    }
    const mentionIds = [...new Set(input.mentionIds ?? [])];
    if (mentionIds.length) {
      const found = await this.users.countActive(mentionIds);
      if (found !== mentionIds.length) issues.mentionIds = { code: 'notFound' };
    }
    if (hasIssues(issues)) throw new BadInputError(issues);
    const comment = await this.db.transaction(async (em) => {
      const comment = await em.save(
        em.create(Comment, { authorId: actor.id, [field]: input[field], body: input.body.trim(), mentionIds }),
      );
      await this.audit.record(em, {
        actor,
        entityType: 'Comment',
        entityId: comment.id,
        action: 'create',
        after: comment,
      });
      return comment;
    });
    await this.feed.publish({
      entityType,
      id: input[field]!,
      kind: 'updated',
      actor,
      notice: { kind: 'MENTIONED', to: mentionIds, entityType, entityId: input[field]!, subject },
    });
    return comment;
  }
}

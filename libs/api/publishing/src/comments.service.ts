import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { check, hasIssues, isUuid, LIMITS, rules, type FieldIssues } from '@planbord/domain';
import { AuditService, BadInputError, CalendarPubSub, NotificationsService, type SessionUser } from '@planbord/api-core';
import { User } from '@planbord/api-identity';
import type { CommentInput } from './dto/publishing.input';
import { Comment } from './publishing.entities';

const TARGETS = [['eventId', 'events', 'Event'], ['slotId', 'slots', 'Slot'], ['postId', 'posts', 'Post']] as const;

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly pubsub: CalendarPubSub,
    private readonly notifications: NotificationsService,
  ) {}

  list(target: { eventId?: string | null; slotId?: string | null; postId?: string | null }): Promise<Comment[]> {
    const [field] = TARGETS.find(([f]) => target[f]) ?? [];
    if (!field || !isUuid(target[field]!)) return Promise.resolve([]);
    return this.db.getRepository(Comment).find({ where: { [field]: target[field] }, order: { createdAt: 'ASC' }, take: 500 });
  }

  async add(actor: SessionUser, input: CommentInput): Promise<Comment> {
    const issues: FieldIssues = check(input, { body: rules.text(LIMITS.note, { required: true }) });
    const targets = TARGETS.filter(([f]) => input[f]);
    if (targets.length !== 1) issues.eventId = { code: targets.length ? 'notAllowed' : 'required' };
    const [[field, table, entityType]] = targets.length ? targets : [TARGETS[0]];
    let subject = '';
    if (targets.length === 1) {
      const rows: { title: string | null }[] = isUuid(input[field]!)
        ? await this.db.query(`SELECT ${table === 'slots' ? "COALESCE(t.title, r.name, '')" : 't.title'} AS title FROM ${table} t ${table === 'slots' ? 'LEFT JOIN rubrics r ON r.id = t.rubric_id' : ''} WHERE t.id = $1 AND t.deleted_at IS NULL`, [input[field]])
        : [];
      if (!rows.length) issues[field] = { code: 'notFound' };
      else subject = rows[0].title ?? '';
    }
    const mentionIds = [...new Set(input.mentionIds ?? [])];
    if (mentionIds.length) {
      const found = mentionIds.every(isUuid) ? await this.db.getRepository(User).count({ where: { id: In(mentionIds), active: true } }) : 0;
      if (found !== mentionIds.length) issues.mentionIds = { code: 'notFound' };
    }
    if (hasIssues(issues)) throw new BadInputError(issues);
    const { comment, told } = await this.db.transaction(async (em) => {
      const comment = await em.save(em.create(Comment, { authorId: actor.id, [field]: input[field], body: input.body.trim(), mentionIds }));
      await this.audit.record(em, { actor, entityType: 'Comment', entityId: comment.id, action: 'create', after: comment });
      const told = await this.notifications.notify(em, mentionIds, { kind: 'MENTIONED', entityType, entityId: input[field]!, subject, actor });
      return { comment, told };
    });
    await this.pubsub.publish(entityType, input[field]!, 'updated');
    await this.notifications.deliver(told);
    return comment;
  }
}

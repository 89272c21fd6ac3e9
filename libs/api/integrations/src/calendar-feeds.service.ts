import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { isUuid, localDateOf, type AssignmentRole, type Locale } from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  NotFoundError,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import { CalendarService, type CalendarEvent, type CalendarSlot } from '@planbord/api-planning';
import { PostsService, type Post } from '@planbord/api-publishing';
import { CALENDAR_FEED_SCOPES, CalendarFeed, type CalendarFeedScope } from './calendar-feed.entity';
import { buildFeed, type FeedItem } from './ical-feed';

/** What a feed shows: from three months back to a year ahead of the moment it is fetched. */
export const FEED_WINDOW = { daysBack: 92, daysAhead: 366 } as const;
const MINUTE = 60_000;
const SLOT_MINUTES = 30;
const POST_MINUTES = 15;

const ROLE_NAMES: Record<Locale, Record<AssignmentRole, string>> = {
  nl: { COVER: 'verslaan', WRITE: 'schrijven', PUBLISH: 'publiceren' },
  en: { COVER: 'cover', WRITE: 'write', PUBLISH: 'publish' },
};
const ALL_NAMES: Record<Locale, string> = { nl: 'Planbord: alles', en: 'Planbord: everything' };
const JOB_LABEL: Record<Locale, string> = { nl: 'Jouw taak', en: 'Your job' };

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fetched feed: the calendar text and its entity tag. */
export interface FeedBody {
  body: string;
  etag: string;
}

/**
 * Calendar feeds: secret addresses that Outlook or Google Calendar subscribe to. A feed is read as its owner would
 * see the calendar (the planning and publishing services narrow it by role), and stops answering when the owner is
 * deactivated or the feed revoked.
 */
@Injectable()
export class CalendarFeedsService {
  /** The clock the feed's window is measured from; tests pin it. */
  now: () => Date = () => new Date();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
    private readonly calendar: CalendarService,
    private readonly posts: PostsService,
  ) {}

  async list(owner: SessionUser): Promise<CalendarFeed[]> {
    const feeds = await this.db.getRepository(CalendarFeed).find({
      where: { ownerId: owner.id, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    // A PERSON feed is always the owner's own; departments and channels are few, each looked up once.
    const names = new Map<string, string | null>();
    for (const feed of feeds) {
      if (feed.scope === 'PERSON') feed.targetName = owner.name;
      else if (feed.targetId) {
        if (!names.has(feed.targetId)) names.set(feed.targetId, await this.targetName(feed.scope, feed.targetId));
        feed.targetName = names.get(feed.targetId) ?? null;
      } else feed.targetName = null;
    }
    return feeds;
  }

  /** A new feed; its address (with the token) is answered this once. */
  async create(
    owner: SessionUser,
    scope: string,
    targetId: string | null | undefined,
    origin: string,
  ): Promise<CalendarFeed> {
    if (!(CALENDAR_FEED_SCOPES as readonly string[]).includes(scope))
      throw new BadInputError({ scope: { code: 'invalidChoice' } });
    const target = await this.checkTarget(owner, scope as CalendarFeedScope, targetId);
    const token = randomBytes(24).toString('base64url');
    const feed = await this.db.transaction(async (em) => {
      const repo = em.getRepository(CalendarFeed);
      const saved = await repo.save(
        repo.create({
          scope: scope as CalendarFeedScope,
          targetId: target,
          ownerId: owner.id,
          tokenHash: feedTokenHash(token),
        }),
      );
      await this.audit.record(em, {
        actor: owner,
        entityType: 'CalendarFeed',
        entityId: saved.id,
        action: 'create',
        after: { scope: saved.scope, targetId: saved.targetId },
      });
      return saved;
    });
    feed.targetName = await this.targetName(feed.scope, feed.targetId);
    feed.url = new URL(`/ical/${token}.ics`, origin).toString();
    return feed;
  }

  async revoke(owner: SessionUser, id: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(CalendarFeed);
      const feed = isUuid(id) ? await repo.findOneBy({ id, ownerId: owner.id, revokedAt: IsNull() }) : null;
      if (!feed) throw new NotFoundError('CalendarFeed', id);
      await repo.update(feed.id, { revokedAt: new Date() });
      await this.audit.record(em, {
        actor: owner,
        entityType: 'CalendarFeed',
        entityId: feed.id,
        action: 'revoke',
        before: { scope: feed.scope, targetId: feed.targetId },
      });
      return true;
    });
  }

  /**
   * The calendar behind a token, or null when there is none to show: unknown or revoked token, or an owner who is no
   * longer active. lastFetchedAt is written at most once a minute.
   */
  async fetch(token: string, origin: string): Promise<FeedBody | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const feed = await this.db
      .getRepository(CalendarFeed)
      .findOneBy({ tokenHash: feedTokenHash(token), revokedAt: IsNull() });
    if (!feed) return null;
    const owner = await this.users.findOne(feed.ownerId);
    if (!owner || !owner.active || owner.deletedAt) return null;
    const viewer: SessionUser = {
      id: owner.id,
      name: owner.name,
      role: owner.role,
      locale: owner.locale,
      sessionId: '',
    };
    const now = this.now();
    const items = await this.items(feed, viewer, now);
    const name = (await this.targetName(feed.scope, feed.targetId)) ?? ALL_NAMES[viewer.locale];
    const body = buildFeed({
      name: feed.scope === 'ALL' ? name : `Planbord: ${name}`,
      timeZone: this.config.orgTimeZone,
      origin,
      locale: viewer.locale,
      items,
    });
    if (!feed.lastFetchedAt || Date.now() - feed.lastFetchedAt.getTime() >= MINUTE)
      await this.db.getRepository(CalendarFeed).update(feed.id, { lastFetchedAt: new Date() });
    // DTSTAMP is the moment of writing; leaving it out makes the tag change only when what the feed shows changes.
    const stable = body.replace(/^DTSTAMP:.*\r?\n/gm, '');
    return { body, etag: `"${createHash('sha256').update(stable).digest('base64url')}"` };
  }

  private async items(feed: CalendarFeed, viewer: SessionUser, now: Date): Promise<FeedItem[]> {
    const start = new Date(now.getTime() - FEED_WINDOW.daysBack * 86400_000);
    const end = new Date(now.getTime() + FEED_WINDOW.daysAhead * 86400_000);
    const filter =
      feed.scope === 'PERSON'
        ? { userIds: [viewer.id] }
        : feed.scope === 'DEPARTMENT'
          ? { departmentIds: [feed.targetId!] }
          : feed.scope === 'CHANNEL'
            ? { channelIds: [feed.targetId!] }
            : null;
    // The window is longer than one calendar query may ask for: two halves, items on the seam once.
    const events = new Map<string, CalendarEvent>();
    const slots = new Map<string, CalendarSlot>();
    const posts = new Map<string, Post>();
    for (const [from, to] of [
      [start, now],
      [now, end],
    ]) {
      const found = await this.calendar.calendar(viewer, from, to, filter);
      if (feed.scope !== 'CHANNEL') for (const event of found.events) events.set(event.id, event);
      if (feed.scope !== 'DEPARTMENT') for (const slot of found.slots) slots.set(slot.id, slot);
      if (feed.scope !== 'DEPARTMENT')
        for (const post of await this.posts.inCalendar({ from, to, viewer, filter, events: [], slots: [] }))
          posts.set(post.id, post);
    }
    const job = (assignments: { userId: string; role: AssignmentRole; status: string }[]) => {
      const mine = assignments.filter((a) => a.userId === viewer.id && a.status !== 'DECLINED');
      return mine.length
        ? `${JOB_LABEL[viewer.locale]}: ${mine.map((a) => ROLE_NAMES[viewer.locale][a.role]).join(', ')}`
        : null;
    };
    const person = feed.scope === 'PERSON';
    const zone = this.config.orgTimeZone;
    const items: FeedItem[] = [];
    for (const event of events.values()) {
      const mine = job(event.assignments);
      if (person && !mine) continue;
      items.push({
        kind: 'event',
        id: event.id,
        version: event.version,
        title: event.title,
        description: [mine, event.description].filter(Boolean).join('\n\n') || null,
        location: event.location,
        startsAt: new Date(event.startsAt),
        endsAt: new Date(event.endsAt),
        allDay: event.allDay,
        cancelled: event.status === 'CANCELLED',
        tentative: event.status === 'REQUESTED',
        path: `/kalender?datum=${localDateOf(new Date(event.startsAt), zone)}&item=event:${event.id}`,
      });
    }
    for (const slot of slots.values()) {
      const mine = job(slot.assignments);
      if (person && !mine) continue;
      const startsAt = new Date(slot.startsAt);
      const minutes = slot.rubric?.durationMinutes || SLOT_MINUTES;
      items.push({
        kind: 'slot',
        id: slot.id,
        version: slot.version,
        title: slot.title ?? slot.rubric?.name ?? (viewer.locale === 'en' ? 'Free room' : 'Vrije ruimte'),
        description: mine,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * MINUTE),
        allDay: false,
        cancelled: slot.status === 'SKIPPED',
        path: `/kalender?datum=${localDateOf(startsAt, zone)}&item=slot:${slot.id}`,
      });
    }
    for (const post of posts.values()) {
      const at = post.publishedAt ?? post.plannedAt;
      if (!at) continue;
      items.push({
        kind: 'post',
        id: post.id,
        version: post.version,
        title: post.title,
        startsAt: at,
        endsAt: new Date(at.getTime() + POST_MINUTES * MINUTE),
        allDay: false,
        cancelled: post.status === 'CANCELLED',
        path: `/berichten/${post.id}`,
      });
    }
    return items.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  }

  /** PERSON feeds are one's own jobs; a department or channel must exist; ALL has no target. */
  private async checkTarget(
    owner: SessionUser,
    scope: CalendarFeedScope,
    targetId: string | null | undefined,
  ): Promise<string | null> {
    if (scope === 'ALL') return null;
    if (scope === 'PERSON') {
      if (targetId && targetId !== owner.id) throw new BadInputError({ targetId: { code: 'notAllowed' } });
      return owner.id;
    }
    if (!targetId) throw new BadInputError({ targetId: { code: 'required' } });
    const issues = {};
    await this.referenceData.checkReferences(issues, {
      targetId: { kind: scope === 'DEPARTMENT' ? 'department' : 'channel', ids: [targetId] },
    });
    if (Object.keys(issues).length) throw new BadInputError(issues);
    return targetId;
  }

  private async targetName(scope: CalendarFeedScope, targetId: string | null): Promise<string | null> {
    if (!targetId) return null;
    if (scope === 'PERSON') return (await this.users.findOne(targetId))?.name ?? null;
    if (scope === 'CHANNEL') return (await this.referenceData.findChannel(targetId))?.name ?? null;
    return (await this.referenceData.findDepartment(targetId))?.name ?? null;
  }
}

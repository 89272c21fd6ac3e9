import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  addWorkingDays,
  eventVisibleTo,
  isTeam,
  isUuid,
  canTransition,
  check,
  EVENT_TRANSITIONS,
  hasIssues,
  LIMITS,
  localDateOf,
  rules,
  startOfLocalDate,
  toWallMs,
  fromWallMs,
  type EventStatus,
  type FieldIssues,
} from '@planbord/domain';
import {
  APP_CONFIG,
  assertRange,
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  ForbiddenError,
  InvalidTransitionError,
  Outbox,
  updateVersioned,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import type { EventInput, EventPatch, EventRequestInput } from './dto/planning.input';
import { Event } from './event.entity';
import { linkedIds, setLinks } from './references';
import { ReferenceDataService } from '@planbord/api-identity';
import { SettingsService } from './settings.service';
import { isPublicHoliday } from './working-days';

type EventFields = Partial<EventInput> & { note?: string | null };

const RELATIONS = [
  ['themeIds', 'event_themes', 'theme_id', 'themes'],
  ['audienceIds', 'event_audiences', 'audience_id', 'audiences'],
  ['wishedChannelIds', 'event_wished_channels', 'channel_id', 'channels'],
] as const;

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly planningSettings: SettingsService,
    private readonly referenceData: ReferenceDataService,
    private readonly outbox: Outbox,
  ) {}

  /** Liaisons see planned, done and cancelled events, and their own requests; the team sees everything. */
  visibleTo(user: SessionUser, event: Event): boolean {
    return eventVisibleTo(user, event);
  }

  /** An event whoever asks may see or not: for other features checking what they link to. */
  get(id: string): Promise<Event | null> {
    return isUuid(id) ? this.db.getRepository(Event).findOneBy({ id }) : Promise.resolve(null);
  }

  async find(user: SessionUser, id: string): Promise<Event | null> {
    const event = await this.db.getRepository(Event).findOneBy({ id });
    return event && this.visibleTo(user, event) ? event : null;
  }

  /** Requests: a liaison's own; for the team all of them, overdue first, then by due date. */
  requests(user: SessionUser, mine: boolean, statuses: EventStatus[] | null): Promise<Event[]> {
    const query = this.db.getRepository(Event).createQueryBuilder('e').where('e.requested_by_id IS NOT NULL');
    if (mine || !isTeam(user.role)) query.andWhere('e.requested_by_id = :me', { me: user.id });
    if (statuses?.length) query.andWhere('e.status IN (:...statuses)', { statuses });
    return query
      .orderBy("CASE WHEN e.status = 'REQUESTED' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy('e.response_due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('e.requested_at', 'DESC')
      .take(200)
      .getMany();
  }

  /** Planned events in the range that are not covered yet (and not marked as not needing it), soonest first. */
  planningGaps(from: Date, to: Date): Promise<Event[]> {
    assertRange(from, to);
    return this.db
      .getRepository(Event)
      .createQueryBuilder('e')
      .where(
        "e.status = 'PLANNED' AND NOT e.coverage_not_needed AND tstzrange(e.starts_at, e.ends_at) && tstzrange(:from, :to)",
        { from, to },
      )
      .andWhere(
        new Brackets((q) =>
          q
            .where(
              "NOT EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.status <> 'DECLINED' AND a.role = 'COVER')",
            )
            .orWhere(
              "NOT EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.status <> 'DECLINED' AND a.role = 'PUBLISH')",
            ),
        ),
      )
      .orderBy('e.starts_at', 'ASC')
      .take(500)
      .getMany();
  }

  async submitRequest(actor: SessionUser, input: EventRequestInput): Promise<Event> {
    const settings = await this.planningSettings.get();
    const now = new Date();
    const dueDate = addWorkingDays(localDateOf(now, this.config.orgTimeZone), settings.responseWorkingDays, (d) =>
      isPublicHoliday(settings.country, d),
    );
    const timeOfDay = toWallMs(now, this.config.orgTimeZone) % 86400_000;
    const responseDueAt = fromWallMs(Date.parse(`${dueDate}T00:00:00Z`) + timeOfDay, this.config.orgTimeZone);
    return this.createEvent(actor, input, {
      status: 'REQUESTED',
      requestedById: actor.id,
      requestedAt: now,
      responseDueAt,
      requestNote: input.note?.trim() || null,
      late: input.startsAt.getTime() - now.getTime() < settings.minimumLeadDays * 86400_000,
    });
  }

  create(actor: SessionUser, input: EventInput): Promise<Event> {
    return this.createEvent(actor, input, { status: 'PLANNED' });
  }

  private async createEvent(actor: SessionUser, input: EventFields, extra: Partial<Event>): Promise<Event> {
    const issues = this.check(input, false);
    await this.checkEventReferences(input, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const times = this.normaliseTimes(input.startsAt!, input.endsAt!, !!input.allDay);
    const event = await this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(Event, {
          title: input.title!.trim(),
          description: input.description?.trim() || null,
          location: input.location?.trim() || null,
          departmentId: input.departmentId ?? null,
          ...times,
          ...extra,
        }),
      );
      await this.writeRelations(em, saved.id, input);
      await this.audit.record(em, {
        actor,
        entityType: 'Event',
        entityId: saved.id,
        action: extra.status === 'REQUESTED' ? 'request' : 'create',
        after: { ...saved, ...(await this.relations(em, saved.id)) },
      });
      await this.outbox.add(em, saved.status === 'REQUESTED' ? 'event.requested' : 'event.planned', () =>
        eventMessage(saved),
      );
      return saved;
    });
    await this.feed.publish({ entityType: 'Event', id: event.id, kind: 'created' });
    return event;
  }

  /** What is wrong with an event that an import would make, by field, as `create` would answer it. */
  checkImported(input: EventInput): FieldIssues {
    return this.check(input, false);
  }

  /**
   * Planned events from an import (each already checked with `checkImported`), written in the importer's
   * transaction: a few multi-row inserts and one audit entry for them all. The caller tells the calendars after commit
   * (`announceImported`).
   */
  async insertImported(
    em: EntityManager,
    actor: SessionUser,
    importId: string,
    inputs: EventInput[],
  ): Promise<Event[]> {
    const saved: Event[] = [];
    // PostgreSQL takes at most 65,535 parameters in one statement.
    for (let i = 0; i < inputs.length; i += 2000) {
      const rows = inputs.slice(i, i + 2000).map((input) =>
        em.create(Event, {
          title: input.title.trim(),
          description: input.description?.trim() || null,
          location: input.location?.trim() || null,
          departmentId: input.departmentId ?? null,
          status: 'PLANNED',
          ...this.normaliseTimes(input.startsAt, input.endsAt, !!input.allDay),
        }),
      );
      saved.push(...(await em.save(Event, rows, { chunk: 500 })));
    }
    const links = saved.flatMap((event, i) =>
      (inputs[i].wishedChannelIds ?? []).map((channelId) => [event.id, channelId]),
    );
    if (links.length)
      await em.query(
        'INSERT INTO event_wished_channels (event_id, channel_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])',
        [links.map((l) => l[0]), links.map((l) => l[1])],
      );
    await this.audit.record(em, {
      actor,
      entityType: 'Event',
      entityId: null,
      action: 'import',
      after: { importId, eventIds: saved.map((e) => e.id) },
    });
    for (const event of saved) await this.outbox.add(em, 'event.planned', () => eventMessage(event));
    return saved;
  }

  /** Of these events, those changed or given a job since they were made: an import can no longer be undone then. */
  async touchedSince(em: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `SELECT e.id FROM events e WHERE e.id = ANY($1::uuid[]) AND (e.version > 1 OR e.deleted_at IS NOT NULL
         OR EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id AND a.deleted_at IS NULL))`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Removes the events of an undone import (soft, like every removal), with one audit entry. */
  async removeImported(em: EntityManager, actor: SessionUser, importId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await em.softDelete(Event, ids);
    await this.audit.record(em, {
      actor,
      entityType: 'Event',
      entityId: null,
      action: 'undoImport',
      before: { importId, eventIds: ids },
    });
  }

  /** Tells every open calendar what an import made or removed, after its transaction committed. */
  async announceImported(ids: string[], kind: 'created' | 'deleted', actor: SessionUser): Promise<void> {
    await this.feed.publish(...ids.map((id) => ({ entityType: 'Event', id, kind, actor })));
  }

  async update(actor: SessionUser, id: string, expectedVersion: number, patch: EventPatch): Promise<Event> {
    const before = await findOrNotFound(this.db.manager, Event, id);
    if (!isTeam(actor.role)) {
      if (before.requestedById !== actor.id) throw new ForbiddenError();
      if (before.status !== 'REQUESTED' || patch.coverageNotNeeded !== undefined) throw new ForbiddenError();
    }
    if (['DECLINED', 'CANCELLED'].includes(before.status))
      throw new InvalidTransitionError(before.status, before.status);
    const merged = { ...before, ...stripUndefined(patch) } as EventFields & Event;
    const issues = this.check(patch, true);
    if (!issues.endsAt && merged.endsAt <= merged.startsAt) issues.endsAt = { code: 'endBeforeStart' };
    await this.checkEventReferences(patch, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const timesChanged = patch.startsAt !== undefined || patch.endsAt !== undefined || patch.allDay !== undefined;
    const changes: Partial<Event> = {
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(patch.description !== undefined ? { description: patch.description?.trim() || null } : {}),
      ...(patch.location !== undefined ? { location: patch.location?.trim() || null } : {}),
      ...(patch.departmentId !== undefined ? { departmentId: patch.departmentId } : {}),
      ...(patch.coverageNotNeeded != null ? { coverageNotNeeded: patch.coverageNotNeeded } : {}),
      ...(timesChanged ? this.normaliseTimes(merged.startsAt, merged.endsAt, merged.allDay) : {}),
    };
    const event = await this.db.transaction(async (em) => {
      const beforeRelations = await this.relations(em, id);
      const after = await updateVersioned(em, Event, id, expectedVersion, changes);
      await this.writeRelations(em, id, patch);
      await this.audit.record(em, {
        actor,
        entityType: 'Event',
        entityId: id,
        action: 'update',
        before: { ...before, ...beforeRelations },
        after: { ...after, ...(await this.relations(em, id)) },
      });
      return after;
    });
    await this.feed.publish({ entityType: 'Event', id, kind: 'updated' });
    return event;
  }

  async decide(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    accept: boolean,
    note: string | null,
  ): Promise<Event> {
    const issues = check({ note }, { note: rules.text(LIMITS.note) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.transition(actor, id, expectedVersion, accept ? 'PLANNED' : 'DECLINED', accept ? 'accept' : 'decline', {
      decisionNote: note?.trim() || null,
      decidedById: actor.id,
      decidedAt: new Date(),
    });
  }

  async cancel(actor: SessionUser, id: string, expectedVersion: number, reason: string): Promise<Event> {
    const issues = check({ reason }, { reason: rules.text(LIMITS.reason, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.transition(actor, id, expectedVersion, 'CANCELLED', 'cancel', { cancelReason: reason.trim() });
  }

  complete(actor: SessionUser, id: string, expectedVersion: number): Promise<Event> {
    return this.transition(actor, id, expectedVersion, 'DONE', 'complete', {});
  }

  private async transition(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    to: EventStatus,
    action: string,
    extra: Partial<Event>,
  ): Promise<Event> {
    const before = await findOrNotFound(this.db.manager, Event, id);
    if (before.version !== expectedVersion) {
      // Report the conflict before the transition check: the caller acted on an outdated state.
      await updateVersioned(this.db.manager, Event, id, expectedVersion, {});
    }
    if (!canTransition(EVENT_TRANSITIONS, before.status, to)) throw new InvalidTransitionError(before.status, to);
    const decided = before.status === 'REQUESTED';
    const event = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Event, id, expectedVersion, { status: to, ...extra });
      await this.audit.record(em, { actor, entityType: 'Event', entityId: id, action, before, after });
      if (to === 'PLANNED') await this.outbox.add(em, 'event.planned', () => eventMessage(after));
      return after;
    });
    await this.feed.publish({
      entityType: 'Event',
      id,
      kind: 'updated',
      actor,
      notice: decided
        ? {
            kind: 'REQUEST_DECIDED',
            to: [before.requestedById],
            entityType: 'Event',
            entityId: id,
            subject: before.title,
            outcome: to === 'DECLINED' ? 'DECLINED' : 'ACCEPTED',
          }
        : undefined,
    });
    return event;
  }

  /** All-day events run from local midnight of their first day to local midnight after their last day. */
  private normaliseTimes(
    startsAt: Date,
    endsAt: Date,
    allDay: boolean,
  ): Pick<Event, 'startsAt' | 'endsAt' | 'allDay' | 'startDate' | 'endDate'> {
    if (!allDay) return { startsAt, endsAt, allDay: false, startDate: null, endDate: null };
    const zone = this.config.orgTimeZone;
    const startDate = localDateOf(startsAt, zone);
    const lastDay = localDateOf(new Date(endsAt.getTime() - 1), zone);
    const endDate = addDays(lastDay < startDate ? startDate : lastDay, 1);
    return {
      startsAt: startOfLocalDate(startDate, zone),
      endsAt: startOfLocalDate(endDate, zone),
      allDay: true,
      startDate,
      endDate,
    };
  }

  private check(input: EventFields, partial: boolean): FieldIssues {
    const issues = check(
      input,
      {
        title: rules.text(LIMITS.title, { required: true }),
        description: rules.text(LIMITS.description),
        location: rules.text(LIMITS.location),
        note: rules.text(LIMITS.note),
        startsAt: (v) =>
          v == null
            ? { code: 'required' }
            : Number.isNaN(new Date(v as Date).getTime())
              ? { code: 'invalidDate' }
              : null,
        endsAt: (v) =>
          v == null
            ? { code: 'required' }
            : Number.isNaN(new Date(v as Date).getTime())
              ? { code: 'invalidDate' }
              : null,
      },
      partial,
    );
    if (
      !issues.startsAt &&
      !issues.endsAt &&
      input.startsAt &&
      input.endsAt &&
      input.endsAt <= input.startsAt &&
      !input.allDay
    )
      issues.endsAt = { code: 'endBeforeStart' };
    if (
      !issues.startsAt &&
      !issues.endsAt &&
      input.startsAt &&
      input.endsAt &&
      input.allDay &&
      input.endsAt < input.startsAt
    )
      issues.endsAt = { code: 'endBeforeStart' };
    return issues;
  }

  private async checkEventReferences(input: EventFields, issues: FieldIssues): Promise<void> {
    await this.referenceData.checkReferences(issues, {
      departmentId: { kind: 'department', ids: [input.departmentId] },
      themeIds: { kind: 'theme', ids: input.themeIds },
      audienceIds: { kind: 'audience', ids: input.audienceIds },
      wishedChannelIds: { kind: 'channel', ids: input.wishedChannelIds },
    });
  }

  private async writeRelations(em: EntityManager, id: string, input: EventFields): Promise<void> {
    for (const [field, table, column] of RELATIONS) {
      const ids = input[field];
      if (ids !== undefined && ids !== null) await setLinks(em, table, 'event_id', id, column, ids);
    }
  }

  private async relations(em: EntityManager, id: string): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const [field, table, column] of RELATIONS) result[field] = await linkedIds(em, table, 'event_id', id, column);
    return result;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What outbound webhooks tell of an event: what, when and where, and a link back to it. */
function eventMessage(event: Event): Record<string, unknown> {
  return {
    id: event.id,
    title: event.title,
    status: event.status,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    allDay: event.allDay,
    location: event.location,
    link: event.status === 'REQUESTED' ? `/aanvragen?aanvraag=${event.id}` : `/kalender?item=event:${event.id}`,
  };
}

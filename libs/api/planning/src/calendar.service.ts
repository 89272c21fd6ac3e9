import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { addDays, freeRoomShare, isTeam, LIAISON_VISIBLE_EVENT_STATUSES, localDateOf, mondayOf, type PlanningBalanceCounts } from '@planbord/domain';
import { APP_CONFIG, assertRange, selectColumns, type AppConfig, type SessionUser } from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import type { CalendarFilter } from './dto/planning.input';
import { Event } from './event.entity';
import { RubricsService } from './rubrics.service';
import { Slot } from './slot.entity';

interface WeekBalance extends PlanningBalanceCounts { weekStart: string; freeShare: number; targetShare: number; belowTarget: boolean }

const ids = (list: string[] | null | undefined) => (list?.length ? list : null);

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rubrics: RubricsService,
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** Events that overlap the range and slots that start in it, filtered; two statements whatever the range holds. */
  async calendar(user: SessionUser, from: Date, to: Date, filter: CalendarFilter | null): Promise<{ events: Event[]; slots: Slot[] }> {
    assertRange(from, to);
    await this.rubrics.extendAll(localDateOf(to, this.config.orgTimeZone));
    const departments = ids(filter?.departmentIds);
    const channels = ids(filter?.channelIds);
    const themes = ids(filter?.themeIds);
    const users = ids(filter?.userIds);

    const events = this.db.getRepository(Event).createQueryBuilder('e')
      .where('tstzrange(e.starts_at, e.ends_at) && tstzrange(:from, :to)', { from, to })
      .andWhere("e.status <> 'DECLINED'");
    if (!isTeam(user.role)) events.andWhere('(e.status IN (:...visible) OR e.requested_by_id = :me)', { visible: LIAISON_VISIBLE_EVENT_STATUSES, me: user.id });
    if (departments) events.andWhere('e.department_id IN (:...departments)', { departments });
    if (channels) events.andWhere('EXISTS (SELECT 1 FROM event_wished_channels c WHERE c.event_id = e.id AND c.channel_id IN (:...channels))', { channels });
    if (themes) events.andWhere('EXISTS (SELECT 1 FROM event_themes t WHERE t.event_id = e.id AND t.theme_id IN (:...themes))', { themes });
    if (users) events.andWhere('EXISTS (SELECT 1 FROM assignments a WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.user_id IN (:...users))', { users });

    const slots = this.db.getRepository(Slot).createQueryBuilder('s')
      .leftJoin('rubrics', 'r', 'r.id = s.rubric_id')
      .where('s.starts_at >= :from AND s.starts_at < :to', { from, to })
      .andWhere('(r.id IS NULL OR r.deleted_at IS NULL)');
    if (departments) {
      // A slot belongs to a department through its rubric's owner or its channel; identity knows who and what those are.
      const [owners, departmentChannels] = await Promise.all([this.users.idsInDepartments(departments), this.referenceData.channelIdsOfDepartments(departments)]);
      slots.andWhere(new Brackets((q) => q
        .where('r.owner_id = ANY(:owners)', { owners })
        .orWhere('s.channel_id = ANY(:departmentChannels)', { departmentChannels })));
    }
    if (channels) {
      slots.andWhere(new Brackets((q) => q
        .where('s.channel_id IN (:...channels)', { channels })
        .orWhere('EXISTS (SELECT 1 FROM rubric_channels rc WHERE rc.rubric_id = s.rubric_id AND rc.channel_id IN (:...channels))', { channels })));
    }
    if (themes) slots.andWhere('r.theme_id IN (:...themes)', { themes });
    if (users) slots.andWhere('EXISTS (SELECT 1 FROM assignments a WHERE a.slot_id = s.id AND a.deleted_at IS NULL AND a.user_id IN (:...users))', { users });

    const [eventRows, slotRows] = await Promise.all([
      selectColumns(events, this.db, Event, 'e').orderBy('e.starts_at').addOrderBy('e.id').getRawMany<Event>(),
      selectColumns(slots, this.db, Slot, 's').orderBy('s.starts_at').addOrderBy('s.id').getRawMany<Slot>(),
    ]);
    return { events: eventRows, slots: slotRows };
  }

  /**
   * Per week (Monday to Sunday, local): publications from rubric slots, for events (PUBLISH jobs), in filled ad-hoc
   * slots, and the ad-hoc slots still free; a week whose free share is below the target is flagged.
   */
  async balance(from: Date, to: Date, targetShare: number): Promise<WeekBalance[]> {
    assertRange(from, to);
    const zone = this.config.orgTimeZone;
    const rows: { week: string; rubric: number; event_bound: number; ad_hoc_filled: number; ad_hoc_free: number }[] = await this.db.query(
      `WITH items AS (
         SELECT s.starts_at AS at,
                CASE WHEN s.kind = 'RUBRIC' THEN 'rubric' WHEN s.status = 'FILLED' THEN 'ad_hoc_filled' ELSE 'ad_hoc_free' END AS kind
           FROM slots s WHERE s.deleted_at IS NULL AND s.status <> 'SKIPPED' AND s.starts_at >= $1 AND s.starts_at < $2
         UNION ALL
         SELECT e.starts_at, 'event_bound' FROM assignments a JOIN events e ON e.id = a.event_id
          WHERE a.deleted_at IS NULL AND a.role = 'PUBLISH' AND a.status <> 'DECLINED' AND e.status IN ('PLANNED','DONE')
            AND e.starts_at >= $1 AND e.starts_at < $2)
       SELECT to_char(date_trunc('week', at AT TIME ZONE $3::text), 'YYYY-MM-DD') AS week,
              count(*) FILTER (WHERE kind = 'rubric')::int AS rubric,
              count(*) FILTER (WHERE kind = 'event_bound')::int AS event_bound,
              count(*) FILTER (WHERE kind = 'ad_hoc_filled')::int AS ad_hoc_filled,
              count(*) FILTER (WHERE kind = 'ad_hoc_free')::int AS ad_hoc_free
         FROM items GROUP BY 1`,
      [from, to, zone],
    );
    const byWeek = new Map(rows.map((r) => [r.week, r]));
    const weeks: WeekBalance[] = [];
    const last = localDateOf(new Date(to.getTime() - 1), zone);
    for (let week = mondayOf(localDateOf(from, zone)); week <= last; week = addDays(week, 7)) {
      const row = byWeek.get(week);
      const counts = { rubric: row?.rubric ?? 0, eventBound: row?.event_bound ?? 0, adHocFilled: row?.ad_hoc_filled ?? 0, adHocFree: row?.ad_hoc_free ?? 0 };
      const freeShare = freeRoomShare(counts);
      weeks.push({ weekStart: week, ...counts, freeShare, targetShare, belowTarget: freeShare < targetShare });
    }
    return weeks;
  }
}

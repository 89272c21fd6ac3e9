import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  checkGrowthThresholds,
  checkTeamHours,
  GROWTH_INDICATORS,
  growthThresholds,
  hasIssues,
  reportYear,
  type Locale,
} from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  updateVersioned,
  VersionConflictError,
  type SessionUser,
} from '@planbord/api-core';
import { InsightsSettings, TeamHours } from './insights.entities';
import type { GrowthThresholdInput, InsightsSettingsView } from './insights-settings.types';

/** The reports' settings (the growth model's thresholds) and the team's hours per month. */
@Injectable()
export class InsightsSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {}

  private async stored(): Promise<InsightsSettings> {
    const repo = this.db.getRepository(InsightsSettings);
    return (await repo.findOne({ where: {}, order: { createdAt: 'ASC' } })) ?? repo.save(repo.create({}));
  }

  async settings(locale: Locale): Promise<InsightsSettingsView> {
    return view(await this.stored(), locale);
  }

  /** Sets the thresholds given; the others keep theirs. */
  async updateSettings(
    actor: SessionUser,
    expectedVersion: number,
    thresholds: readonly GrowthThresholdInput[],
  ): Promise<InsightsSettingsView> {
    const issues = checkGrowthThresholds(thresholds);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await this.stored();
    const growth = { ...before.growthThresholds };
    for (const { key, value } of thresholds) growth[key] = value;
    const after = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, InsightsSettings, before.id, expectedVersion, {
        growthThresholds: growth,
      });
      await this.audit.record(em, {
        actor,
        entityType: 'InsightsSettings',
        entityId: before.id,
        action: 'update',
        before,
        after,
      });
      return after;
    });
    await this.feed.publish({ entityType: 'InsightsSettings', id: after.id, kind: 'updated', actor });
    return view(after, actor.locale);
  }

  /** The months of a year with recorded hours, January first. */
  teamHours(year: number): Promise<TeamHours[]> {
    const issues = reportYear(year);
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.db
      .getRepository(TeamHours)
      .createQueryBuilder('h')
      .where('h.month >= :from AND h.month < :to', { from: `${year}-01-01`, to: `${year + 1}-01-01` })
      .orderBy('h.month', 'ASC')
      .getMany();
  }

  /**
   * Records the hours of the month a date lies in. A month already recorded is changed only with its current version
   * as `expectedVersion`, so two editors never overwrite each other unseen.
   */
  async recordTeamHours(
    actor: SessionUser,
    date: string,
    hours: number,
    expectedVersion: number | null,
  ): Promise<TeamHours> {
    const issues = checkTeamHours(hours);
    const year = reportYear(Number(date.slice(0, 4))).year;
    if (year) issues.month = year;
    if (hasIssues(issues)) throw new BadInputError(issues);
    const month = `${date.slice(0, 7)}-01`;
    const saved = await this.db.transaction(async (em) => {
      const repo = em.getRepository(TeamHours);
      const before = await repo.findOneBy({ month });
      if (before) {
        if (expectedVersion !== before.version) throw new VersionConflictError(before.version);
        await repo
          .createQueryBuilder()
          .update()
          .set({ hours, recordedById: actor.id, version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('month = :month AND version = :version', { month, version: before.version })
          .execute();
      } else {
        await repo.insert({ month, hours, recordedById: actor.id });
      }
      const after = await repo.findOneByOrFail({ month });
      await this.audit.record(em, {
        actor,
        entityType: 'TeamHours',
        entityId: null,
        action: before ? 'update' : 'create',
        before,
        after,
      });
      return after;
    });
    await this.feed.publish({ entityType: 'TeamHours', id: month, kind: 'updated', actor });
    return saved;
  }
}

function view(settings: InsightsSettings, locale: Locale): InsightsSettingsView {
  const inForce = growthThresholds(settings.growthThresholds);
  return {
    id: settings.id,
    version: settings.version,
    thresholds: GROWTH_INDICATORS.map((indicator) => ({
      key: indicator.key,
      label: indicator.label[locale],
      phase: indicator.phase,
      value: inForce[indicator.key],
      defaultValue: indicator.threshold,
    })),
  };
}

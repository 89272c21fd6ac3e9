import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hasIssues, rules, check } from '@planbord/domain';
import { AuditService, BadInputError, ChangeFeed, updateVersioned, type SessionUser } from '@planbord/api-core';
import type { PlanningSettingsInput } from './dto/planning.input';
import { PlanningSettings } from './planning-settings.entity';

@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {}

  get(): Promise<PlanningSettings> {
    return this.db.getRepository(PlanningSettings).findOneOrFail({ where: {}, order: { createdAt: 'ASC' } });
  }

  async update(actor: SessionUser, input: PlanningSettingsInput, expectedVersion: number): Promise<PlanningSettings> {
    const issues = check(
      input,
      {
        country: rules.oneOf(['NL', 'BE']),
        responseWorkingDays: rules.number(1, 30),
        minimumLeadDays: rules.number(0, 90),
        freeRoomTargetShare: rules.number(0, 1),
      },
      true,
    );
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await this.get();
    const saved = await this.db.transaction(async (em) => {
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v != null));
      const after = await updateVersioned(em, PlanningSettings, before.id, expectedVersion, changes);
      await this.audit.record(em, {
        actor,
        entityType: 'PlanningSettings',
        entityId: before.id,
        action: 'update',
        before,
        after,
      });
      return after;
    });
    // Webcare's office minutes follow the country's public holidays.
    await this.feed.publish({ entityType: 'PlanningSettings', id: saved.id, kind: 'updated', actor });
    return saved;
  }
}

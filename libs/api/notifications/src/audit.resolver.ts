import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { isUuid } from '@planbord/domain';
import { AuditEntry, AuditService } from '@planbord/api-core';

/** The history core's audit service writes, read back: who changed what, and when. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntry], { description: 'The history of one entity, newest first (administrators).' })
  async auditTrail(
    @Args('entityType') entityType: string,
    @Args('entityId', { type: () => ID }) entityId: string,
  ): Promise<AuditEntry[]> {
    return isUuid(entityId) ? this.audit.trail(entityType, entityId) : [];
  }
}

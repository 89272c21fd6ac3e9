import { registerEnumType } from '@nestjs/graphql';
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES, COVERAGES, EVENT_STATUSES, SLOT_KINDS, SLOT_STATUSES } from '@planbord/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EventStatusEnum = asEnum(EVENT_STATUSES);
registerEnumType(EventStatusEnum, { name: 'EventStatus' });
export const CoverageEnum = asEnum(COVERAGES);
registerEnumType(CoverageEnum, { name: 'Coverage' });
export const SlotKindEnum = asEnum(SLOT_KINDS);
registerEnumType(SlotKindEnum, { name: 'SlotKind' });
export const SlotStatusEnum = asEnum(SLOT_STATUSES);
registerEnumType(SlotStatusEnum, { name: 'SlotStatus' });
export const AssignmentRoleEnum = asEnum(ASSIGNMENT_ROLES);
registerEnumType(AssignmentRoleEnum, { name: 'AssignmentRole' });
export const AssignmentStatusEnum = asEnum(ASSIGNMENT_STATUSES);
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });

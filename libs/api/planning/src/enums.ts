import {
  ASSIGNMENT_ROLES,
  ASSIGNMENT_STATUSES,
  COVERAGES,
  EVENT_STATUSES,
  SLOT_KINDS,
  SLOT_STATUSES,
} from '@planbord/domain';
import { graphqlEnum } from '@planbord/api-core';

export const EventStatusEnum = graphqlEnum('EventStatus', EVENT_STATUSES);
export const CoverageEnum = graphqlEnum('Coverage', COVERAGES);
export const SlotKindEnum = graphqlEnum('SlotKind', SLOT_KINDS);
export const SlotStatusEnum = graphqlEnum('SlotStatus', SLOT_STATUSES);
export const AssignmentRoleEnum = graphqlEnum('AssignmentRole', ASSIGNMENT_ROLES);
export const AssignmentStatusEnum = graphqlEnum('AssignmentStatus', ASSIGNMENT_STATUSES);

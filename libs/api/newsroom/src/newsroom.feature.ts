import { NEWSROOM_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { actionsFields } from './actions.fields';
import { IngestSource } from './ingest-source.entity';
import { Newsroom1764979200000 } from './migrations/1764979200000-newsroom';
import { NewsroomNoBodyTrigrams1764979260000 } from './migrations/1764979260000-newsroom-no-body-trigrams';
import { NewsroomReviews1765065600000 } from './migrations/1765065600000-newsroom-reviews';
import { NewsroomReportViews1765520000000 } from './migrations/1765520000000-newsroom-report-views';
import { NewsroomReportRollups1765550000000 } from './migrations/1765550000000-newsroom-report-rollups';
import { NewsroomAction } from './newsroom-action.entity';
import { newsroomFields } from './newsroom.fields';
import { NewsroomModule } from './newsroom.module';
import { OfficeHours } from './office-hours.entity';
import { OnCallShift } from './on-call-shift.entity';
import { ReplyTemplate } from './reply-template.entity';
import { Reply } from './reply.entity';
import { ResponseNorm } from './response-norm.entity';
import { Signal } from './signal.entity';
import { ThemeRule } from './theme-rule.entity';
import { Topic } from './topic.entity';
import { Webcare1764986400000 } from './migrations/1764986400000-webcare';
import { WebcareSettings } from './webcare.entities';

/** Listening to residents: signals, topics, decisions, webcare and the sources signals come in from. */
export const newsroomFeature = defineFeature({
  name: 'newsroom',
  module: NewsroomModule,
  entities: [
    Signal,
    Topic,
    NewsroomAction,
    Reply,
    ReplyTemplate,
    ResponseNorm,
    OfficeHours,
    OnCallShift,
    ThemeRule,
    IngestSource,
    WebcareSettings,
  ],
  tables: [
    'signal_themes',
    'webcare_alerts',
    'signal_report_hours',
    'signal_reply_months',
    'signal_reply_days',
    'signal_theme_days',
    'signal_author_years',
  ],
  views: [
    'newsroom_signal_facts',
    'newsroom_signal_themes',
    'newsroom_signal_actions',
    'newsroom_signal_hours',
    'newsroom_reply_minutes',
    'newsroom_reply_day_minutes',
    'newsroom_theme_days',
    'newsroom_author_years',
  ],
  migrations: [
    Newsroom1764979200000,
    NewsroomNoBodyTrigrams1764979260000,
    Webcare1764986400000,
    NewsroomReviews1765065600000,
    NewsroomReportViews1765520000000,
    NewsroomReportRollups1765550000000,
  ],
  fields: [...newsroomFields, ...actionsFields],
  permissions: Object.keys(NEWSROOM_PERMISSIONS),
});

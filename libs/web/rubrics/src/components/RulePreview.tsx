import { useHolidays } from '@planbord/web-graphql';
import { Heading, StatusBadge, useFormat, useOrgTime } from '@planbord/web-ui';
import { useT } from '../i18n';

export interface RulePreviewProps {
  dates: readonly string[] | null;
  pending: boolean;
  /** Why there is no preview (the rule is refused, or not complete yet). */
  problem: string | null;
}

/** The next ten dates of the rule, on the organisation's clock with the day names written out; public holidays marked. */
export function RulePreview({ dates, pending, problem }: RulePreviewProps) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { dateOf } = useOrgTime();
  const days = dates?.map((date) => dateOf(date)) ?? [];
  const holidays = useHolidays(days[0] ?? null, days[days.length - 1] ?? null);
  return (
    <section className="planbord-rule-preview" aria-labelledby="rule-preview-heading" aria-busy={pending || undefined}>
      <Heading level={3} id="rule-preview-heading">
        {t('rubrics.preview')}
      </Heading>
      {problem ? (
        <p className="planbord-muted">{problem}</p>
      ) : dates == null ? (
        <p className="planbord-muted">{t('rubrics.previewLoading')}</p>
      ) : dates.length === 0 ? (
        <p className="planbord-muted">{t('rubrics.previewEmpty')}</p>
      ) : (
        <ol
          className={`planbord-rule-preview__list${pending ? ' planbord-rule-preview__list--stale' : ''}`}
          aria-labelledby="rule-preview-heading"
        >
          {dates.map((date, i) => {
            const holiday = holidays.get(days[i]);
            return (
              <li key={date}>
                <time dateTime={date}>{formatDateTime(date)}</time>
                {holiday ? (
                  <>
                    {' '}
                    <StatusBadge status="warning">{t('rubrics.previewHoliday', { name: holiday })}</StatusBadge>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

import { Heading, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';

export interface RulePreviewProps {
  dates: readonly string[] | null;
  pending: boolean;
  /** Why there is no preview (the rule is refused, or not complete yet). */
  problem: string | null;
}

/** The next ten dates of the rule, on the organisation's clock with the day names written out. */
export function RulePreview({ dates, pending, problem }: RulePreviewProps) {
  const t = useT();
  const { formatDateTime } = useFormat();
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
        <ol className={`planbord-rule-preview__list${pending ? ' planbord-rule-preview__list--stale' : ''}`} aria-labelledby="rule-preview-heading">
          {dates.map((date) => (
            <li key={date}>
              <time dateTime={date}>{formatDateTime(date)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

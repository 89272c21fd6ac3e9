import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  Card,
  Heading,
  QueryFailure,
  Spinner,
  TextField,
  UsageBar,
  describeFailure,
  useFormat,
  useLocale,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCampaignAdsReport } from '../hooks/useCampaignAdsReport';
import { useSetAdsBudget } from '../hooks/useSetAdsBudget';
import { eurosInput, parseEuros } from '../lib/euros';

/**
 * The year's ads budget against what its campaigns planned, committed and spent: the figures in words and a bar, the
 * warning from 80 % and 100 % as text. Editors set the budget here.
 */
export function AdsBudgetCard({
  year,
  budget,
  canEdit,
}: {
  year: number;
  budget: { id: string; version: number; budgetCents: number } | null;
  canEdit: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { formatEuros, formatPercent } = useFormat();
  const { report, loading, error, refetch } = useCampaignAdsReport(year);
  const [setBudget, { loading: saving }] = useSetAdsBudget();
  const [amount, setAmount] = useState(budget ? eurosInput(budget.budgetCents, locale) : '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaved(false);
    setFailure(null);
    const cents = parseEuros(amount);
    if (cents === null) {
      setFieldError(t('insights.campaigns.amountInvalid'));
      return;
    }
    setFieldError(null);
    try {
      await setBudget(year, cents, budget?.version ?? null);
      setSaved(true);
    } catch (caught) {
      const described = describeFailure(failureFacts(caught), t, t('insights.campaigns.budgetConflict'));
      setFieldError(described.fields['budgetCents'] ?? null);
      setFailure(described.message);
    }
  };

  const used = report ? Math.max(report.plannedCents + report.committedCents, report.spentCents) : 0;
  return (
    <Card labelledBy="ads-budget-heading">
      <Heading level={2} id="ads-budget-heading">
        {t('insights.campaigns.budgetHeading', { year: String(year) })}
      </Heading>
      {error && !report ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !report ? <Spinner label={t('app.loading')} /> : null}
      {report ? (
        <>
          {report.budgetCents === null ? (
            <p className="utrecht-paragraph">{t('insights.campaigns.noBudget')}</p>
          ) : (
            <p className="utrecht-paragraph planbord-ads-budget__usage">
              <span>
                {t('insights.campaigns.usage', {
                  used: formatEuros(used),
                  budget: formatEuros(report.budgetCents),
                  share: formatPercent(report.budgetCents > 0 ? used / report.budgetCents : 1),
                })}
              </span>
              <UsageBar value={used} max={report.budgetCents} />
            </p>
          )}
          <dl className="planbord-ads-budget__figures">
            <div>
              <dt>{t('insights.campaigns.planned')}</dt>
              <dd>{formatEuros(report.plannedCents)}</dd>
            </div>
            <div>
              <dt>{t('insights.campaigns.committed')}</dt>
              <dd>{formatEuros(report.committedCents)}</dd>
            </div>
            <div>
              <dt>{t('insights.campaigns.spent')}</dt>
              <dd>{formatEuros(report.spentCents)}</dd>
            </div>
          </dl>
          {report.warning === 'NEAR_LIMIT' ? (
            <Alert type="warning" live={false}>
              {t('insights.campaigns.nearLimit')}
            </Alert>
          ) : null}
          {report.warning === 'OVER_LIMIT' ? (
            <Alert type="error" live={false}>
              {t('insights.campaigns.overLimit')}
            </Alert>
          ) : null}
        </>
      ) : null}
      {canEdit ? (
        <form
          className="planbord-ads-budget__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextField
            label={t('insights.campaigns.budgetField', { year: String(year) })}
            description={t('insights.campaigns.amountHint')}
            inputMode="decimal"
            value={amount}
            error={fieldError}
            onChange={(event) => setAmount(event.target.value)}
          />
          <Button type="submit" appearance="secondary" busy={saving}>
            {t('insights.campaigns.saveBudget')}
          </Button>
        </form>
      ) : null}
      <div aria-live="polite">
        {failure && !fieldError ? (
          <Alert type="error" live={false}>
            {failure}
          </Alert>
        ) : null}
        {saved ? (
          <Alert type="ok" live={false}>
            {t('insights.campaigns.budgetSaved')}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}

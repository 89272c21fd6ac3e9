import { useState, type FormEvent } from 'react';
import { Button, SelectField, TextField, focusFirstInvalid } from '@planbord/web-ui';
import { useT, type MessageKey } from '../i18n';
import {
  PERIOD_KINDS,
  customPeriodProblem,
  monthContaining,
  parseMonth,
  quarterOf,
  quarterPeriod,
  shiftPeriod,
  yearPeriod,
  type Period,
  type PeriodKind,
} from '../lib/period';

interface Draft {
  month: string;
  quarter: string;
  year: string;
  first: string;
  last: string;
}

const draftOf = (period: Period): Draft => ({
  month: period.first.slice(0, 7),
  quarter: String(quarterOf(period.first)),
  year: period.first.slice(0, 4),
  first: period.first,
  last: period.last,
});

/** The same stretch of time as another kind: the month, quarter or year its first day lies in, or its own dates. */
function asKind(period: Period, kind: PeriodKind): Period {
  const year = Number(period.first.slice(0, 4));
  switch (kind) {
    case 'month':
      return monthContaining(period.first);
    case 'quarter':
      return quarterPeriod(year, quarterOf(period.first));
    case 'year':
      return yearPeriod(year);
    case 'custom':
      return { kind: 'custom', first: period.first, last: period.last };
  }
}

const validYear = (year: string) => /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;

/** The period from the fields, or what is wrong with which field. */
function periodFromDraft(
  kind: PeriodKind,
  draft: Draft,
): { period: Period } | { field: keyof Draft; problem: MessageKey } {
  switch (kind) {
    case 'month': {
      const period = parseMonth(draft.month);
      return period ? { period } : { field: 'month', problem: 'reports.period.invalid' };
    }
    case 'quarter':
      return validYear(draft.year)
        ? { period: quarterPeriod(Number(draft.year), Number(draft.quarter)) }
        : { field: 'year', problem: 'reports.period.invalidYear' };
    case 'year':
      return validYear(draft.year)
        ? { period: yearPeriod(Number(draft.year)) }
        : { field: 'year', problem: 'reports.period.invalidYear' };
    case 'custom': {
      const problem = customPeriodProblem(draft.first, draft.last);
      if (problem === 'invalid')
        return {
          field: customPeriodProblem(draft.first, draft.first) ? 'first' : 'last',
          problem: 'reports.period.invalid',
        };
      if (problem === 'order') return { field: 'last', problem: 'reports.period.order' };
      if (problem === 'tooLong') return { field: 'last', problem: 'reports.period.tooLong' };
      return { period: { kind: 'custom', first: draft.first, last: draft.last } };
    }
  }
}

/**
 * Chooses the reports' period: its kind applies at once, the dates when shown (Enter or the button), and the
 * buttons beside step to the period before or after. The page keeps the period in its address and renders the picker
 * anew (by key) when the period changes, so the fields always start from the period shown.
 */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(period));
  const [problem, setProblem] = useState<{ field: keyof Draft; message: MessageKey } | null>(null);
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));
  const errorOf = (field: keyof Draft) => (problem?.field === field ? t(problem.message) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = periodFromDraft(period.kind, draft);
    if ('period' in result) {
      setProblem(null);
      onChange(result.period);
    } else {
      setProblem({ field: result.field, message: result.problem });
      focusFirstInvalid(event.currentTarget);
    }
  };

  return (
    <form className="planbord-period-picker" onSubmit={submit} noValidate aria-label={t('reports.period.legend')}>
      <div className="planbord-period-picker__fields">
        <SelectField
          label={t('reports.period.kind')}
          value={period.kind}
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`reports.period.kind.${kind}`) }))}
          onChange={(event) => onChange(asKind(period, event.target.value as PeriodKind))}
        />
        {period.kind === 'month' ? (
          <TextField
            label={t('reports.period.month')}
            type="month"
            value={draft.month}
            onChange={set('month')}
            error={errorOf('month')}
            min="2000-01"
            max="2100-12"
          />
        ) : null}
        {period.kind === 'quarter' ? (
          <SelectField
            label={t('reports.period.quarter')}
            value={draft.quarter}
            options={[1, 2, 3, 4].map((q) => ({
              value: String(q),
              label: t('reports.period.quarterOption', { quarter: String(q) }),
            }))}
            onChange={set('quarter')}
          />
        ) : null}
        {period.kind === 'quarter' || period.kind === 'year' ? (
          <TextField
            label={t('reports.period.year')}
            inputMode="numeric"
            value={draft.year}
            onChange={set('year')}
            error={errorOf('year')}
            size={6}
          />
        ) : null}
        {period.kind === 'custom' ? (
          <>
            <TextField
              label={t('reports.period.first')}
              type="date"
              value={draft.first}
              onChange={set('first')}
              error={errorOf('first')}
            />
            <TextField
              label={t('reports.period.last')}
              type="date"
              value={draft.last}
              onChange={set('last')}
              error={errorOf('last')}
            />
          </>
        ) : null}
      </div>
      <div className="planbord-button-row">
        <Button type="submit" appearance="primary">
          {t('reports.period.show')}
        </Button>
        <Button appearance="secondary" onClick={() => onChange(shiftPeriod(period, -1))}>
          {t('reports.period.previous')}
        </Button>
        <Button appearance="secondary" onClick={() => onChange(shiftPeriod(period, 1))}>
          {t('reports.period.next')}
        </Button>
      </div>
    </form>
  );
}

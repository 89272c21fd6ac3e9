import { useSearchParams } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import {
  Button,
  EmptyState,
  Heading,
  PageHeader,
  Paragraph,
  QueryFailure,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Toolbar,
  VisuallyHidden,
  useFormat,
  useLocale,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { RubricsNav } from '../components/RubricsNav';
import { useRubricYear } from '../hooks/useRubricYear';
import { describeRule } from '../rule/describe-rule';
import {
  formatMonthStart,
  monthTotals,
  parseMonthStart,
  shiftMonths,
  twelveMonths,
  windowMonths,
  type MonthCounts,
  type MonthStart,
} from '../rule/year-totals';
import '../rubrics.css';

/**
 * /rubrieken/jaar: the coming twelve months as columns (from this month, or from `?vanaf=2027-03`), a row per rubric,
 * and how many slots are filled, open or skipped.
 */
export function RubricYearPage() {
  const t = useT();
  const locale = useLocale();
  const { monthNames } = useFormat();
  const { today } = useOrgTime();
  const [params, setParams] = useSearchParams();
  const thisMonth: MonthStart = { year: Number(today().slice(0, 4)), month: Number(today().slice(5, 7)) };
  const start = parseMonthStart(params.get('vanaf')) ?? thisMonth;
  const isThisMonth = start.year === thisMonth.year && start.month === thisMonth.month;
  const { rows, loading, error, refetch } = useRubricYear(start.year, start.month);
  const goTo = (next: MonthStart) =>
    setParams(next.year === thisMonth.year && next.month === thisMonth.month ? {} : { vanaf: formatMonthStart(next) }, {
      replace: true,
    });
  const longNames = monthNames('long');
  const shortNames = monthNames('short');
  const columns = windowMonths(start);
  const last = columns[11];
  const period = t('rubrics.yearPeriod', {
    from: `${longNames[start.month - 1]} ${start.year}`,
    to: `${longNames[last.month - 1]} ${last.year}`,
  });
  const totals = rows ? monthTotals(rows, start) : null;

  return (
    <>
      <PageHeader title={t('rubrics.yearTitle')} intro={t('rubrics.yearIntro')} />
      <RubricsNav />
      <Toolbar label={t('rubrics.yearPicker')}>
        <Button onClick={() => goTo(shiftMonths(start, -12))}>{`← ${t('rubrics.yearPrevious')}`}</Button>
        <Heading level={2} className="planbord-year__heading">
          <span aria-live="polite">{period}</span>
        </Heading>
        <Button onClick={() => goTo(shiftMonths(start, 12))}>{`${t('rubrics.yearNext')} →`}</Button>
        {!isThisMonth ? (
          <Button appearance="subtle" onClick={() => goTo(thisMonth)}>
            {t('rubrics.yearCurrent')}
          </Button>
        ) : null}
      </Toolbar>
      <Paragraph small>{t('rubrics.legend')}</Paragraph>
      {error && !rows ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !rows ? <Spinner label={t('app.loading')} /> : null}
      {rows && rows.length === 0 ? <EmptyState title={t('rubrics.yearEmpty', { period })} /> : null}
      {rows && rows.length > 0 && totals ? (
        <div className="planbord-year">
          <Table caption={t('rubrics.yearCaption', { period })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('rubrics.yearRubric')}</TableHeaderCell>
                {columns.map(({ year, month }, i) => (
                  <TableHeaderCell key={`${year}-${month}`} className="planbord-year__month">
                    <span aria-hidden="true">
                      {shortNames[month - 1]}
                      {/* The year where it starts or turns. */}
                      {i === 0 || month === 1 ? <span className="planbord-year__month-year"> {year}</span> : null}
                    </span>
                    <VisuallyHidden>{`${longNames[month - 1]} ${year}`}</VisuallyHidden>
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map(({ rubric, months }) => (
                <TableRow key={rubric.id}>
                  <th scope="row" className="utrecht-table__header-cell planbord-year__rubric">
                    <span className="planbord-year__name">{rubric.name}</span>
                    <span className="planbord-muted planbord-year__rule">
                      {describeRule(rubric.rrule, rubric.time, locale) ?? rubric.rrule}
                    </span>
                  </th>
                  {twelveMonths(months, start).map((month) => (
                    <TableCell key={`${month.year}-${month.month}`} className="planbord-year__cell">
                      <Counts counts={month} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              <tr className="utrecht-table__row planbord-year__totals">
                <th scope="row" className="utrecht-table__header-cell planbord-year__rubric">
                  {t('rubrics.yearTotal')}
                </th>
                {totals.map((month) => (
                  <TableCell key={`${month.year}-${month.month}`} className="planbord-year__cell">
                    <Counts counts={month} />
                  </TableCell>
                ))}
              </tr>
            </TableBody>
          </Table>
        </div>
      ) : null}
    </>
  );
}

/** Numbers with words, one line each, and a mark that repeats the meaning for sighted readers; never colour alone. */
function Counts({ counts }: { counts: MonthCounts }) {
  const t = useT();
  if (counts.filled + counts.open + counts.skipped === 0) {
    return (
      <>
        <span aria-hidden="true" className="planbord-muted">
          –
        </span>
        <VisuallyHidden>{t('rubrics.noSlots')}</VisuallyHidden>
      </>
    );
  }
  return (
    <ul className="planbord-year__counts">
      {counts.filled > 0 ? (
        <li className="planbord-year__count planbord-year__count--filled">
          {t('rubrics.filled', { count: counts.filled })}
        </li>
      ) : null}
      {counts.open > 0 ? (
        <li className="planbord-year__count planbord-year__count--open">{t('rubrics.open', { count: counts.open })}</li>
      ) : null}
      {counts.skipped > 0 ? (
        <li className="planbord-year__count planbord-year__count--skipped">
          <span aria-hidden="true">{t('rubrics.skippedShort', { count: counts.skipped })}</span>
          <VisuallyHidden>{t('rubrics.skipped', { count: counts.skipped })}</VisuallyHidden>
        </li>
      ) : null}
    </ul>
  );
}

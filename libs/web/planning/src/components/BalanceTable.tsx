import type { PlanningBalanceQuery } from '@planbord/web-graphql';
import {
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
} from '@planbord/web-ui';
import { useT } from '../i18n';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Per week: what the publications are planned for, and whether enough room is kept free for ad-hoc items. */
export function BalanceTable({ weeks, caption }: { weeks: PlanningBalanceQuery['planningBalance']; caption: string }) {
  const t = useT();
  const { formatDayMonth } = useFormat();
  return (
    <Table caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('planning.balance.week')}</TableHeaderCell>
          <TableHeaderCell className="planbord-number">{t('planning.balance.rubric')}</TableHeaderCell>
          <TableHeaderCell className="planbord-number">{t('planning.balance.event')}</TableHeaderCell>
          <TableHeaderCell className="planbord-number">{t('planning.balance.adHocFilled')}</TableHeaderCell>
          <TableHeaderCell className="planbord-number">{t('planning.balance.adHocFree')}</TableHeaderCell>
          <TableHeaderCell className="planbord-number">{t('planning.balance.share')}</TableHeaderCell>
          <TableHeaderCell>{t('planning.balance.state')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {weeks.map((week) => (
          <TableRow key={week.weekStart}>
            <TableHeaderCell scope="row">
              {t('planning.balance.weekOf', { date: formatDayMonth(week.weekStart, 'short') })}
            </TableHeaderCell>
            <TableCell className="planbord-number">{week.rubric}</TableCell>
            <TableCell className="planbord-number">{week.eventBound}</TableCell>
            <TableCell className="planbord-number">{week.adHocFilled}</TableCell>
            <TableCell className="planbord-number">{week.adHocFree}</TableCell>
            <TableCell className="planbord-number">
              {t('planning.balance.shareOf', { share: percent(week.freeShare), target: percent(week.targetShare) })}
            </TableCell>
            <TableCell>
              {week.belowTarget ? (
                <StatusBadge status="warning">{t('planning.belowTarget')}</StatusBadge>
              ) : (
                <StatusBadge status="success">{t('planning.onTarget')}</StatusBadge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

import type { PlanningReferenceDataQuery } from '@planbord/web-graphql';
import { Button, SelectField, useT } from '@planbord/web-ui';
import type { CalendarFilterState } from '../lib/calendar-url';

/** One choice per filter (department, channel, theme, and for the team a person); the address keeps them. */
export function CalendarFilters({ reference, people, value, onChange }: {
  reference: PlanningReferenceDataQuery | null;
  people: readonly { id: string; name: string }[] | null;
  value: CalendarFilterState;
  onChange: (next: CalendarFilterState) => void;
}) {
  const t = useT();
  const any = value.departmentIds.length + value.channelIds.length + value.themeIds.length + value.userIds.length > 0;
  const select = (key: keyof CalendarFilterState, label: string, options: readonly { id: string; name: string }[]) => (
    <SelectField
      label={label}
      value={value[key][0] ?? ''}
      onChange={(event) => onChange({ ...value, [key]: event.target.value ? [event.target.value] : [] })}
      options={[{ value: '', label: t('calendar.filter.all') }, ...options.map((option) => ({ value: option.id, label: option.name }))]}
    />
  );
  return (
    <div className="planbord-calendar-filters" role="group" aria-label={t('calendar.filters')}>
      {select('departmentIds', t('calendar.filter.department'), reference?.departments ?? [])}
      {select('channelIds', t('calendar.filter.channel'), reference?.channels ?? [])}
      {select('themeIds', t('calendar.filter.theme'), reference?.themes ?? [])}
      {people ? select('userIds', t('calendar.filter.person'), people) : null}
      {any ? (
        <Button appearance="subtle" onClick={() => onChange({ departmentIds: [], channelIds: [], themeIds: [], userIds: [] })}>
          {t('calendar.filter.clear')}
        </Button>
      ) : null}
    </div>
  );
}

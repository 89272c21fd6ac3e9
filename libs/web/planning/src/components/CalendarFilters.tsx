import { useChannels, useDepartments, usePeople, useThemes } from '@planbord/web-graphql';
import { Button, SelectField } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { CalendarFilterState } from '../lib/calendar-url';

/** One choice per filter (department, channel, theme, and for the team a person); the address keeps them. */
export function CalendarFilters({
  value,
  onChange,
}: {
  value: CalendarFilterState;
  onChange: (next: CalendarFilterState) => void;
}) {
  const t = useT();
  const { departments } = useDepartments();
  const { channels } = useChannels();
  const { themes } = useThemes();
  const { people: team } = usePeople({ team: true });
  const any = value.departmentIds.length + value.channelIds.length + value.themeIds.length + value.userIds.length > 0;
  const select = (key: keyof CalendarFilterState, label: string, options: readonly { id: string; name: string }[]) => (
    <SelectField
      label={label}
      value={value[key][0] ?? ''}
      onChange={(event) => onChange({ ...value, [key]: event.target.value ? [event.target.value] : [] })}
      options={[
        { value: '', label: t('calendar.filter.all') },
        ...options.map((option) => ({ value: option.id, label: option.name })),
      ]}
    />
  );
  return (
    <div className="planbord-calendar-filters" role="group" aria-label={t('calendar.filters')}>
      {select('departmentIds', t('calendar.filter.department'), departments ?? [])}
      {select('channelIds', t('calendar.filter.channel'), channels ?? [])}
      {select('themeIds', t('calendar.filter.theme'), themes ?? [])}
      {team ? select('userIds', t('calendar.filter.person'), team) : null}
      {any ? (
        <Button
          appearance="subtle"
          onClick={() => onChange({ departmentIds: [], channelIds: [], themeIds: [], userIds: [] })}
        >
          {t('calendar.filter.clear')}
        </Button>
      ) : null}
    </div>
  );
}

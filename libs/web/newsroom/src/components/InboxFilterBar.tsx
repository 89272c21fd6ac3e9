import { useEffect, useState } from 'react';
import { usePeople, useThemes } from '@planbord/web-graphql';
import { Button, SelectField, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { OPEN_STATUSES, type InboxFilters } from '../lib/inbox-url';
import { SIGNAL_SOURCES, SIGNAL_STATUSES, type SignalSource, type SignalStatus } from '../model/newsroom';

/** The `/` key jumps to this field. */
export const SEARCH_FIELD_ID = 'newsroom-search';

const flagValue = (value: boolean | null) => (value === null ? '' : value ? 'ja' : 'nee');
const flagOf = (value: string) => (value === '' ? null : value === 'ja');

/** The inbox's search and filters; every change goes to the address bar, so the view can be shared and reloaded. */
export function InboxFilterBar({
  filters,
  onChange,
  meId,
}: {
  filters: InboxFilters;
  onChange: (filters: InboxFilters) => void;
  meId: string;
}) {
  const t = useT();
  const { people } = usePeople({ team: true });
  const { themes } = useThemes();
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  const status =
    filters.status.length === 0
      ? 'alle'
      : filters.status.length === 1
        ? filters.status[0]
        : filters.status.length === OPEN_STATUSES.length
          ? 'open'
          : filters.status.join(',');
  const statusOptions = [
    { value: 'open', label: t('newsroom.filter.open') },
    ...SIGNAL_STATUSES.map((value) => ({ value, label: t(`newsroom.status.${value}`) })),
    { value: 'alle', label: t('newsroom.filter.all') },
  ];

  return (
    <div className="planbord-inbox-filters">
      <form
        role="search"
        className="planbord-field-row"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, search });
        }}
      >
        <TextField
          id={SEARCH_FIELD_ID}
          type="search"
          label={t('newsroom.filter.search')}
          description={t('newsroom.filter.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
        <Button type="submit">{t('newsroom.filter.searchButton')}</Button>
      </form>
      <div className="planbord-field-row">
        <SelectField
          label={t('newsroom.filter.status')}
          value={status}
          onChange={(event) => {
            const value = event.target.value;
            onChange({
              ...filters,
              status: value === 'alle' ? [] : value === 'open' ? OPEN_STATUSES : (value.split(',') as SignalStatus[]),
            });
          }}
          options={
            statusOptions.some((option) => option.value === status)
              ? statusOptions
              : [...statusOptions, { value: status, label: t('newsroom.filter.several') }]
          }
        />
        <SelectField
          label={t('newsroom.filter.source')}
          value={filters.sources.length === 1 ? filters.sources[0] : ''}
          onChange={(event) =>
            onChange({ ...filters, sources: event.target.value ? [event.target.value as SignalSource] : [] })
          }
          options={[
            { value: '', label: t('newsroom.filter.any') },
            ...SIGNAL_SOURCES.map((value) => ({ value, label: t(`newsroom.source.${value}`) })),
          ]}
        />
        <SelectField
          label={t('newsroom.filter.theme')}
          value={filters.themeIds.length === 1 ? filters.themeIds[0] : ''}
          onChange={(event) => onChange({ ...filters, themeIds: event.target.value ? [event.target.value] : [] })}
          options={[
            { value: '', label: t('newsroom.filter.any') },
            ...(themes ?? []).map((theme) => ({ value: theme.id, label: theme.name })),
          ]}
        />
        <SelectField
          label={t('newsroom.filter.assignee')}
          value={filters.assigneeId ?? ''}
          onChange={(event) => onChange({ ...filters, assigneeId: event.target.value || null })}
          options={[
            { value: '', label: t('newsroom.filter.anyone') },
            { value: meId, label: t('newsroom.filter.me') },
            ...(people ?? [])
              .filter((person) => person.id !== meId)
              .map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <SelectField
          label={t('newsroom.filter.needsReply')}
          value={flagValue(filters.needsReply)}
          onChange={(event) => onChange({ ...filters, needsReply: flagOf(event.target.value) })}
          options={[
            { value: '', label: t('newsroom.filter.any') },
            { value: 'ja', label: t('newsroom.filter.yes') },
            { value: 'nee', label: t('newsroom.filter.no') },
          ]}
        />
        <SelectField
          label={t('newsroom.filter.overdue')}
          value={flagValue(filters.overdue)}
          onChange={(event) => onChange({ ...filters, overdue: flagOf(event.target.value) })}
          options={[
            { value: '', label: t('newsroom.filter.any') },
            { value: 'ja', label: t('newsroom.filter.yes') },
            { value: 'nee', label: t('newsroom.filter.no') },
          ]}
        />
        <SelectField
          label={t('newsroom.filter.crisis')}
          value={flagValue(filters.crisis)}
          onChange={(event) => onChange({ ...filters, crisis: flagOf(event.target.value) })}
          options={[
            { value: '', label: t('newsroom.filter.any') },
            { value: 'ja', label: t('newsroom.filter.yes') },
            { value: 'nee', label: t('newsroom.filter.no') },
          ]}
        />
        <SelectField
          label={t('newsroom.filter.toReview')}
          value={filters.toReview ? 'ja' : ''}
          onChange={(event) => onChange({ ...filters, toReview: event.target.value === 'ja' })}
          options={[
            { value: '', label: t('newsroom.filter.any') },
            { value: 'ja', label: t('newsroom.filter.toReviewOnly') },
          ]}
        />
      </div>
    </div>
  );
}

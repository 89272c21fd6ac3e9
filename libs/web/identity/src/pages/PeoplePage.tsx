import { useEffect, useState } from 'react';
import { useCurrentUser, usePeople, type UserFieldsFragment } from '@planbord/web-graphql';
import { TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { AdminPage } from '../components/AdminPage';
import { OpenJobs } from '../components/OpenJobs';
import { PersonForm } from '../components/PersonForm';
import { useSetUserActive } from '../hooks/useSetUserActive';

export function PeoplePage() {
  const t = useT();
  const { me } = useCurrentUser();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const { people, loading, error, refetch } = usePeople({ search: query, includeInactive: showInactive });
  const [setUserActive] = useSetUserActive();

  return (
    <AdminPage<UserFieldsFragment>
      entityType="User"
      labels={{
        title: t('people.title'),
        intro: t('people.intro'),
        newLabel: t('people.new'),
        caption: t('people.caption'),
        empty: query.trim() ? t('people.emptySearch', { search: query.trim() }) : t('people.empty'),
        newTitle: t('people.newTitle'),
        editTitle: (person) => t('people.editTitle', { name: person.name }),
      }}
      list={{ rows: people, loading, error, refetch }}
      showInactive={showInactive}
      onShowInactiveChange={setShowInactive}
      filters={
        <TextField
          label={t('admin.search')}
          type="search"
          name="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      }
      columns={[
        { header: t('people.name'), render: (person) => <strong className="planbord-nowrap">{person.name}</strong> },
        { header: t('people.email'), render: (person) => person.email },
        { header: t('people.role'), render: (person) => t(`role.${person.role}`) },
        {
          header: t('people.department'),
          render: (person) => person.department?.name ?? <span className="planbord-muted">{t('admin.none')}</span>,
        },
        {
          header: t('people.weeklyHoursShort'),
          render: (person) => person.weeklyHours ?? <span className="planbord-muted">{t('admin.none')}</span>,
        },
      ]}
      setActive={(person, active) => setUserActive(person.id, active, person.version)}
      deactivateDetails={(person) => (person.role === 'LIAISON' ? null : <OpenJobs userId={person.id} />)}
      cannotDeactivate={(person) => (person.id === me?.id ? t('people.deactivateSelf') : null)}
      renderForm={(props) => (
        <PersonForm key={props.entity ? `${props.entity.id}:${props.entity.version}` : 'new'} {...props} />
      )}
    />
  );
}

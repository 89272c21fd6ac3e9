import { useState } from 'react';
import { useAudiences, type AudienceFieldsFragment } from '@planbord/web-graphql';
import { useT } from '../i18n';
import { AdminPage } from '../components/AdminPage';
import { AudienceForm } from '../components/AudienceForm';
import { useUpdateAudience } from '../hooks/useUpdateAudience';

export function AudiencesPage() {
  const t = useT();
  const [showInactive, setShowInactive] = useState(false);
  const { audiences, loading, error, refetch } = useAudiences({ includeInactive: showInactive });
  const [updateAudience] = useUpdateAudience();

  return (
    <AdminPage<AudienceFieldsFragment>
      entityType="Audience"
      labels={{
        title: t('audiences.title'),
        intro: t('audiences.intro'),
        newLabel: t('audiences.new'),
        caption: t('audiences.caption'),
        empty: t('audiences.empty'),
        newTitle: t('audiences.newTitle'),
        editTitle: (row) => t('audiences.editTitle', { name: row.name }),
      }}
      list={{ rows: audiences, loading, error, refetch }}
      showInactive={showInactive}
      onShowInactiveChange={setShowInactive}
      columns={[{ header: t('admin.name'), render: (row) => <strong>{row.name}</strong> }]}
      setActive={(row, active) => updateAudience(row.id, { name: row.name, active }, row.version)}
      renderForm={(props) => (
        <AudienceForm key={props.entity ? `${props.entity.id}:${props.entity.version}` : 'new'} {...props} />
      )}
    />
  );
}

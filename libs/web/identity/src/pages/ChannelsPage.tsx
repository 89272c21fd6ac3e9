import { useState } from 'react';
import { useChannels, type ChannelFieldsFragment } from '@planbord/web-graphql';
import { useT } from '../i18n';
import { AdminPage } from '../components/AdminPage';
import { ChannelForm } from '../components/ChannelForm';
import { useUpdateChannel } from '../hooks/useUpdateChannel';

export function ChannelsPage() {
  const t = useT();
  const [showInactive, setShowInactive] = useState(false);
  const { channels, loading, error, refetch } = useChannels({ includeInactive: showInactive });
  const [updateChannel] = useUpdateChannel();
  const none = <span className="planbord-muted">{t('admin.none')}</span>;

  return (
    <AdminPage<ChannelFieldsFragment>
      entityType="Channel"
      labels={{
        title: t('channels.title'),
        intro: t('channels.intro'),
        newLabel: t('channels.new'),
        caption: t('channels.caption'),
        empty: t('channels.empty'),
        newTitle: t('channels.newTitle'),
        editTitle: (row) => t('channels.editTitle', { name: row.name }),
      }}
      list={{ rows: channels, loading, error, refetch }}
      showInactive={showInactive}
      onShowInactiveChange={setShowInactive}
      columns={[
        { header: t('admin.name'), render: (row) => <strong>{row.name}</strong> },
        { header: t('channels.kind'), render: (row) => t(`channelKind.${row.kind}`) },
        { header: t('channels.handle'), render: (row) => row.handle || none },
        { header: t('channels.owner'), render: (row) => row.ownerDepartment?.name ?? none },
        {
          header: t('channels.audiences'),
          render: (row) => (row.audiences.length ? row.audiences.map((a) => a.name).join(', ') : none),
        },
      ]}
      setActive={(row, active) => updateChannel(row.id, { active }, row.version)}
      renderForm={(props) => (
        <ChannelForm key={props.entity ? `${props.entity.id}:${props.entity.version}` : 'new'} {...props} />
      )}
    />
  );
}

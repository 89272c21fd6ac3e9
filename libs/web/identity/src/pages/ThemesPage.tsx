import { useState } from 'react';
import { useThemes, type ThemeFieldsFragment } from '@planbord/web-graphql';
import { ColorSwatch } from '@planbord/web-ui';
import { useT } from '../i18n';
import { AdminPage } from '../components/AdminPage';
import { NamedColorForm } from '../components/NamedColorForm';
import { useCreateTheme } from '../hooks/useCreateTheme';
import { useUpdateTheme } from '../hooks/useUpdateTheme';

export function ThemesPage() {
  const t = useT();
  const [showInactive, setShowInactive] = useState(false);
  const { themes, loading, error, refetch } = useThemes({ includeInactive: showInactive });
  const [createTheme] = useCreateTheme();
  const [updateTheme] = useUpdateTheme();

  return (
    <AdminPage<ThemeFieldsFragment>
      entityType="Theme"
      labels={{
        title: t('themes.title'),
        intro: t('themes.intro'),
        newLabel: t('themes.new'),
        caption: t('themes.caption'),
        empty: t('themes.empty'),
        newTitle: t('themes.newTitle'),
        editTitle: (row) => t('themes.editTitle', { name: row.name }),
      }}
      list={{ rows: themes, loading, error, refetch }}
      showInactive={showInactive}
      onShowInactiveChange={setShowInactive}
      columns={[
        { header: t('admin.name'), render: (row) => <strong>{row.name}</strong> },
        { header: t('admin.color'), render: (row) => <ColorSwatch color={row.color} /> },
      ]}
      setActive={(row, active) => updateTheme(row.id, { name: row.name, color: row.color, active }, row.version)}
      renderForm={(props) => (
        <NamedColorForm
          key={props.entity ? `${props.entity.id}:${props.entity.version}` : 'new'}
          {...props}
          create={(input) => createTheme(input)}
          update={(id, input, version) => updateTheme(id, input, version)}
        />
      )}
    />
  );
}

import { useState } from 'react';
import { useDepartments, type DepartmentFieldsFragment } from '@planbord/web-graphql';
import { ColorSwatch } from '@planbord/web-ui';
import { useT } from '../i18n';
import { AdminPage } from '../components/AdminPage';
import { NamedColorForm } from '../components/NamedColorForm';
import { useCreateDepartment } from '../hooks/useCreateDepartment';
import { useUpdateDepartment } from '../hooks/useUpdateDepartment';

export function DepartmentsPage() {
  const t = useT();
  const [showInactive, setShowInactive] = useState(false);
  const { departments, loading, error, refetch } = useDepartments({ includeInactive: showInactive });
  const [createDepartment] = useCreateDepartment();
  const [updateDepartment] = useUpdateDepartment();

  return (
    <AdminPage<DepartmentFieldsFragment>
      entityType="Department"
      labels={{
        title: t('departments.title'),
        intro: t('departments.intro'),
        newLabel: t('departments.new'),
        caption: t('departments.caption'),
        empty: t('departments.empty'),
        newTitle: t('departments.newTitle'),
        editTitle: (row) => t('departments.editTitle', { name: row.name }),
      }}
      list={{ rows: departments, loading, error, refetch }}
      showInactive={showInactive}
      onShowInactiveChange={setShowInactive}
      columns={[
        { header: t('admin.name'), render: (row) => <strong>{row.name}</strong> },
        { header: t('admin.color'), render: (row) => <ColorSwatch color={row.color} /> },
      ]}
      setActive={(row, active) => updateDepartment(row.id, { name: row.name, color: row.color, active }, row.version)}
      renderForm={(props) => (
        <NamedColorForm
          key={props.entity ? `${props.entity.id}:${props.entity.version}` : 'new'}
          {...props}
          create={(input) => createDepartment(input)}
          update={(id, input, version) => updateDepartment(id, input, version)}
        />
      )}
    />
  );
}

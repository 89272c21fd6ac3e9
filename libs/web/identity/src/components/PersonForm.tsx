import { checkUser, LIMITS, LOCALES, ROLES, type Role } from '@planbord/domain';
import { useDepartments, type UserFieldsFragment } from '@planbord/web-graphql';
import { SelectField, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCreateUser } from '../hooks/useCreateUser';
import { useUpdateUser } from '../hooks/useUpdateUser';
import type { AdminFormProps } from './AdminPage';
import { FormActions, FormMessage } from './FormActions';
import { useEntityForm } from './useEntityForm';

interface PersonValues {
  name: string;
  email: string;
  role: Role;
  departmentId: string;
  weeklyHours: string;
  locale: string;
  password: string;
}

function initialValues(person: UserFieldsFragment | null): PersonValues {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    role: person?.role ?? 'MEMBER',
    departmentId: person?.department?.id ?? '',
    weeklyHours: person?.weeklyHours == null ? '' : String(person.weeklyHours),
    locale: person?.locale ?? 'nl',
    password: '',
  };
}

export function PersonForm({ entity, onSaved, onCancel, onConflict }: AdminFormProps<UserFieldsFragment>) {
  const t = useT();
  const { departments } = useDepartments();
  const [createUser] = useCreateUser();
  const [updateUser] = useUpdateUser();
  const form = useEntityForm(initialValues(entity));
  const { values, set, fieldMessages: errors } = form;

  const departmentOptions = [
    { value: '', label: t('people.noDepartment') },
    ...(departments ?? []).map((department) => ({ value: department.id, label: department.name })),
  ];
  // A person may belong to a department that has since been deactivated: keep it choosable for them.
  if (entity?.department && !departmentOptions.some((option) => option.value === entity.department?.id)) {
    departmentOptions.push({ value: entity.department.id, label: entity.department.name });
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const weeklyHours = values.weeklyHours.trim() === '' ? null : Number(values.weeklyHours.replace(',', '.'));
    const fields = {
      name: values.name.trim(),
      email: values.email.trim(),
      role: values.role,
      weeklyHours,
      locale: values.locale,
      departmentId: values.departmentId || null,
    };
    const password = values.password === '' && entity ? undefined : values.password;
    const issues = checkUser({ ...fields, password }, entity != null);
    void form.submit(
      issues,
      () =>
        entity
          ? updateUser(entity.id, { ...fields, password }, entity.version)
          : createUser({ ...fields, password: values.password }),
      { onConflict, onDone: () => onSaved(fields.name) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage message={form.formMessage} />
      <TextField
        label={t('people.name')}
        name="name"
        autoComplete="off"
        required
        value={values.name}
        error={errors['name']}
        onChange={(e) => set('name', e.target.value)}
      />
      <TextField
        label={t('people.email')}
        name="email"
        type="email"
        autoComplete="off"
        required
        value={values.email}
        error={errors['email']}
        onChange={(e) => set('email', e.target.value)}
      />
      <SelectField
        label={t('people.role')}
        name="role"
        value={values.role}
        error={errors['role']}
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        onChange={(e) => set('role', e.target.value as Role)}
      />
      <SelectField
        label={t('people.department')}
        name="departmentId"
        value={values.departmentId}
        error={errors['departmentId']}
        options={departmentOptions}
        onChange={(e) => set('departmentId', e.target.value)}
      />
      <TextField
        label={t('people.weeklyHours')}
        name="weeklyHours"
        inputMode="decimal"
        description={t('people.weeklyHoursHint', { max: LIMITS.weeklyHoursMax })}
        value={values.weeklyHours}
        error={errors['weeklyHours']}
        onChange={(e) => set('weeklyHours', e.target.value)}
      />
      <SelectField
        label={t('people.locale')}
        name="locale"
        value={values.locale}
        error={errors['locale']}
        options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        onChange={(e) => set('locale', e.target.value)}
      />
      <TextField
        label={entity ? t('people.resetPassword') : t('people.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required={!entity}
        description={entity ? t('people.resetPasswordHint') : t('people.passwordHint', { min: LIMITS.passwordMin })}
        value={values.password}
        error={errors['password']}
        onChange={(e) => set('password', e.target.value)}
      />
      <FormActions busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

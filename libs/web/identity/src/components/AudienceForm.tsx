import { checkAudience } from '@planbord/domain';
import type { AudienceFieldsFragment } from '@planbord/web-graphql';
import { TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCreateAudience } from '../hooks/useCreateAudience';
import { useUpdateAudience } from '../hooks/useUpdateAudience';
import type { AdminFormProps } from './AdminPage';
import { FormActions, FormMessage } from './FormActions';
import { useEntityForm } from './useEntityForm';

export function AudienceForm({ entity, onSaved, onCancel, onConflict }: AdminFormProps<AudienceFieldsFragment>) {
  const t = useT();
  const [createAudience] = useCreateAudience();
  const [updateAudience] = useUpdateAudience();
  const form = useEntityForm({ name: entity?.name ?? '' });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = { name: form.values.name.trim() };
    void form.submit(
      checkAudience(input),
      () =>
        entity ? updateAudience(entity.id, { ...input, active: entity.active }, entity.version) : createAudience(input),
      { onConflict, onDone: () => onSaved(input.name) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage message={form.formMessage} />
      <TextField
        label={t('admin.name')}
        name="name"
        autoComplete="off"
        required
        value={form.values.name}
        error={form.fieldMessages['name']}
        onChange={(e) => form.set('name', e.target.value)}
      />
      <FormActions busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

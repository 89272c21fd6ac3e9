import { checkChannel, type ChannelKind } from '@planbord/domain';
import { useAudiences, useDepartments, type ChannelFieldsFragment } from '@planbord/web-graphql';
import { CheckboxField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCreateChannel } from '../hooks/useCreateChannel';
import { useUpdateChannel } from '../hooks/useUpdateChannel';
import type { AdminFormProps } from './AdminPage';
import { ChannelFields } from './ChannelFields';
import { FormActions, FormMessage } from './FormActions';
import { useEntityForm } from './useEntityForm';

export function ChannelForm({ entity, onSaved, onCancel, onConflict }: AdminFormProps<ChannelFieldsFragment>) {
  const t = useT();
  const { departments } = useDepartments();
  const { audiences } = useAudiences();
  const [createChannel] = useCreateChannel();
  const [updateChannel] = useUpdateChannel();
  const form = useEntityForm({
    name: entity?.name ?? '',
    // A new channel's kind is chosen, never assumed.
    kind: (entity?.kind ?? '') as ChannelKind | '',
    handle: entity?.handle ?? '',
    ownerDepartmentId: entity?.ownerDepartment?.id ?? '',
    audienceIds: entity?.audiences.map((audience) => audience.id) ?? [],
    active: entity?.active ?? true,
  });
  const { values, set, fieldMessages: errors } = form;

  const departmentOptions = [
    { value: '', label: t('channels.noOwner') },
    ...(departments ?? []).map((d) => ({ value: d.id, label: d.name })),
  ];
  if (entity?.ownerDepartment && !departmentOptions.some((option) => option.value === entity.ownerDepartment?.id)) {
    departmentOptions.push({ value: entity.ownerDepartment.id, label: entity.ownerDepartment.name });
  }
  const audienceOptions = (audiences ?? []).map((a) => ({ value: a.id, label: a.name }));
  for (const audience of entity?.audiences ?? []) {
    if (!audienceOptions.some((option) => option.value === audience.id))
      audienceOptions.push({ value: audience.id, label: audience.name });
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = {
      name: values.name.trim(),
      kind: values.kind as ChannelKind,
      handle: values.handle.trim() || null,
      ownerDepartmentId: values.ownerDepartmentId || null,
      audienceIds: values.audienceIds,
    };
    void form.submit(
      checkChannel(input),
      () =>
        entity ? updateChannel(entity.id, { ...input, active: values.active }, entity.version) : createChannel(input),
      { onConflict, onDone: () => onSaved(input.name) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage message={form.formMessage} />
      <ChannelFields
        values={values}
        errors={errors}
        set={set}
        departmentOptions={departmentOptions}
        audienceOptions={audienceOptions}
        noAudiences={t('channels.noAudiences')}
      />
      {entity ? (
        <CheckboxField
          label={t('channels.active')}
          description={t('channels.activeHint')}
          checked={values.active}
          onChange={(e) => set('active', e.target.checked)}
        />
      ) : null}
      <FormActions busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

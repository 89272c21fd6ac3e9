import { CHANNEL_KINDS, checkChannel, type ChannelKind } from '@planbord/domain';
import { useAudiences, useDepartments, type ChannelFieldsFragment } from '@planbord/web-graphql';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCreateChannel } from '../hooks/useCreateChannel';
import { useUpdateChannel } from '../hooks/useUpdateChannel';
import type { AdminFormProps } from './AdminPage';
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
      <TextField
        label={t('admin.name')}
        name="name"
        autoComplete="off"
        required
        value={values.name}
        error={errors['name']}
        onChange={(e) => set('name', e.target.value)}
      />
      <SelectField
        label={t('channels.kind')}
        name="kind"
        required
        value={values.kind}
        error={errors['kind']}
        options={[
          ...(values.kind ? [] : [{ value: '', label: t('channels.chooseKind') }]),
          ...CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`channelKind.${kind}`) })),
        ]}
        onChange={(e) => set('kind', e.target.value as ChannelKind)}
      />
      <TextField
        label={t('channels.handle')}
        name="handle"
        autoComplete="off"
        description={t('channels.handleHint')}
        value={values.handle}
        error={errors['handle']}
        onChange={(e) => set('handle', e.target.value)}
      />
      <SelectField
        label={t('channels.owner')}
        name="ownerDepartmentId"
        value={values.ownerDepartmentId}
        error={errors['ownerDepartmentId']}
        options={departmentOptions}
        onChange={(e) => set('ownerDepartmentId', e.target.value)}
      />
      <CheckboxGroup
        legend={t('channels.audiences')}
        options={audienceOptions}
        values={values.audienceIds}
        error={errors['audienceIds']}
        emptyText={t('channels.noAudiences')}
        onChange={(ids) => set('audienceIds', ids)}
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

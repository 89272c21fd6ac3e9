import { CHANNEL_KINDS, checkChannelProposal, type ChannelKind } from '@planbord/domain';
import { useAudiences, useDepartments } from '@planbord/web-graphql';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useProposeChannel } from '../hooks/useProposeChannel';
import { FormActions, FormMessage } from './FormActions';
import { useEntityForm } from './useEntityForm';

/** A liaison's or team member's proposal for a new channel: what it is, who runs it, whom it reaches and why. */
export function ChannelProposalForm({ onSaved, onCancel }: { onSaved: (name: string) => void; onCancel: () => void }) {
  const t = useT();
  const { departments } = useDepartments();
  const { audiences } = useAudiences();
  const [proposeChannel] = useProposeChannel();
  const form = useEntityForm({
    name: '',
    kind: '' as ChannelKind | '',
    handle: '',
    ownerDepartmentId: '',
    audienceIds: [] as string[],
    reason: '',
  });
  const { values, set, fieldMessages: errors } = form;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = {
      name: values.name.trim(),
      kind: values.kind as ChannelKind,
      handle: values.handle.trim() || null,
      ownerDepartmentId: values.ownerDepartmentId || null,
      audienceIds: values.audienceIds,
      reason: values.reason.trim(),
    };
    void form.submit(checkChannelProposal(input), () => proposeChannel(input), {
      onConflict: () => undefined,
      onDone: () => onSaved(input.name),
    });
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
        options={[
          { value: '', label: t('channels.noOwner') },
          ...(departments ?? []).map((d) => ({ value: d.id, label: d.name })),
        ]}
        onChange={(e) => set('ownerDepartmentId', e.target.value)}
      />
      <CheckboxGroup
        legend={t('channels.audiences')}
        options={(audiences ?? []).map((a) => ({ value: a.id, label: a.name }))}
        values={values.audienceIds}
        error={errors['audienceIds']}
        emptyText={t('channelProposals.noAudiences')}
        onChange={(ids) => set('audienceIds', ids)}
      />
      <TextArea
        label={t('channelProposals.reason')}
        name="reason"
        required
        description={t('channelProposals.reasonHint')}
        rows={4}
        value={values.reason}
        error={errors['reason']}
        onChange={(e) => set('reason', e.target.value)}
      />
      <FormActions busy={form.busy} onCancel={onCancel} submitLabel={t('channelProposals.submit')} />
    </form>
  );
}

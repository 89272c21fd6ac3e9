import { checkChannelProposal, type ChannelKind } from '@planbord/domain';
import { useAudiences, useDepartments } from '@planbord/web-graphql';
import { TextArea } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useProposeChannel } from '../hooks/useProposeChannel';
import { ChannelFields } from './ChannelFields';
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
      <ChannelFields
        values={values}
        errors={errors}
        set={set}
        departmentOptions={[
          { value: '', label: t('channels.noOwner') },
          ...(departments ?? []).map((d) => ({ value: d.id, label: d.name })),
        ]}
        audienceOptions={(audiences ?? []).map((a) => ({ value: a.id, label: a.name }))}
        noAudiences={t('channelProposals.noAudiences')}
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

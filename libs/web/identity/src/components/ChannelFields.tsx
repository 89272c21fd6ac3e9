import { CHANNEL_KINDS, type ChannelKind } from '@planbord/domain';
import { CheckboxGroup, SelectField, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';

export interface ChannelValues {
  name: string;
  kind: ChannelKind | '';
  handle: string;
  ownerDepartmentId: string;
  audienceIds: string[];
}

interface Option {
  value: string;
  label: string;
}

/** What a channel is, who runs it and whom it reaches: the fields a channel and a channel proposal share. */
export function ChannelFields<V extends ChannelValues>({
  values,
  errors,
  set,
  departmentOptions,
  audienceOptions,
  noAudiences,
}: {
  values: V;
  errors: Record<string, string | undefined>;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  /** The departments to choose from, "no owner" first. */
  departmentOptions: Option[];
  audienceOptions: Option[];
  noAudiences: string;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('admin.name')}
        name="name"
        autoComplete="off"
        required
        value={values.name}
        error={errors['name']}
        onChange={(e) => set('name', e.target.value as V['name'])}
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
        onChange={(e) => set('kind', e.target.value as V['kind'])}
      />
      <TextField
        label={t('channels.handle')}
        name="handle"
        autoComplete="off"
        description={t('channels.handleHint')}
        value={values.handle}
        error={errors['handle']}
        onChange={(e) => set('handle', e.target.value as V['handle'])}
      />
      <SelectField
        label={t('channels.owner')}
        name="ownerDepartmentId"
        value={values.ownerDepartmentId}
        error={errors['ownerDepartmentId']}
        options={departmentOptions}
        onChange={(e) => set('ownerDepartmentId', e.target.value as V['ownerDepartmentId'])}
      />
      <CheckboxGroup
        legend={t('channels.audiences')}
        options={audienceOptions}
        values={values.audienceIds}
        error={errors['audienceIds']}
        emptyText={noAudiences}
        onChange={(ids) => set('audienceIds', ids as V['audienceIds'])}
      />
    </>
  );
}

import { useState } from 'react';
import { CAMPAIGN_LIMITS } from '@planbord/domain';
import { failureFacts, useChannels, useIdempotencyKey, type CampaignFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxGroup,
  SelectField,
  Spinner,
  TextArea,
  TextField,
  describeFailure,
  focusFirstInvalid,
  useFormat,
  useLocale,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCampaignPostChoices } from '../hooks/useCampaignPostChoices';
import { useCreateCampaign } from '../hooks/useCreateCampaign';
import { useUpdateCampaign } from '../hooks/useUpdateCampaign';
import { eurosInput, parseEuros } from '../lib/euros';

interface Values {
  name: string;
  channelId: string;
  startsOn: string;
  endsOn: string;
  budget: string;
  spent: string;
  results: string;
  postIds: string[];
}

const valuesOf = (campaign: CampaignFieldsFragment | null, year: number, locale: 'nl' | 'en'): Values => ({
  name: campaign?.name ?? '',
  channelId: campaign?.channel.id ?? '',
  startsOn: campaign?.startsOn ?? `${year}-01-01`,
  endsOn: campaign?.endsOn ?? `${year}-01-31`,
  budget: campaign ? eurosInput(campaign.budgetCents, locale) : '',
  spent: campaign ? eurosInput(campaign.spentCents, locale) : '0',
  results: campaign?.results ?? '',
  postIds: campaign?.posts.map((post) => post.id) ?? [],
});

/** A campaign, new or changed: its name, channel, days, money, results and the posts of its channel it boosts. */
export function CampaignForm({
  campaign,
  year,
  onSaved,
  onCancel,
  onConflict,
}: {
  campaign: CampaignFieldsFragment | null;
  year: number;
  onSaved: (name: string) => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { formatDateTime } = useFormat();
  const { channels } = useChannels();
  const [values, setValues] = useState<Values>(() => valuesOf(campaign, year, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [idempotencyKey] = useIdempotencyKey();
  const [createCampaign, { loading: creating }] = useCreateCampaign();
  const [updateCampaign, { loading: updating }] = useUpdateCampaign();
  const choices = useCampaignPostChoices(values.channelId, values.startsOn, values.endsOn);
  const set = (field: keyof Values) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const check = (): { budgetCents: number; spentCents: number } | null => {
    const found: Record<string, string> = {};
    if (!values.name.trim()) found['name'] = t('insights.campaigns.nameRequired');
    else if (values.name.trim().length > CAMPAIGN_LIMITS.name)
      found['name'] = t('insights.campaigns.nameTooLong', { max: String(CAMPAIGN_LIMITS.name) });
    if (!values.channelId) found['channelId'] = t('insights.campaigns.channelRequired');
    if (!values.startsOn) found['startsOn'] = t('insights.campaigns.dateRequired');
    if (!values.endsOn) found['endsOn'] = t('insights.campaigns.dateRequired');
    else if (values.startsOn && values.endsOn < values.startsOn)
      found['endsOn'] = t('insights.campaigns.endBeforeStart');
    const budgetCents = parseEuros(values.budget);
    const spentCents = parseEuros(values.spent || '0');
    if (budgetCents === null) found['budgetCents'] = t('insights.campaigns.amountInvalid');
    if (spentCents === null) found['spentCents'] = t('insights.campaigns.amountInvalid');
    setErrors(found);
    if (Object.keys(found).length || budgetCents === null || spentCents === null) return null;
    return { budgetCents, spentCents };
  };

  const submit = async () => {
    setFailure(null);
    const amounts = check();
    if (!amounts) {
      requestAnimationFrame(() => focusFirstInvalid());
      return;
    }
    // Only the posts still on offer for the chosen channel and days go with it.
    const offered = new Set(choices.posts?.map((post) => post.id) ?? []);
    const input = {
      name: values.name.trim(),
      channelId: values.channelId,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      ...amounts,
      results: values.results.trim() || null,
      postIds: values.postIds.filter((id) => offered.has(id)),
    };
    try {
      if (campaign) await updateCampaign(campaign.id, campaign.version, input);
      else await createCampaign(input, idempotencyKey);
      onSaved(input.name);
    } catch (caught) {
      const described = describeFailure(failureFacts(caught), t);
      if (described.code === 'VERSION_CONFLICT') {
        onConflict();
        return;
      }
      setErrors(described.fields);
      setFailure(described.message);
      requestAnimationFrame(() => focusFirstInvalid());
    }
  };

  return (
    <form
      className="planbord-campaign-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {failure ? <Alert type="error">{failure}</Alert> : null}
      <TextField
        label={t('insights.campaigns.name')}
        value={values.name}
        error={errors['name']}
        maxLength={CAMPAIGN_LIMITS.name + 50}
        onChange={(event) => set('name')(event.target.value)}
      />
      <SelectField
        label={t('insights.campaigns.channel')}
        value={values.channelId}
        error={errors['channelId']}
        onChange={(event) => set('channelId')(event.target.value)}
        options={[
          { value: '', label: t('insights.campaigns.channelPick') },
          ...(channels ?? []).map((channel) => ({ value: channel.id, label: channel.name })),
        ]}
      />
      <div className="planbord-campaign-form__row">
        <TextField
          type="date"
          label={t('insights.campaigns.startsOn')}
          value={values.startsOn}
          error={errors['startsOn']}
          onChange={(event) => set('startsOn')(event.target.value)}
        />
        <TextField
          type="date"
          label={t('insights.campaigns.endsOn')}
          value={values.endsOn}
          error={errors['endsOn']}
          onChange={(event) => set('endsOn')(event.target.value)}
        />
      </div>
      <div className="planbord-campaign-form__row">
        <TextField
          label={t('insights.campaigns.budget')}
          description={t('insights.campaigns.amountHint')}
          inputMode="decimal"
          value={values.budget}
          error={errors['budgetCents']}
          onChange={(event) => set('budget')(event.target.value)}
        />
        <TextField
          label={t('insights.campaigns.spentField')}
          description={t('insights.campaigns.amountHint')}
          inputMode="decimal"
          value={values.spent}
          error={errors['spentCents']}
          onChange={(event) => set('spent')(event.target.value)}
        />
      </div>
      <TextArea
        label={t('insights.campaigns.results')}
        description={t('insights.campaigns.resultsHint')}
        rows={3}
        value={values.results}
        error={errors['results']}
        onChange={(event) => set('results')(event.target.value)}
      />
      {choices.loading && !choices.posts ? <Spinner label={t('app.loading')} /> : null}
      <CheckboxGroup
        legend={t('insights.campaigns.posts')}
        options={(choices.posts ?? []).map((post) => ({
          value: post.id,
          label: `${post.title} (${formatDateTime(post.publishedAt ?? post.plannedAt ?? '')})`,
        }))}
        values={values.postIds}
        onChange={(postIds) => setValues((current) => ({ ...current, postIds }))}
        error={errors['postIds']}
        emptyText={values.channelId ? t('insights.campaigns.noPosts') : t('insights.campaigns.pickChannelFirst')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={creating || updating}>
          {campaign ? t('insights.campaigns.save') : t('insights.campaigns.create')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('insights.campaigns.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

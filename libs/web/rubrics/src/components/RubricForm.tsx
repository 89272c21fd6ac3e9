import { useRef, useState, type FormEvent } from 'react';
import { describeIssues, isValidDate, isValidTime, LIMITS, rules, type FieldIssues } from '@planbord/domain';
import { checkRrule } from '@planbord/domain/recurrence';
import {
  failureFacts,
  useChannels,
  usePeople,
  useThemes,
  type RubricInput,
  type RubricListFieldsFragment,
  type RubricPatch,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxGroup,
  describeFailure,
  focusFirstInvalid,
  Paragraph,
  SelectField,
  TextArea,
  TextField,
  useLocale,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCreateRubric } from '../hooks/useCreateRubric';
import { usePreviewRubricDates, type PreviewRule } from '../hooks/usePreviewRubricDates';
import { useSimilarRubrics } from '../hooks/useSimilarRubrics';
import { useUpdateRubric } from '../hooks/useUpdateRubric';
import { builderIssues } from '../rule/rule-builder';
import { currentRule, openRule, type RuleEditorState } from '../rule/rule-editor';
import { RuleBuilder } from './RuleBuilder';
import { RulePreview } from './RulePreview';

interface RubricValues {
  name: string;
  description: string;
  rule: RuleEditorState;
  startsOn: string;
  endsOn: string;
  time: string;
  durationMinutes: string;
  channelIds: string[];
  themeId: string;
  ownerId: string;
}

function initialValues(rubric: RubricListFieldsFragment | null, today: string): RubricValues {
  const startsOn = rubric?.startsOn ?? today;
  return {
    name: rubric?.name ?? '',
    description: rubric?.description ?? '',
    rule: openRule(rubric?.rrule ?? '', startsOn),
    startsOn,
    endsOn: rubric?.endsOn ?? '',
    time: rubric?.time ?? '10:00',
    durationMinutes: String(rubric?.durationMinutes ?? 30),
    channelIds: rubric?.channels.map((channel) => channel.id) ?? [],
    themeId: rubric?.theme?.id ?? '',
    ownerId: rubric?.owner?.id ?? '',
  };
}

const BUILDER_MESSAGES = {
  noDays: 'rubrics.issue.noDays',
  interval: 'rubrics.issue.interval',
  monthDay: 'rubrics.issue.monthDay',
} as const;

/** The rule fields complete enough to ask the server for dates. */
function previewRule(values: RubricValues): PreviewRule | null {
  const rrule = currentRule(values.rule);
  if (values.rule.mode !== 'raw' && Object.keys(builderIssues(values.rule.builder)).length > 0) return null;
  if (values.rule.mode === 'raw' && !rrule) return null;
  if (!isValidDate(values.startsOn) || !isValidTime(values.time)) return null;
  if (values.endsOn && !isValidDate(values.endsOn)) return null;
  return { rrule, startsOn: values.startsOn, time: values.time, endsOn: values.endsOn || null };
}

export interface RubricFormProps {
  rubric: RubricListFieldsFragment | null;
  onSaved: (name: string) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/** The rubric editor: name, rule builder with a live preview of the next ten dates, schedule, channels, theme, owner. */
export function RubricForm({ rubric, onSaved, onCancel, onConflict }: RubricFormProps) {
  const t = useT();
  const locale = useLocale();
  const { today } = useOrgTime();
  const [values, setValues] = useState<RubricValues>(() => initialValues(rubric, today()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { channels } = useChannels();
  const { themes } = useThemes();
  const { people: team } = usePeople({ team: true });
  const [createRubric] = useCreateRubric();
  const [updateRubric] = useUpdateRubric();
  const findSimilar = useSimilarRubrics();
  // Rubrics with the same name and rule, found when saving; saving the same again confirms it is meant.
  const [similar, setSimilar] = useState<{ key: string; names: string[] } | null>(null);
  const preview = usePreviewRubricDates(previewRule(values));
  const previewFailure = preview.error ? describeFailure(failureFacts(preview.error), t) : null;

  const set = <K extends keyof RubricValues>(field: K, value: RubricValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    const touched = field === 'rule' ? ['rrule', 'days', 'interval', 'monthDay'] : [field];
    if (touched.some((name) => errors[name]))
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([name]) => !touched.includes(name))));
  };

  const check = (): FieldIssues => {
    const issues: FieldIssues = {};
    const add = (field: string, issue: ReturnType<ReturnType<typeof rules.text>>) => {
      if (issue) issues[field] = issue;
    };
    add('name', rules.text(LIMITS.name, { required: true })(values.name));
    add('description', rules.text(LIMITS.description)(values.description));
    if (values.rule.mode === 'raw') add('rrule', checkRrule(values.rule.raw));
    if (!isValidDate(values.startsOn)) issues.startsOn = { code: values.startsOn ? 'invalidDate' : 'required' };
    if (values.endsOn && !isValidDate(values.endsOn)) issues.endsOn = { code: 'invalidDate' };
    else if (values.endsOn && values.endsOn < values.startsOn) issues.endsOn = { code: 'endBeforeStart' };
    if (!isValidTime(values.time)) issues.time = { code: values.time ? 'invalidTime' : 'required' };
    add('durationMinutes', rules.number(1, 1440, { required: true })(values.durationMinutes));
    return issues;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormMessage(null);
    const issues = check();
    const messages = describeIssues(issues, locale);
    if (values.rule.mode !== 'raw') {
      for (const [field, issue] of Object.entries(builderIssues(values.rule.builder)))
        messages[field] = t(BUILDER_MESSAGES[issue]);
    }
    if (values.channelIds.length === 0) messages['channelIds'] = t('rubrics.issue.channels');
    if (Object.keys(messages).length > 0) {
      setErrors(messages);
      setFormMessage(t('error.formHasErrors'));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    setBusy(true);
    const input: RubricInput = {
      name: values.name.trim(),
      description: values.description.trim() || null,
      rrule: currentRule(values.rule),
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
      time: values.time,
      durationMinutes: Number(values.durationMinutes),
      channelIds: values.channelIds,
      themeId: values.themeId || null,
      ownerId: values.ownerId || null,
    };
    try {
      const key = similarKey(input.name, input.rrule);
      const identityChanged = !rubric || input.name !== rubric.name || input.rrule !== rubric.rrule;
      if (identityChanged && similar?.key !== key) {
        const found = await findSimilar(input.name, input.rrule, rubric?.id ?? null);
        if (found.length > 0) {
          setSimilar({ key, names: found.map((r) => r.name) });
          return;
        }
      }
      if (rubric) await updateRubric(rubric.id, rubric.version, changes(rubric, input));
      else await createRubric(input);
      onSaved(input.name);
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t);
      if (failure.code === 'VERSION_CONFLICT') {
        onConflict();
        return;
      }
      setErrors(failure.fields);
      setFormMessage(failure.message);
      if (Object.keys(failure.fields).length > 0) focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  const warnSimilar = similar != null && similar.key === similarKey(values.name, currentRule(values.rule));

  const ruleErrors = {
    ...errors,
    rrule: errors['rrule'] ?? previewFailure?.fields['rrule'],
  };
  const previewProblem = previewFailure
    ? t('rubrics.previewError', { message: Object.values(previewFailure.fields)[0] ?? previewFailure.message })
    : previewRule(values) == null
      ? t('rubrics.previewIncomplete')
      : null;

  const withCurrent = (list: { value: string; label: string }[], current: readonly { id: string; name: string }[]) => {
    // A rubric may point to something deactivated since: keep it visible for this rubric.
    for (const item of current)
      if (!list.some((option) => option.value === item.id)) list.push({ value: item.id, label: item.name });
    return list;
  };
  const channelOptions = withCurrent(
    (channels ?? []).map((c) => ({ value: c.id, label: c.name })),
    rubric?.channels ?? [],
  );
  const themeOptions = withCurrent(
    [{ value: '', label: t('rubrics.field.noTheme') }, ...(themes ?? []).map((x) => ({ value: x.id, label: x.name }))],
    rubric?.theme ? [rubric.theme] : [],
  );
  const ownerOptions = withCurrent(
    [{ value: '', label: t('rubrics.field.noOwner') }, ...(team ?? []).map((x) => ({ value: x.id, label: x.name }))],
    rubric?.owner ? [rubric.owner] : [],
  );

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate className="planbord-rubric-form">
      {formMessage ? <Alert type="error">{formMessage}</Alert> : null}
      {warnSimilar ? (
        <Alert type="warning">
          {t('rubrics.similarWarning', { names: similar.names.map((name) => `‘${name}’`).join(', ') })}
        </Alert>
      ) : null}
      <TextField
        label={t('rubrics.field.name')}
        name="name"
        autoComplete="off"
        required
        value={values.name}
        error={errors['name']}
        onChange={(e) => set('name', e.target.value)}
      />
      <TextArea
        label={t('rubrics.field.description')}
        name="description"
        rows={2}
        value={values.description}
        error={errors['description']}
        onChange={(e) => set('description', e.target.value)}
      />
      <div className="planbord-rubric-form__rule">
        <div>
          <RuleBuilder
            state={values.rule}
            onChange={(rule) => set('rule', rule)}
            startsOn={values.startsOn}
            time={values.time}
            errors={ruleErrors}
          />
          <div className="planbord-field-row">
            <TextField
              type="date"
              label={t('rubrics.field.startsOn')}
              name="startsOn"
              required
              value={values.startsOn}
              error={errors['startsOn']}
              onChange={(e) => set('startsOn', e.target.value)}
            />
            <TextField
              type="date"
              label={t('rubrics.field.endsOn')}
              name="endsOn"
              description={t('rubrics.field.endsOnHint')}
              min={values.startsOn || undefined}
              value={values.endsOn}
              error={errors['endsOn']}
              onChange={(e) => set('endsOn', e.target.value)}
            />
          </div>
          <div className="planbord-field-row">
            <TextField
              type="time"
              label={t('rubrics.field.time')}
              name="time"
              required
              value={values.time}
              error={errors['time']}
              onChange={(e) => set('time', e.target.value)}
            />
            <TextField
              type="number"
              min={1}
              max={1440}
              inputMode="numeric"
              className="planbord-rule-builder__number"
              label={t('rubrics.field.duration')}
              name="durationMinutes"
              required
              value={values.durationMinutes}
              error={errors['durationMinutes']}
              onChange={(e) => set('durationMinutes', e.target.value)}
            />
          </div>
          {rubric ? <Paragraph small>{t('rubrics.ruleChangeHint')}</Paragraph> : null}
        </div>
        <RulePreview dates={preview.dates} pending={preview.pending} problem={previewProblem} />
      </div>
      <CheckboxGroup
        legend={t('rubrics.field.channels')}
        options={channelOptions}
        values={values.channelIds}
        error={errors['channelIds']}
        emptyText={t('rubrics.field.noChannels')}
        onChange={(ids) => set('channelIds', ids)}
      />
      <div className="planbord-field-row">
        <SelectField
          label={t('rubrics.field.theme')}
          name="themeId"
          options={themeOptions}
          value={values.themeId}
          error={errors['themeId']}
          onChange={(e) => set('themeId', e.target.value)}
        />
        <SelectField
          label={t('rubrics.field.owner')}
          name="ownerId"
          options={ownerOptions}
          value={values.ownerId}
          error={errors['ownerId']}
          onChange={(e) => set('ownerId', e.target.value)}
        />
      </div>
      <div className="planbord-form-actions">
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {busy ? t('app.saving') : warnSimilar ? t('rubrics.saveAnyway') : t('rubrics.save')}
          </Button>
          <Button onClick={onCancel}>{t('rubrics.cancel')}</Button>
        </ButtonGroup>
      </div>
    </form>
  );
}

/** The same name and rule as the warning was about: a changed name or rule is checked afresh. */
function similarKey(name: string, rrule: string): string {
  return `${name.trim().toLocaleLowerCase('nl')}\n${rrule}`;
}

/** Only what changed: an unchanged rule must not make the server replace the rubric's future slots. */
function changes(rubric: RubricListFieldsFragment, input: RubricInput): RubricPatch {
  const patch: RubricPatch = {};
  if (input.name !== rubric.name) patch.name = input.name;
  if ((input.description ?? null) !== (rubric.description ?? null)) patch.description = input.description;
  if (input.rrule !== rubric.rrule) patch.rrule = input.rrule;
  if (input.startsOn !== rubric.startsOn) patch.startsOn = input.startsOn;
  if ((input.endsOn ?? null) !== (rubric.endsOn ?? null)) patch.endsOn = input.endsOn;
  if (input.time !== rubric.time) patch.time = input.time;
  if (input.durationMinutes !== rubric.durationMinutes) patch.durationMinutes = input.durationMinutes;
  const before = rubric.channels
    .map((c) => c.id)
    .sort()
    .join();
  if ([...input.channelIds].sort().join() !== before) patch.channelIds = input.channelIds;
  if ((input.themeId ?? null) !== (rubric.theme?.id ?? null)) patch.themeId = input.themeId;
  if ((input.ownerId ?? null) !== (rubric.owner?.id ?? null)) patch.ownerId = input.ownerId;
  return patch;
}

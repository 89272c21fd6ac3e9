import { useRef, useState, type FormEvent } from 'react';
import { describeIssues, hasIssues, type FieldIssues } from '@planbord/domain';
import {
  failureFacts,
  useAudiences,
  useChannels,
  useDepartments,
  useIdempotencyKey,
  useThemes,
  type EventRequestFieldsFragment,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxGroup,
  describeFailure,
  focusFirstInvalid,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  useLocale,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useSubmitEventRequest } from '../hooks/useSubmitEventRequest';
import { useUpdateEventRequest } from '../hooks/useUpdateEventRequest';
import {
  checkRequestForm,
  emptyRequest,
  formFieldOf,
  isShortNotice,
  requestInput,
  valuesFromRequest,
  type RequestFormValues,
} from '../model/request-form';

export interface RequestFormProps {
  /** The open request to edit; none for a new request. */
  request?: EventRequestFieldsFragment | null;
  defaultDepartmentId?: string | null;
  minimumLeadDays: number;
  onDone: (saved: EventRequestFieldsFragment) => void;
  onCancel?: () => void;
  /** Someone changed or decided the request first; the caller reloads it. */
  onConflict?: () => void;
}

function addHour(time: string): string {
  const [h, m] = time.split(':').map(Number);
  return h >= 23 ? time : `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "Nieuwe aanvraag" and the editing of an open request: the same fields, the same checks as the server. */
export function RequestForm({
  request,
  defaultDepartmentId,
  minimumLeadDays,
  onDone,
  onCancel,
  onConflict,
}: RequestFormProps) {
  const t = useT();
  const locale = useLocale();
  const { zone } = useOrgTime();
  const editing = request != null;
  const [values, setValues] = useState<RequestFormValues>(() =>
    request ? valuesFromRequest(request, zone) : emptyRequest(defaultDepartmentId),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { departments } = useDepartments();
  const { themes } = useThemes();
  const { audiences } = useAudiences();
  const { channels } = useChannels();
  const [submitEventRequest] = useSubmitEventRequest();
  // One key per request being filled in: sending it again after a lost answer submits it once.
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [updateEventRequest] = useUpdateEventRequest();

  const set = <K extends keyof RequestFormValues>(field: K, value: RequestFormValues[K]) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // Propose an end that makes sense as soon as the start is known; the person can still change it.
      if (field === 'startDate' && typeof value === 'string' && (current.endDate === '' || current.endDate < value))
        next.endDate = value;
      if (field === 'startTime' && typeof value === 'string' && value && current.endTime === '')
        next.endTime = addHour(value);
      return next;
    });
    if (errors[field]) {
      const { [field]: _gone, ...rest } = errors;
      setErrors(rest);
      // Every refused field is put right: the summary at the top no longer applies.
      if (Object.keys(rest).length === 0) setFormMessage(null);
    }
  };

  const showIssues = (issues: FieldIssues) => {
    setErrors(describeIssues(issues, locale));
    setFormMessage(t('error.formHasErrors'));
    focusFirstInvalid(formRef.current);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormMessage(null);
    const issues = checkRequestForm(values);
    if (hasIssues(issues)) {
      showIssues(issues);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const input = requestInput(values, zone);
      if (request) {
        const result = await updateEventRequest(request.id, request.version, input);
        if (result.data) onDone(result.data.updateEvent);
      } else {
        const result = await submitEventRequest({ ...input, note: values.note.trim() || null }, idempotencyKey);
        if (result.data) {
          onDone(result.data.submitEventRequest);
          setValues(emptyRequest(defaultDepartmentId));
          renewIdempotencyKey();
        }
      }
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t);
      if (failure.code === 'VERSION_CONFLICT' && onConflict) {
        onConflict();
        return;
      }
      setErrors(
        Object.fromEntries(
          Object.entries(failure.fields).map(([field, message]) => [formFieldOf(field, values.allDay), message]),
        ),
      );
      setFormMessage(failure.message);
      if (Object.keys(failure.fields).length > 0) focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  const options = (items: readonly { id: string; name: string }[] | null) =>
    (items ?? []).map((item) => ({ value: item.id, label: item.name }));
  const withCurrent = (
    list: { value: string; label: string }[],
    current: readonly { id: string; name: string }[] | undefined,
  ) => {
    // A request may point to something deactivated since: keep it visible and choosable for this request.
    for (const item of current ?? [])
      if (!list.some((option) => option.value === item.id)) list.push({ value: item.id, label: item.name });
    return list;
  };
  const departmentOptions = withCurrent(
    [{ value: '', label: t('requests.field.noDepartment') }, ...options(departments)],
    request?.department ? [request.department] : [],
  );
  const shortNotice = isShortNotice(values, new Date(), minimumLeadDays, zone);
  const required = <span className="planbord-muted"> {t('requests.required')}</span>;

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate className="planbord-request-form">
      {formMessage ? <Alert type="error">{formMessage}</Alert> : null}
      <TextField
        label={
          <>
            {t('requests.field.title')}
            {required}
          </>
        }
        name="title"
        autoComplete="off"
        required
        description={editing ? undefined : t('requests.field.titleHint')}
        value={values.title}
        error={errors['title']}
        onChange={(e) => set('title', e.target.value)}
      />
      <RadioGroup
        legend={t('requests.field.when')}
        inline
        value={values.allDay ? 'allDay' : 'timed'}
        onChange={(value) => set('allDay', value === 'allDay')}
        options={[
          { value: 'timed', label: t('requests.field.timed') },
          { value: 'allDay', label: t('requests.field.allDay') },
        ]}
      />
      {values.allDay ? (
        <div className="planbord-field-row">
          <TextField
            type="date"
            label={
              <>
                {t('requests.field.firstDay')}
                {required}
              </>
            }
            name="startDate"
            required
            value={values.startDate}
            error={errors['startDate']}
            onChange={(e) => set('startDate', e.target.value)}
          />
          <TextField
            type="date"
            label={
              <>
                {t('requests.field.lastDay')}
                {required}
              </>
            }
            name="endDate"
            required
            min={values.startDate || undefined}
            value={values.endDate}
            error={errors['endDate']}
            onChange={(e) => set('endDate', e.target.value)}
          />
        </div>
      ) : (
        <>
          <div className="planbord-field-row">
            <TextField
              type="date"
              label={
                <>
                  {t('requests.field.startDate')}
                  {required}
                </>
              }
              name="startDate"
              required
              value={values.startDate}
              error={errors['startDate']}
              onChange={(e) => set('startDate', e.target.value)}
            />
            <TextField
              type="time"
              label={
                <>
                  {t('requests.field.startTime')}
                  {required}
                </>
              }
              name="startTime"
              required
              value={values.startTime}
              error={errors['startTime']}
              onChange={(e) => set('startTime', e.target.value)}
            />
          </div>
          <div className="planbord-field-row">
            <TextField
              type="date"
              label={
                <>
                  {t('requests.field.endDate')}
                  {required}
                </>
              }
              name="endDate"
              required
              min={values.startDate || undefined}
              value={values.endDate}
              error={errors['endDate']}
              onChange={(e) => set('endDate', e.target.value)}
            />
            <TextField
              type="time"
              label={
                <>
                  {t('requests.field.endTime')}
                  {required}
                </>
              }
              name="endTime"
              required
              value={values.endTime}
              error={errors['endTime']}
              onChange={(e) => set('endTime', e.target.value)}
            />
          </div>
        </>
      )}
      <div aria-live="polite">
        {shortNotice ? (
          <Alert type="warning" live={false}>
            {t('requests.leadTime', { days: minimumLeadDays })}
          </Alert>
        ) : null}
      </div>
      <TextField
        label={t('requests.field.location')}
        name="location"
        description={t('requests.field.locationHint')}
        value={values.location}
        error={errors['location']}
        onChange={(e) => set('location', e.target.value)}
      />
      <TextArea
        label={t('requests.field.description')}
        name="description"
        rows={3}
        description={t('requests.field.descriptionHint')}
        value={values.description}
        error={errors['description']}
        onChange={(e) => set('description', e.target.value)}
      />
      <SelectField
        label={t('requests.field.department')}
        name="departmentId"
        options={departmentOptions}
        value={values.departmentId}
        error={errors['departmentId']}
        onChange={(e) => set('departmentId', e.target.value)}
      />
      <CheckboxGroup
        legend={t('requests.field.themes')}
        options={withCurrent(options(themes), request?.themes)}
        values={values.themeIds}
        error={errors['themeIds']}
        emptyText={t('requests.field.noOptions')}
        onChange={(ids) => set('themeIds', ids)}
      />
      <CheckboxGroup
        legend={t('requests.field.audiences')}
        options={withCurrent(options(audiences), request?.audiences)}
        values={values.audienceIds}
        error={errors['audienceIds']}
        emptyText={t('requests.field.noOptions')}
        onChange={(ids) => set('audienceIds', ids)}
      />
      <CheckboxGroup
        legend={t('requests.field.channels')}
        options={withCurrent(options(channels), request?.wishedChannels)}
        values={values.wishedChannelIds}
        error={errors['wishedChannelIds']}
        emptyText={t('requests.field.noOptions')}
        onChange={(ids) => set('wishedChannelIds', ids)}
      />
      {editing ? (
        request.requestNote ? (
          <div className="planbord-request__text">
            <p className="planbord-request__text-label">{t('requests.field.noteFixed')}</p>
            <p className="utrecht-paragraph planbord-request__text-body">{request.requestNote}</p>
          </div>
        ) : null
      ) : (
        <TextArea
          label={t('requests.field.note')}
          name="note"
          rows={3}
          description={t('requests.field.noteHint')}
          value={values.note}
          error={errors['note']}
          onChange={(e) => set('note', e.target.value)}
        />
      )}
      <div className="planbord-form-actions">
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            {busy
              ? editing
                ? t('app.saving')
                : t('requests.submitting')
              : editing
                ? t('requests.save')
                : t('requests.submit')}
          </Button>
          {onCancel ? <Button onClick={onCancel}>{t('requests.cancel')}</Button> : null}
        </ButtonGroup>
      </div>
    </form>
  );
}

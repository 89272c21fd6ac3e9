import { useState, type FormEvent } from 'react';
import { addDays } from '@planbord/domain';
import {
  errorCode,
  failureFacts,
  useAudiences,
  useDepartments,
  useThemes,
  type EventDetailFieldsFragment,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  CheckboxField,
  CheckboxGroup,
  describeFailure,
  SelectField,
  TextArea,
  TextField,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useUpdateEvent } from '../hooks/useUpdateEvent';

/** Edit in place: the event's own fields, with the server's message at each field it refuses. */
export function EventEditForm({
  event,
  onDone,
  onConflict,
}: {
  event: EventDetailFieldsFragment;
  onDone: (saved: boolean) => void;
  onConflict: () => void;
}) {
  const t = useT();
  const { dateOf, instantAt, startOfDate, timeOf } = useOrgTime();
  const { departments } = useDepartments();
  const { themes } = useThemes();
  const { audiences } = useAudiences();
  const [updateEvent, { loading, error }] = useUpdateEvent();
  const lastDay = event.allDay && event.endDate ? addDays(event.endDate, -1) : dateOf(event.endsAt);
  const [form, setForm] = useState({
    title: event.title,
    date: event.allDay && event.startDate ? event.startDate : dateOf(event.startsAt),
    endDate: lastDay,
    startTime: event.allDay ? '09:00' : timeOf(event.startsAt),
    endTime: event.allDay ? '10:00' : timeOf(event.endsAt),
    allDay: event.allDay,
    location: event.location ?? '',
    description: event.description ?? '',
    departmentId: event.department?.id ?? '',
    themeIds: event.themes.map((theme) => theme.id),
    audienceIds: event.audiences.map((audience) => audience.id),
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const failure = error ? describeFailure(failureFacts(error), t, t('drawer.conflict')) : null;
  const fields = { ...(failure?.fields ?? {}), ...localErrors };
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const onSubmit = async (submit: FormEvent) => {
    submit.preventDefault();
    if (!form.date || (form.allDay && !form.endDate) || (!form.allDay && (!form.startTime || !form.endTime))) {
      setLocalErrors({ startsAt: t('drawer.field.dateRequired') });
      return;
    }
    setLocalErrors({});
    const startsAt = form.allDay ? startOfDate(form.date) : instantAt(form.date, form.startTime);
    const endsAt = form.allDay
      ? startOfDate(addDays(form.endDate < form.date ? form.date : form.endDate, 1))
      : instantAt(form.date, form.endTime);
    const result = await updateEvent(event.id, event.version, {
      title: form.title,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      allDay: form.allDay,
      location: form.location,
      description: form.description,
      departmentId: form.departmentId || null,
      themeIds: form.themeIds,
      audienceIds: form.audienceIds,
    }).catch((caught: unknown) => {
      if (errorCode(caught) === 'VERSION_CONFLICT') onConflict();
      return null;
    });
    if (result?.data) onDone(true);
  };

  return (
    <form onSubmit={(submit) => void onSubmit(submit)} noValidate className="planbord-drawer-form">
      {failure ? <Alert type="error">{failure.message}</Alert> : null}
      <TextField
        label={t('drawer.field.title')}
        value={form.title}
        onChange={(e) => set('title', e.target.value)}
        error={fields['title']}
        required
        data-autofocus
      />
      <CheckboxField
        label={t('drawer.field.allDay')}
        checked={form.allDay}
        onChange={(e) => set('allDay', e.target.checked)}
        error={fields['allDay']}
      />
      <div className="planbord-form-grid">
        <TextField
          type="date"
          label={t(form.allDay ? 'drawer.field.firstDay' : 'drawer.field.date')}
          value={form.date}
          onChange={(e) => set('date', e.target.value)}
          error={fields['startsAt']}
        />
        {form.allDay ? (
          <TextField
            type="date"
            label={t('drawer.field.lastDay')}
            value={form.endDate}
            onChange={(e) => set('endDate', e.target.value)}
            error={fields['endsAt']}
          />
        ) : (
          <>
            <TextField
              type="time"
              label={t('drawer.field.startTime')}
              value={form.startTime}
              onChange={(e) => set('startTime', e.target.value)}
            />
            <TextField
              type="time"
              label={t('drawer.field.endTime')}
              value={form.endTime}
              onChange={(e) => set('endTime', e.target.value)}
              error={fields['endsAt']}
            />
          </>
        )}
      </div>
      <TextField
        label={t('drawer.field.location')}
        value={form.location}
        onChange={(e) => set('location', e.target.value)}
        error={fields['location']}
      />
      <TextArea
        label={t('drawer.field.description')}
        rows={3}
        value={form.description}
        onChange={(e) => set('description', e.target.value)}
        error={fields['description']}
      />
      <SelectField
        label={t('drawer.field.department')}
        value={form.departmentId}
        onChange={(e) => set('departmentId', e.target.value)}
        options={[
          { value: '', label: t('drawer.noDepartment') },
          ...(departments ?? []).map((d) => ({ value: d.id, label: d.name })),
        ]}
        error={fields['departmentId']}
      />
      <CheckboxGroup
        legend={t('drawer.field.themes')}
        options={(themes ?? []).map((theme) => ({ value: theme.id, label: theme.name }))}
        values={form.themeIds}
        onChange={(values) => set('themeIds', values)}
        error={fields['themeIds']}
      />
      <CheckboxGroup
        legend={t('drawer.field.audiences')}
        options={(audiences ?? []).map((audience) => ({ value: audience.id, label: audience.name }))}
        values={form.audienceIds}
        onChange={(values) => set('audienceIds', values)}
        error={fields['audienceIds']}
      />
      <div className="planbord-button-row">
        <Button type="submit" appearance="primary" busy={loading}>
          {t('drawer.save')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone(false)}>
          {t('drawer.cancelEdit')}
        </Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  QueryFailure,
  Spinner,
  TextField,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useOfficeHours } from '../../hooks/useOfficeHours';
import { useSetOfficeHours } from '../../hooks/useSetOfficeHours';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** When the team is in, Monday to Sunday; an empty day is closed. */
export function OfficeHoursSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { list, error, refetch } = useOfficeHours();
  if (error && !list) return <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />;
  if (!list) return <Spinner label={t('app.loading')} />;
  return <OfficeHoursForm key={JSON.stringify(list)} days={list} canEdit={canEdit} />;
}

function OfficeHoursForm({
  days,
  canEdit,
}: {
  days: readonly { weekday: number; opens: string | null; closes: string | null }[];
  canEdit: boolean;
}) {
  const t = useT();
  const [values, setValues] = useState(() =>
    WEEKDAYS.map((weekday) => {
      const day = days.find((candidate) => candidate.weekday === weekday);
      return { weekday, opens: day?.opens ?? '', closes: day?.closes ?? '' };
    }),
  );
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useSetOfficeHours();
  const set = (index: number, field: 'opens' | 'closes', value: string) => {
    setSaved(false);
    setValues((current) => current.map((day, i) => (i === index ? { ...day, [field]: value } : day)));
  };
  return (
    <form
      className="planbord-office-hours"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFailure(null);
        save(
          values.map((day) => ({ weekday: day.weekday, opens: day.opens || null, closes: day.closes || null })),
        ).then(
          () => setSaved(true),
          (error: unknown) => setFailure(describeFailure(failureFacts(error), t)),
        );
      }}
    >
      {failure ? <Alert type="error">{failure.message}</Alert> : null}
      {values.map((day, index) => (
        <fieldset key={day.weekday} className="planbord-fieldset utrecht-form-fieldset">
          <legend className="planbord-fieldset__legend utrecht-form-fieldset__legend">
            {t(`newsroom.weekday.${day.weekday}`)}
          </legend>
          <div className="planbord-field-row">
            <TextField
              type="time"
              label={t('newsroom.settings.hours.opens')}
              value={day.opens}
              disabled={!canEdit}
              error={failure?.fields[`days.${index}.opens`]}
              onChange={(event) => set(index, 'opens', event.target.value)}
            />
            <TextField
              type="time"
              label={t('newsroom.settings.hours.closes')}
              value={day.closes}
              disabled={!canEdit}
              error={failure?.fields[`days.${index}.closes`]}
              onChange={(event) => set(index, 'closes', event.target.value)}
            />
          </div>
        </fieldset>
      ))}
      <p className="utrecht-paragraph planbord-muted">{t('newsroom.settings.hours.help')}</p>
      {canEdit ? (
        <ButtonGroup>
          <Button appearance="primary" type="submit" busy={loading}>
            {t('newsroom.settings.save')}
          </Button>
          <span role="status">{saved ? t('newsroom.settings.saved') : ''}</span>
        </ButtonGroup>
      ) : null}
    </form>
  );
}

import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  CheckboxField,
  describeFailure,
  QueryFailure,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useResponseNorms } from '../../hooks/useResponseNorms';
import { useSetResponseNorm } from '../../hooks/useSetResponseNorm';
import { useUpdateWebcareSettings } from '../../hooks/useUpdateWebcareSettings';
import { useWebcareSettings } from '../../hooks/useWebcareSettings';
import { SIGNAL_SOURCES, type SignalSource } from '../../model/newsroom';

/** The first-reply norm per source: minutes, counted in office hours or on the calendar. */
export function NormsSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { list, error, refetch } = useResponseNorms();
  if (error && !list) return <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />;
  if (!list) return <Spinner label={t('app.loading')} />;
  const bySource = new Map(list.map((norm) => [norm.source, norm]));
  return (
    <>
      <CrisisNorm canEdit={canEdit} />
      <Table caption={t('newsroom.settings.norms.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('newsroom.details.source')}</TableHeaderCell>
            <TableHeaderCell>{t('newsroom.settings.norms.minutes')}</TableHeaderCell>
            <TableHeaderCell>{t('newsroom.settings.norms.officeOnly')}</TableHeaderCell>
            {canEdit ? <TableHeaderCell>{t('newsroom.settings.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {SIGNAL_SOURCES.map((source) => {
            const norm = bySource.get(source);
            return (
              <NormRow
                key={`${source}:${norm?.minutes ?? ''}:${String(norm?.businessHoursOnly)}`}
                source={source}
                minutes={norm?.minutes ?? null}
                businessHoursOnly={norm?.businessHoursOnly ?? true}
                canEdit={canEdit}
              />
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}

/** While crisis mode is on, every new signal gets this norm in calendar minutes. */
function CrisisNorm({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { settings } = useWebcareSettings();
  const [update, { loading }] = useUpdateWebcareSettings();
  const [value, setValue] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  if (!settings) return null;
  const shown = value ?? String(settings.crisisMinutes);
  return (
    <form
      className="planbord-field-row"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const number = Number(shown);
        if (!Number.isInteger(number) || number < 1) {
          setFailure({
            code: 'BAD_USER_INPUT',
            message: '',
            fields: { crisisMinutes: t('newsroom.settings.norms.invalid') },
          });
          return;
        }
        setFailure(null);
        update(number, settings.version).then(
          () => setSaved(true),
          (error: unknown) => setFailure(describeFailure(failureFacts(error), t)),
        );
      }}
    >
      <TextField
        label={t('newsroom.settings.crisis.minutes')}
        type="number"
        inputMode="numeric"
        min={1}
        disabled={!canEdit}
        value={shown}
        error={failure?.fields.crisisMinutes ?? (failure && !failure.fields.crisisMinutes ? failure.message : null)}
        onChange={(event) => {
          setValue(event.target.value);
          setSaved(false);
        }}
      />
      {canEdit ? (
        <Button type="submit" busy={loading}>
          {t('newsroom.settings.save')}
        </Button>
      ) : null}
      <span role="status">{saved ? t('newsroom.settings.saved') : ''}</span>
    </form>
  );
}

function NormRow({
  source,
  minutes,
  businessHoursOnly,
  canEdit,
}: {
  source: SignalSource;
  minutes: number | null;
  businessHoursOnly: boolean;
  canEdit: boolean;
}) {
  const t = useT();
  const [value, setValue] = useState(minutes === null ? '' : String(minutes));
  const [office, setOffice] = useState(businessHoursOnly);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useSetResponseNorm();
  const label = t(`newsroom.source.${source}`);
  if (!canEdit)
    return (
      <TableRow>
        <TableCell>{label}</TableCell>
        <TableCell>{minutes ?? '—'}</TableCell>
        <TableCell>{businessHoursOnly ? t('newsroom.filter.yes') : t('newsroom.filter.no')}</TableCell>
      </TableRow>
    );
  return (
    <TableRow>
      <TableCell>{label}</TableCell>
      <TableCell>
        <TextField
          label={t('newsroom.settings.norms.minutesFor', { source: label })}
          type="number"
          inputMode="numeric"
          min={1}
          value={value}
          error={failure?.fields.minutes}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(false);
          }}
        />
      </TableCell>
      <TableCell>
        <CheckboxField
          label={t('newsroom.settings.norms.officeOnlyFor', { source: label })}
          checked={office}
          onChange={(event) => {
            setOffice(event.target.checked);
            setSaved(false);
          }}
        />
      </TableCell>
      <TableCell>
        <Button
          busy={loading}
          aria-label={t('newsroom.settings.norms.saveFor', { source: label })}
          onClick={() => {
            const number = Number(value);
            if (!Number.isInteger(number) || number < 1) {
              setFailure({
                code: 'BAD_USER_INPUT',
                message: '',
                fields: { minutes: t('newsroom.settings.norms.invalid') },
              });
              return;
            }
            setFailure(null);
            save(source, number, office).then(
              () => setSaved(true),
              (error: unknown) => setFailure(describeFailure(failureFacts(error), t)),
            );
          }}
        >
          {t('newsroom.settings.save')}
        </Button>
        <span role="status">{saved ? t('newsroom.settings.saved') : ''}</span>
        {failure && !failure.fields.minutes ? <Alert type="error">{failure.message}</Alert> : null}
      </TableCell>
    </TableRow>
  );
}

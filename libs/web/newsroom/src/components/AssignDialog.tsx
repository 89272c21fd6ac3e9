import { useState } from 'react';
import { Alert, Button, Dialog, SelectField, type Failure } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { PersonRef } from '../model/newsroom';

export interface AssignDialogProps {
  open: boolean;
  people: readonly PersonRef[];
  meId: string;
  currentId: string | null;
  busy: boolean;
  failure: Failure | null;
  onAssign: (userId: string | null) => void;
  onClose: () => void;
}

/** `e`: who handles the signal. Enter on the first button takes it yourself. */
export function AssignDialog({ open, people, meId, currentId, busy, failure, onAssign, onClose }: AssignDialogProps) {
  const t = useT();
  const [chosen, setChosen] = useState(currentId ?? '');
  return (
    <Dialog
      open={open}
      title={t('newsroom.assign.title')}
      onClose={onClose}
      onSubmit={() => onAssign(chosen || null)}
      actions={
        <>
          <Button appearance="primary" type="submit" busy={busy}>
            {t('newsroom.assign.save')}
          </Button>
          <Button onClick={onClose}>{t('newsroom.cancel')}</Button>
        </>
      }
    >
      {failure && !failure.fields.assigneeId ? <Alert type="error">{failure.message}</Alert> : null}
      <Button appearance="secondary" data-autofocus busy={busy} onClick={() => onAssign(meId)}>
        {t('newsroom.assign.me')}
      </Button>
      <SelectField
        label={t('newsroom.assign.person')}
        value={chosen}
        error={failure?.fields.assigneeId}
        onChange={(event) => setChosen(event.target.value)}
        options={[
          { value: '', label: t('newsroom.assign.nobody') },
          ...people.map((person) => ({ value: person.id, label: person.name })),
        ]}
      />
    </Dialog>
  );
}

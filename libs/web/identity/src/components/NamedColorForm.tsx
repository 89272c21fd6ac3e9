import { checkNamedColor } from '@planbord/domain';
import { ColorSwatch, TextField } from '@planbord/web-ui';
import { useT } from '../i18n';
import type { AdminFormProps } from './AdminPage';
import { FormActions, FormMessage } from './FormActions';
import { useEntityForm } from './useEntityForm';

export interface NamedColor {
  id: string;
  version: number;
  name: string;
  color: string;
  active: boolean;
}

export interface NamedColorInput {
  name: string;
  color: string;
}

/** The form of departments and themes: a name and a calendar colour. */
export function NamedColorForm<T extends NamedColor>({
  entity,
  onSaved,
  onCancel,
  onConflict,
  create,
  update,
}: AdminFormProps<T> & {
  create: (input: NamedColorInput) => Promise<unknown>;
  update: (id: string, input: NamedColorInput & { active: boolean }, version: number) => Promise<unknown>;
}) {
  const t = useT();
  const form = useEntityForm({ name: entity?.name ?? '', color: entity?.color ?? '#1a6b8f' });
  const { values, set, fieldMessages: errors } = form;
  const validColor = /^#[0-9a-fA-F]{6}$/.test(values.color);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = { name: values.name.trim(), color: values.color.trim() };
    void form.submit(
      checkNamedColor(input),
      () => (entity ? update(entity.id, { ...input, active: entity.active }, entity.version) : create(input)),
      {
        onConflict,
        onDone: () => onSaved(input.name),
      },
    );
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
      <TextField
        label={t('admin.color')}
        name="color"
        autoComplete="off"
        required
        description={
          <>
            {t('admin.colorHint')} {validColor ? <ColorSwatch color={values.color} /> : null}
          </>
        }
        value={values.color}
        error={errors['color']}
        onChange={(e) => set('color', e.target.value)}
      />
      <FormActions busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

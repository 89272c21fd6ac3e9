import { useState } from 'react';
import { failureFacts, useThemes } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  describeFailure,
  EmptyState,
  QueryFailure,
  SelectField,
  Spinner,
  TextField,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useCreateThemeRule } from '../../hooks/useCreateThemeRule';
import { useThemeRules } from '../../hooks/useThemeRules';
import { useUpdateThemeRule } from '../../hooks/useUpdateThemeRule';

const words = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** Words that suggest a theme for an incoming signal, matched with Dutch stemming ("container" finds "containers"). */
export function ThemeRulesSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { list, error, refetch } = useThemeRules();
  const { themes } = useThemes();
  const [create, createState] = useCreateThemeRule();
  const [themeId, setThemeId] = useState('');
  const [keywords, setKeywords] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <>
      {error && !list ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !list ? (
        <Spinner label={t('app.loading')} />
      ) : list.length === 0 ? (
        <EmptyState title={t('newsroom.settings.rules.empty')} />
      ) : (
        <ul className="planbord-action-list">
          {list.map((rule) => (
            <RuleItem key={`${rule.id}:${rule.version}`} rule={rule} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit ? (
        <form
          className="planbord-signal-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!themeId || words(keywords).length === 0) {
              setMissing(true);
              return;
            }
            setFailure(null);
            create(themeId, words(keywords)).then(
              () => {
                setKeywords('');
                setMissing(false);
              },
              (e: unknown) => setFailure(describeFailure(failureFacts(e), t)),
            );
          }}
        >
          {failure && !failure.fields.keywords ? <Alert type="error">{failure.message}</Alert> : null}
          <SelectField
            label={t('newsroom.filter.theme')}
            value={themeId}
            error={missing && !themeId ? t('newsroom.decide.required') : failure?.fields.themeId}
            onChange={(event) => setThemeId(event.target.value)}
            options={[
              { value: '', label: t('newsroom.choose') },
              ...(themes ?? []).map((theme) => ({ value: theme.id, label: theme.name })),
            ]}
          />
          <TextField
            label={t('newsroom.settings.rules.keywords')}
            description={t('newsroom.settings.rules.keywordsHelp')}
            value={keywords}
            error={missing && words(keywords).length === 0 ? t('newsroom.decide.required') : failure?.fields.keywords}
            onChange={(event) => setKeywords(event.target.value)}
          />
          <div>
            <Button appearance="primary" type="submit" busy={createState.loading}>
              {t('newsroom.settings.rules.add')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function RuleItem({
  rule,
  canEdit,
}: {
  rule: { id: string; version: number; theme: { name: string }; keywords: readonly string[] };
  canEdit: boolean;
}) {
  const t = useT();
  const [update, { loading }] = useUpdateThemeRule();
  const [keywords, setKeywords] = useState(rule.keywords.join(', '));
  const [failure, setFailure] = useState<Failure | null>(null);
  return (
    <li className="planbord-action-item">
      <p className="utrecht-paragraph">
        <strong>{rule.theme.name}</strong>: {rule.keywords.join(', ')}
      </p>
      {canEdit ? (
        <form
          className="planbord-field-row"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            update(rule.id, rule.version, { keywords: words(keywords) }).catch((e: unknown) =>
              setFailure(describeFailure(failureFacts(e), t)),
            );
          }}
        >
          <TextField
            label={t('newsroom.settings.rules.keywordsFor', { theme: rule.theme.name })}
            value={keywords}
            error={failure?.fields.keywords ?? failure?.message}
            onChange={(event) => setKeywords(event.target.value)}
          />
          <Button type="submit" busy={loading}>
            {t('newsroom.settings.save')}
          </Button>
        </form>
      ) : null}
    </li>
  );
}

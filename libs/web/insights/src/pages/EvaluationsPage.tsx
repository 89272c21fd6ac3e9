import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import {
  Button,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  TextField,
  linkClassName,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { EvaluationText } from '../components/EvaluationPanel';
import { useEvaluations } from '../hooks/useEvaluations';
import '../insights-campaigns.css';

/**
 * /rapportages/evaluaties?zoek=…: what the team learned from its posts and rubrics, newest first, or what a search
 * finds (Dutch words, stemmed). `postHref` is where a post opens; the app knows publishing's addresses.
 */
export function EvaluationsPage({ postHref }: { postHref: (postId: string) => string }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const [typed, setTyped] = useState(search);
  const { evaluations, loading, error, refetch } = useEvaluations({ search, take: 100 });

  return (
    <>
      <PageHeader title={t('insights.evaluations.title')} intro={t('insights.evaluations.intro')} />
      <form
        className="planbord-evaluations__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(typed.trim() ? { zoek: typed.trim() } : {});
        }}
      >
        <TextField
          type="search"
          label={t('insights.evaluations.search')}
          description={t('insights.evaluations.searchHint')}
          value={typed}
          maxLength={200}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" appearance="secondary">
          {t('insights.evaluations.searchButton')}
        </Button>
      </form>
      <div aria-live="polite">
        {evaluations ? (
          <p className="planbord-muted">
            {search
              ? t('insights.evaluations.found', { count: evaluations.length, search })
              : t('insights.evaluations.latest', { count: evaluations.length })}
          </p>
        ) : null}
      </div>
      {error && !evaluations ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !evaluations ? <Spinner label={t('app.loading')} /> : null}
      {evaluations && evaluations.length === 0 ? (
        <EmptyState title={search ? t('insights.evaluations.noneFound') : t('insights.evaluations.empty')}>
          {search ? null : t('insights.evaluations.emptyHint')}
        </EmptyState>
      ) : null}
      {evaluations?.length ? (
        <ul className="planbord-evaluations planbord-evaluations--list">
          {evaluations.map((evaluation) => (
            <li key={evaluation.id} className="planbord-card planbord-evaluations__item">
              <Heading level={2} className="planbord-evaluations__about">
                {evaluation.post ? (
                  <RouterLink className={linkClassName} to={postHref(evaluation.post.id)}>
                    {evaluation.post.title}
                  </RouterLink>
                ) : (
                  t('insights.evaluations.rubric', { name: evaluation.rubric?.name ?? '' })
                )}
              </Heading>
              <EvaluationText evaluation={evaluation} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

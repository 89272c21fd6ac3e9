import { useState } from 'react';
import { can } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { Alert, Card, Heading, PageHeader, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { MyRequests } from '../components/MyRequests';
import { NewsroomQuestions } from '../components/NewsroomQuestions';
import { RequestForm } from '../components/RequestForm';
import { TriageQueue } from '../components/TriageQueue';
import { useRequestLeadTime } from '../hooks/useRequestLeadTime';
import '../requests.css';

/**
 * /aanvragen. Liaisons submit a request and follow their own; the media team (who may decide) triages the queue.
 */
export function RequestsPage() {
  const t = useT();
  const { formatDeadline } = useFormat();
  const { me } = useCurrentUser();
  const triage = can(me?.role, 'Mutation.decideEventRequest');
  const minimumLeadDays = useRequestLeadTime(can(me?.role, 'Query.planningSettings'));
  const [submitted, setSubmitted] = useState<string | null>(null);
  if (!me) return null;

  if (triage) {
    return (
      <>
        <PageHeader title={t('requests.title')} intro={t('requests.introTeam')} />
        <TriageQueue />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('requests.title')} intro={t('requests.introLiaison')} />
      <div className="planbord-requests-layout">
        <Card labelledBy="new-request-heading">
          <Heading level={2} id="new-request-heading">
            {t('requests.new')}
          </Heading>
          <div aria-live="polite">
            {submitted ? (
              <Alert type="ok" live={false}>
                {submitted}
              </Alert>
            ) : null}
          </div>
          <RequestForm
            defaultDepartmentId={me.department?.id}
            minimumLeadDays={minimumLeadDays}
            onDone={(saved) => {
              setSubmitted(
                t('requests.submitted', {
                  title: saved.title,
                  date: saved.responseDueAt ? formatDeadline(saved.responseDueAt) : '—',
                }),
              );
            }}
          />
        </Card>
        <MyRequests minimumLeadDays={minimumLeadDays} headingId="my-requests-heading" />
        {can(me.role, 'Query.departmentQuestions') && me.department ? (
          <NewsroomQuestions headingId="newsroom-questions-heading" />
        ) : null}
      </div>
    </>
  );
}

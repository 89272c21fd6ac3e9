import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts, useAssign, usePeople, useUnassign, type OpenAssignmentsQuery } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  describeFailure,
  linkClassName,
  QueryFailure,
  SelectField,
  Spinner,
  useFormat,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useOpenAssignments } from '../hooks/useOpenAssignments';

type Job = OpenAssignmentsQuery['openAssignments'][number];

/** Where a job is handled, what it is about and when. */
function jobTarget(job: Job): { title: string; at: string | null; allDay: boolean; href: string } {
  if (job.event)
    return {
      title: job.event.title,
      at: job.event.startsAt,
      allDay: job.event.allDay,
      href: `/kalender?item=event:${job.event.id}`,
    };
  if (job.slot)
    return {
      title: job.slot.rubric?.name ?? job.slot.title ?? '',
      at: job.slot.startsAt,
      allDay: false,
      href: `/kalender?item=slot:${job.slot.id}`,
    };
  return {
    title: job.post?.title ?? '',
    at: job.post?.plannedAt ?? null,
    allDay: false,
    href: `/berichten/${job.post?.id ?? ''}`,
  };
}

/**
 * A person's open jobs from now on, each with a link to where it is handled and a way to hand it to a colleague:
 * shown before the person is deactivated, so no job is left with someone who is gone.
 */
export function OpenJobs({ userId }: { userId: string }) {
  const t = useT();
  const format = useFormat();
  const { jobs, loading, error, refetch } = useOpenAssignments(userId);
  const { people } = usePeople({ team: true });
  const [assign] = useAssign();
  const [unassign] = useUnassign();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const colleagues = (people ?? []).filter((person) => person.active && person.id !== userId);

  const handOver = async (job: Job) => {
    const to = colleagues.find((person) => person.id === chosen[job.id]);
    if (!to) return;
    setBusy(job.id);
    setMessage(null);
    try {
      await assign({
        eventId: job.event?.id,
        slotId: job.slot?.id,
        postId: job.post?.id,
        userId: to.id,
        role: job.role,
        note: job.note,
        estimatedMinutes: job.estimatedMinutes,
      });
      await unassign(job.id);
      await refetch();
      setMessage({ type: 'ok', text: t('openJobs.handedOver', { title: jobTarget(job).title, name: to.name }) });
    } catch (failure) {
      setMessage({ type: 'error', text: describeFailure(failureFacts(failure), t).message });
    } finally {
      setBusy(null);
    }
  };

  if (error && !jobs) return <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />;
  if (loading && !jobs) return <Spinner label={t('app.loading')} />;
  if (!jobs) return null;
  return (
    <section className="planbord-open-jobs" aria-labelledby={`open-jobs-${userId}`}>
      <h3 className="utrecht-heading-3" id={`open-jobs-${userId}`}>
        {t('openJobs.title', { count: jobs.length })}
      </h3>
      <div aria-live="polite">
        {message ? (
          <Alert type={message.type} live={false}>
            {message.text}
          </Alert>
        ) : null}
      </div>
      {jobs.length === 0 ? (
        <p className="utrecht-paragraph">{t('openJobs.none')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('openJobs.intro')}</p>
          <ul className="planbord-open-jobs__list">
            {jobs.map((job) => {
              const target = jobTarget(job);
              return (
                <li key={job.id} className="planbord-open-jobs__item">
                  <div>
                    <strong>{t(`job.${job.role}`)}</strong>:{' '}
                    <RouterLink className={linkClassName} to={target.href}>
                      {target.title}
                    </RouterLink>
                    <div className="planbord-muted">
                      {target.at
                        ? target.allDay
                          ? format.formatDate(target.at, { weekday: true })
                          : format.formatDateTime(target.at, { weekday: true })
                        : t('openJobs.unplanned')}
                      {' · '}
                      {t(`openJobs.status.${job.status}`)}
                    </div>
                  </div>
                  <div className="planbord-open-jobs__handover">
                    <SelectField
                      label={t('openJobs.handOverTo')}
                      name={`handover-${job.id}`}
                      value={chosen[job.id] ?? ''}
                      options={[
                        { value: '', label: t('openJobs.choosePerson') },
                        ...colleagues.map((person) => ({ value: person.id, label: person.name })),
                      ]}
                      onChange={(e) => setChosen((current) => ({ ...current, [job.id]: e.target.value }))}
                    />
                    <Button
                      appearance="secondary"
                      busy={busy === job.id}
                      disabled={!chosen[job.id] || busy != null}
                      onClick={() => void handOver(job)}
                    >
                      {t('openJobs.handOver')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

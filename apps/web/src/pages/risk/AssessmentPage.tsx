import { Link, useParams } from 'react-router';
import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextAreaField,
  formatDate,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { formatList } from '@fieldsafe/core';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { enumLabel } from '../../i18n/labels.ts';
import { ClassificationBadge } from '../../components/Classification.tsx';
import { LevelBadge } from './HeatMap.tsx';
import { useAssessment, useVersions } from './queries.ts';
import {
  GOAL_CRITICALITY as CRITICALITY,
  EXPOSED,
  RISK_LEVELS,
  THREAT_CATEGORIES,
} from '@fieldsafe/core';
import { GoalVerdicts, RiskMeasures } from './RiskMeasures.tsx';
import type { Schemas } from '../../schema.ts';

type Assessment = Schemas['RiskAssessment'];
type RiskRecord = Schemas['Risk'];

/** Why the assessment awaits review, in the reader's language (a typed reason stays as typed). */
export function flagText(
  t: Translate,
  locale: string,
  a: Pick<Assessment, 'flagReason' | 'flagCause'>,
): string {
  const cause = a.flagCause;
  if (!cause) return a.flagReason ?? '';
  if (cause.code === 'incident') {
    const { date, title } = cause.params;
    return t('risk.flagCause.incident', { date: formatDate(date, locale), title });
  }
  const { level, place, from } = cause.params;
  return t('risk.flagCause.securityLevel', {
    level,
    place: place ?? t('risk.flagCause.wholeCountry'),
    from: formatDate(from, locale),
  });
}

/** Where a risk stands against the acceptable level, in the reader's language. */
function acceptanceText(a: RiskRecord['acceptance'], t: Translate): string {
  const levels = {
    residual: t(`risk.level.${a.residualLevel}` as 'risk.level.low'),
    acceptable: t(`risk.level.${a.acceptableLevel}` as 'risk.level.low'),
  };
  const text = t(`risk.acceptance.${a.status}` as 'risk.acceptance.within_acceptable', levels);
  return a.problem
    ? `${text} ${t(`risk.acceptance.problem.${a.problem}` as 'risk.acceptance.problem.DECISION_INCOMPLETE')}`
    : text;
}

function AcceptForm({ assessment, risk }: { assessment: Assessment; risk: RiskRecord }) {
  const { t } = useI18n();
  const { draft, set, save, submit } = useDraftForm(
    { rationale: '' },
    (d) =>
      api.post<Assessment>(`/api/risk/assessments/${assessment.id}/risks/${risk.id}/acceptance`, d),
    { invalidate: [['risk']] },
  );
  return (
    <form onSubmit={submit} className="subcard">
      <TextAreaField
        label={t('risk.rationale')}
        name="rationale"
        value={draft.rationale}
        onChange={set('rationale')}
        required
        rows={2}
      />
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('risk.accept')} />
    </form>
  );
}

function FlagForm({ id }: { id: string }) {
  const { t } = useI18n();
  const { draft, set, save, submit } = useDraftForm(
    { reason: '' },
    (d) => api.post<Assessment>(`/api/risk/assessments/${id}/flag`, d),
    { invalidate: [['risk']] },
  );
  return (
    <form className="subcard" onSubmit={submit}>
      <TextAreaField
        label={t('risk.flagReason')}
        name="reason"
        value={draft.reason}
        onChange={set('reason')}
        rows={2}
      />
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('risk.flag')} />
    </form>
  );
}

/** One assessment: goals, threats, risks with their decisions, versions. */
export function AssessmentPage() {
  const { t, locale } = useI18n();
  const { id } = useParams();
  const q = useAssessment(id);
  const versions = useVersions(id);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1>
          {a.locationName} — {a.title}
        </h1>
        {a.abilities.canEdit && a.current && (
          <div className="button-row">
            <Link to={`/risk/assessments/new?from=${a.id}`} className="btn btn-primary">
              {t('risk.newVersion')}
            </Link>
          </div>
        )}
      </div>
      <section className="card">
        <p>
          {t('risk.version')} {a.version} · {t('risk.assessedOn')}{' '}
          {formatDate(a.assessedOn, locale)} · {t('risk.reviewDue')}{' '}
          {formatDate(a.reviewDue, locale)}{' '}
          {a.reviewOverdue && <Badge tone="error">{t('risk.overdue')}</Badge>}
          {!a.current && <Badge tone="neutral">{t('risk.superseded')}</Badge>}{' '}
          <ClassificationBadge level={a.classification} shareable={a.sltShareable} />
        </p>
        <p>
          {t('risk.acceptableLevel')}: <LevelBadge level={a.acceptableLevel} />
          {a.staffCeiling !== null && (
            <>
              {' '}
              · {t('risk.staffCeiling')}: {a.staffCeiling}
            </>
          )}
        </p>
        {a.flaggedForReview && (
          <p className="alert alert-error" role="status">
            {t('risk.flagged')}: {flagText(t, locale, a)}
          </p>
        )}
        {a.summary && <p>{a.summary}</p>}
        {a.abilities.canEdit && a.current && !a.flaggedForReview && <FlagForm id={a.id} />}
      </section>

      <section className="card">
        <h2>{t('risk.step.goals')}</h2>
        <ul>
          {a.goals.map((g) => (
            <li key={g.id}>
              {g.title} —{' '}
              <small>
                {enumLabel(t, 'risk.criticality', CRITICALITY, g.criticality)} ·{' '}
                {t('risk.goalAcceptableLevel')}:{' '}
                {enumLabel(t, 'risk.level', RISK_LEVELS, g.acceptableLevel)}
              </small>
            </li>
          ))}
        </ul>
        <h2>{t('risk.step.threats')}</h2>
        <ul>
          {a.threats.map((th) => (
            <li key={th.id}>
              <strong>{th.title}</strong> (
              {enumLabel(t, 'risk.category', THREAT_CATEGORIES, th.category)})
              {th.human && (
                <small className="muted">
                  <br />
                  {t('risk.mindSet')}: {th.mindSet ?? t('common.none')} · {t('risk.capability')}:{' '}
                  {th.capability ?? t('common.none')} · {t('risk.context')}:{' '}
                  {th.context ?? t('common.none')}
                </small>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="card">
        <h2>{t('risk.step.risks')}</h2>
        {a.risks.map((r) => (
          <article key={r.id} className="subcard" data-testid="risk-item">
            <h3>
              {r.description}{' '}
              <small className="muted">
                {enumLabel(t, 'risk.exposed', EXPOSED, r.exposed)} · {r.threatTitle}
              </small>
            </h3>
            <p>
              {t('risk.inherent')}: <LevelBadge level={r.inherent.level} score={r.inherent.score} />{' '}
              <span className="dir-icon" aria-hidden="true">
                →
              </span>{' '}
              {t('risk.residual')}:{' '}
              {r.residual ? (
                <LevelBadge level={r.residual.level} score={r.residual.score} />
              ) : (
                t('risk.notRated')
              )}
              {r.mustStayInView && (
                <>
                  {' '}
                  <Badge tone="warning">{t('risk.criticalImpact')}</Badge>
                </>
              )}
              {r.measureNotInPlace && (
                <>
                  {' '}
                  <Badge tone="error">{t('risk.measureNotInPlace')}</Badge>
                </>
              )}
            </p>
            <p>
              {t('risk.strategy')}:{' '}
              {formatList(
                r.strategies.map((s) => t(`risk.strategy.${s}` as 'risk.strategy.accept')),
                locale,
              )}
            </p>
            <RiskMeasures risk={r} />
            <GoalVerdicts risk={r} goals={a.goals} />
            <p className={r.acceptance.status === 'action_required' ? 'error-text' : 'muted'}>
              {acceptanceText(r.acceptance, t)}
            </p>
            {r.acceptance.decision && (
              <p>
                {t('risk.acceptedBy', {
                  name: r.acceptance.decision.name ?? '',
                  role: r.acceptance.decision.role,
                  date: formatDate(r.acceptance.decision.at, locale),
                })}
                : {r.acceptance.decision.rationale}
              </p>
            )}
            {r.abilities.canAccept && <AcceptForm assessment={a} risk={r} />}
          </article>
        ))}
      </section>

      {versions.data && versions.data.items.length > 1 && (
        <section className="card">
          <h2>{t('risk.versions')}</h2>
          <ul>
            {versions.data.items.map((v) => (
              <li key={v.id}>
                <Link to={`/risk/assessments/${v.id}`}>
                  {t('risk.version')} {v.version} — {v.title}
                </Link>{' '}
                ({formatDate(v.assessedOn, locale)}){' '}
                {v.current && <Badge tone="info">{t('risk.current')}</Badge>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

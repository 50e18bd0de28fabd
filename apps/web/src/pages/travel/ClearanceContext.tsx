import { formatNumber, type ClearanceRule, type LocalizedLabel } from '@fieldsafe/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { Badge, ErrorBox, Loading, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { localized, localizedOr } from '../../i18n/labels.ts';
import { orgName, useOrganizations } from '../../queries.ts';
import { useCourses } from '../training/queries.ts';
import type { Schemas } from '../../schema.ts';
import './context.css';

type TravelRequest = Schemas['TravelRequest'];

type CheckOutcome = 'pass' | 'notApplicable' | 'info' | 'refer' | 'refuse';

/** What an approver reads beside a request (`context` of `GET /api/travel/requests/:id`). */
export interface ClearanceContextData {
  evaluatedOn: string;
  organizationId: string;
  training: { course: string; issuedOn: string | null; expiresOn: string | null; status: string }[];
  destinations: {
    legIndex: number;
    locationId: string;
    name: string;
    securityLevel: number | null;
    staffCeiling: number | null;
    headcount: number;
    crises: { id: string; title: string }[];
    advisories: { id: string; title: string; body: string; validUntil: string | null }[];
  }[];
  outcome: 'approve' | 'refer' | 'refuse';
  /** The traveller's malicious-acts insurance coverage: last valid day, or null [004 ¶27]. */
  maipValidUntil: string | null;
  checks: {
    legIndex: number;
    rule: ClearanceRule;
    outcome: CheckOutcome;
    messages: LocalizedLabel[];
  }[];
}

export type RequestWithContext = TravelRequest & { context?: ClearanceContextData };

/** One request with its clearance context. */
export function useTravelRequest(id: string | undefined) {
  return useQuery({
    queryKey: ['travel', 'request', id],
    queryFn: () => api.get<RequestWithContext>(`/api/travel/requests/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

const TONE = {
  pass: 'ok',
  notApplicable: 'neutral',
  info: 'info',
  refer: 'warning',
  refuse: 'error',
} as const;
const TRAINING_TONE: Record<string, 'ok' | 'warning' | 'error'> = {
  valid: 'ok',
  expiring: 'warning',
  expired: 'error',
  missing: 'error',
};

/** The approver's context: each destination, the traveller, and every rule's outcome. */
export function ClearanceContext({ context }: { context: ClearanceContextData }) {
  const { t, locale } = useI18n();
  const organizations = useOrganizations();
  const courses = useCourses();
  const courseName = (code: string) =>
    localizedOr(courses.data?.items.find((c) => c.code === code)?.name, locale, code);
  const organization = organizations.data?.items.find((o) => o.id === context.organizationId);
  const n = (v: number) => formatNumber(v, locale);
  const trainingWords = (x: ClearanceContextData['training'][number]) => {
    const date = formatDate(x.expiresOn, locale);
    if (x.status === 'missing') return t('travel.context.training.missing');
    if (x.status === 'expired') return t('travel.context.training.expired', { date });
    if (x.status === 'expiring') return t('travel.context.training.expiring', { date });
    return x.expiresOn
      ? t('travel.context.training.validUntil', { date })
      : t('travel.context.training.valid');
  };
  return (
    <section className="clearance-context" data-testid="clearance-context">
      <h4>
        {t('travel.context')}{' '}
        <small className="muted">
          {t('travel.context.asOf', { date: formatDate(context.evaluatedOn, locale) })}
        </small>
      </h4>
      {context.destinations.map((d) => (
        <div key={d.legIndex} className="subcard" data-testid="clearance-destination">
          <h5>{t('travel.context.destination', { name: d.name })}</h5>
          <dl className="details">
            <dt>{t('travel.context.level')}</dt>
            <dd data-testid="clearance-level">
              {d.securityLevel === null
                ? t('travel.context.noLevel')
                : t('travel.context.levelValue', { level: n(d.securityLevel) })}
            </dd>
            <dt>{t('travel.context.crises')}</dt>
            <dd data-testid="clearance-crises">
              {d.crises.length === 0 ? (
                t('travel.context.noCrises')
              ) : (
                <ul>
                  {d.crises.map((c) => (
                    <li key={c.id}>
                      <Link to={`/crisis/${c.id}`}>{c.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('travel.context.advisories')}</dt>
            <dd data-testid="clearance-advisories">
              {d.advisories.length === 0 ? (
                t('travel.context.noAdvisories')
              ) : (
                <ul>
                  {d.advisories.map((a) => (
                    <li key={a.id}>
                      <strong>{a.title}</strong> — {a.body}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('travel.context.ceiling')}</dt>
            <dd data-testid="clearance-ceiling">
              {d.staffCeiling === null
                ? t('travel.context.noCeiling', { count: n(d.headcount) })
                : t('travel.context.ceilingCount', {
                    count: n(d.headcount),
                    ceiling: n(d.staffCeiling),
                  })}
            </dd>
          </dl>
        </div>
      ))}
      <dl className="details">
        <dt>{t('travel.context.organization')}</dt>
        <dd data-testid="clearance-organization">{orgName(organization, locale)}</dd>
        <dt>{t('travel.context.training')}</dt>
        <dd>
          <ul data-testid="clearance-training">
            {context.training.map((x) => (
              <li key={x.course}>
                {courseName(x.course)}:{' '}
                <Badge tone={TRAINING_TONE[x.status] ?? 'neutral'}>{trainingWords(x)}</Badge>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('travel.context.maip')}</dt>
        <dd data-testid="clearance-maip">
          {context.maipValidUntil
            ? t('travel.context.maip.validUntil', {
                date: formatDate(context.maipValidUntil, locale),
              })
            : t('travel.context.maip.none')}
        </dd>
      </dl>
      <h5>{t('travel.context.rules')}</h5>
      <ul className="clearance-checks" data-testid="clearance-checks">
        {context.checks.map((c) => (
          <li key={`${c.legIndex}:${c.rule}`}>
            {context.destinations.length > 1 && (
              <span className="muted">{context.destinations[c.legIndex]?.name} · </span>
            )}
            {t(`travel.rule.${c.rule}`)}:{' '}
            <Badge tone={TONE[c.outcome]}>{t(`travel.check.${c.outcome}`)}</Badge>
            {c.messages.map((m, i) => (
              <span key={i} className="small clearance-reason">
                {localized(m, locale)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The context of a request, fetched with the read of that one request. */
export function ClearanceContextOf({ id }: { id: string }) {
  const request = useTravelRequest(id);
  if (request.isPending) return <Loading />;
  if (request.error)
    return <ErrorBox error={request.error} onRetry={() => void request.refetch()} />;
  return request.data.context ? <ClearanceContext context={request.data.context} /> : null;
}

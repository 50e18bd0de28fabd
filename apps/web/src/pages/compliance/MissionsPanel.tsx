import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  Percent,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
  formatDate,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { ClassificationBadge } from '../../components/Classification.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';
import { NewFinding, NewMission } from './MissionForms.tsx';
import { MissionFollowUp } from './MissionFollowUp.tsx';
import { MissionChecklists } from './MissionChecklists.tsx';

type Mission = Schemas['ComplianceMission'];
type Finding = Mission['findings'][number];
type Rating = Schemas['ComplianceRating'];

/** Closing a finding needs evidence or a named verifier: the server refuses a bare tick. */
function CloseFinding({ finding, countryId }: { finding: Finding; countryId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const {
    draft,
    set,
    save: close,
    submit,
  } = useDraftForm(
    () => ({ evidence: '', verifiedBy: '', closedOn: today() }),
    (d) =>
      api.post(`/api/compliance-findings/${finding.id}/close`, {
        closedOn: d.closedOn,
        evidence: d.evidence.trim() ? [d.evidence.trim()] : [],
        verifiedBy: d.verifiedBy.trim() || null,
      }),
    { invalidate: [['moss', countryId]] },
  );
  if (!open)
    return (
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
        {t('compliance.close')}
      </button>
    );
  return (
    <form onSubmit={submit}>
      <TextField
        label={t('compliance.evidence')}
        name="evidence"
        value={draft.evidence}
        onChange={set('evidence')}
      />
      <TextField
        label={t('compliance.verifiedBy')}
        name="verifiedBy"
        value={draft.verifiedBy}
        onChange={set('verifiedBy')}
      />
      <TextField
        label={t('compliance.closedOn')}
        name="closedOn"
        type="date"
        value={draft.closedOn}
        onChange={set('closedOn')}
        required
      />
      <FormError error={close.error} />
      <SubmitButton busy={close.isPending} label={t('compliance.close')} />
    </form>
  );
}

const ESCALATION_TONE: Record<string, 'warning' | 'error' | 'neutral'> = {
  focal_point: 'warning',
  usg: 'warning',
  executive_head: 'error',
  hlcm: 'error',
};

/** Country rating and the findings board of compliance missions. */
export function MissionsPanel({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const rating = useQuery({
    queryKey: ['moss', countryId, 'rating'],
    queryFn: () => api.get<Rating>(`/api/countries/${countryId}/compliance-rating`),
  });
  const missions = useQuery({
    queryKey: ['moss', countryId, 'missions'],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/compliance-missions'>>(
        `/api/countries/${countryId}/compliance-missions`,
      ),
  });
  return (
    <section className="card" aria-labelledby="compliance-missions">
      <h2 id="compliance-missions">{t('compliance.missions')}</h2>
      {rating.data && (
        <p data-testid="compliance-rating">
          {t('compliance.rating')}:{' '}
          <strong>
            {rating.data.rating
              ? t(`compliance.rating.${rating.data.rating}` as 'compliance.rating.compliant')
              : t('common.none')}
          </strong>{' '}
          <small className="muted">
            {rating.data.percent === null ? (
              t('compliance.rating.notRated')
            ) : (
              <>
                {t('compliance.rating.rate')} <Percent value={rating.data.percent} />
                {rating.data.cappedByCritical > 0 &&
                  ` — ${t('compliance.rating.capped', { count: rating.data.cappedByCritical })}`}
              </>
            )}
          </small>
          <br />
          {t('compliance.implementationRate', {
            closed: rating.data.implementation.closedOnTime,
            due: rating.data.implementation.due,
          })}
        </p>
      )}
      {missions.data?.abilities.canManage && <NewMission countryId={countryId} />}
      {missions.isPending ? (
        <Loading />
      ) : missions.error ? (
        <ErrorBox error={missions.error} />
      ) : missions.data.items.length === 0 ? (
        <p className="empty">{t('compliance.noMissions')}</p>
      ) : (
        missions.data.items.map((m) => (
          <div key={m.id} className="subcard">
            <h3>
              {formatDate(m.visitedOn, locale)} — {m.team}
            </h3>
            <MissionFollowUp mission={m} />
            <div className="table-wrap" tabIndex={0}>
              <table className="responsive" data-testid="compliance-findings">
                <thead>
                  <tr>
                    <th scope="col">{t('compliance.finding')}</th>
                    <th scope="col">{t('compliance.severity')}</th>
                    <th scope="col">{t('compliance.owner')}</th>
                    <th scope="col">{t('compliance.deadline')}</th>
                    <th scope="col">{t('common.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.findings.map((f) => (
                    <tr key={f.id}>
                      <td data-label={t('compliance.finding')}>
                        {f.text}
                        {f.organizationCode && (
                          <small className="muted"> ({f.organizationCode})</small>
                        )}{' '}
                        <ClassificationBadge level={f.classification} />
                      </td>
                      <td data-label={t('compliance.severity')}>
                        {t(`compliance.severity.${f.severity}` as 'compliance.severity.minor')}
                      </td>
                      <td data-label={t('compliance.owner')}>{f.owner}</td>
                      <td data-label={t('compliance.deadline')}>
                        {formatDate(f.deadline, locale)}
                      </td>
                      <td data-label={t('common.status')}>
                        {f.closedOn ? (
                          <Badge tone="ok">
                            {t('compliance.closed')} {formatDate(f.closedOn, locale)}
                          </Badge>
                        ) : f.escalation !== 'none' ? (
                          <Badge tone={ESCALATION_TONE[f.escalation] ?? 'neutral'}>
                            {t(
                              `compliance.escalation.${f.escalation}` as 'compliance.escalation.hlcm',
                            )}
                          </Badge>
                        ) : (
                          <Badge tone="info">{t('compliance.open')}</Badge>
                        )}
                        {!f.closedOn && m.abilities.canEdit && (
                          <CloseFinding finding={f} countryId={countryId} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {m.abilities.canEdit && <NewFinding missionId={m.id} countryId={countryId} />}
            <MissionChecklists missionId={m.id} />
          </div>
        ))
      )}
    </section>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@fieldsafe/core';
import { api } from '../../api.ts';
import { Badge, formatDate, FormError } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDollars } from '../governance/GovernanceTabs.tsx';
import { DeploymentForm } from './DeploymentForm.tsx';
import { reasonKey, STATUS_TONE, statusKey } from './requestLabels.ts';
import type { Schemas } from '../../schema.ts';

type Deployment = Schemas['SurgeDeployment'];
type SurgeRequest = Schemas['SurgeRequest'];

/** One surge request: what was asked, its deployments, and closing/cancelling it. */
export function RequestCard({ request: r }: { request: SurgeRequest }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [deploying, setDeploying] = useState(false);
  const change = useMutation({
    mutationFn: (status: 'closed' | 'cancelled') =>
      api.patch<SurgeRequest>(`/api/surge/requests/${r.id}`, { status }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surge-requests'] }),
  });
  const finished = r.status === 'closed' || r.status === 'cancelled';
  return (
    <section className="card" data-testid="surge-request">
      <div className="card-head">
        <h2>
          {r.countryName}
          {r.areaName ? ` — ${r.areaName}` : ''}: {t(reasonKey(r.reason))}
        </h2>
        <Badge tone={STATUS_TONE[r.status]}>{t(statusKey(r.status))}</Badge>
      </div>
      <p>
        {t('surge.requests.summary', {
          by: r.requestedBy,
          at: formatDateTime(r.requestedAt, locale),
          n: r.officersNeeded,
          from: formatDate(r.neededFrom, locale),
          days: r.expectedDays,
        })}
      </p>
      {r.notes && <p style={{ whiteSpace: 'pre-line' }}>{r.notes}</p>}
      {r.deployments.length === 0 ? (
        <p className="empty">{t('surge.deployments.empty')}</p>
      ) : (
        <DeploymentTable deployments={r.deployments} />
      )}
      <div className="button-row">
        {r.abilities.canDeploy && !finished && (
          <button type="button" className="btn btn-small" onClick={() => setDeploying(true)}>
            {t('surge.deployments.add')}
          </button>
        )}
        {r.abilities.canDeploy && !finished && (
          <button
            type="button"
            className="btn btn-small"
            disabled={change.isPending}
            onClick={() => change.mutate('closed')}
          >
            {t('surge.requests.close')}
          </button>
        )}
        {r.abilities.canEdit && !finished && (
          <button
            type="button"
            className="btn btn-small"
            disabled={change.isPending}
            onClick={() => change.mutate('cancelled')}
          >
            {t('surge.requests.cancel')}
          </button>
        )}
      </div>
      <FormError error={change.error} />
      {deploying && <DeploymentForm request={r} onClose={() => setDeploying(false)} />}
    </section>
  );
}

function DeploymentTable({ deployments }: { deployments: Deployment[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="surge-deployments">
        <thead>
          <tr>
            <th scope="col">{t('surge.officer')}</th>
            <th scope="col">{t('surge.deployments.arrival')}</th>
            <th scope="col">{t('surge.deployments.end')}</th>
            <th scope="col">{t('surge.deployments.days')}</th>
            <th scope="col">{t('surge.deployments.launch')}</th>
            <th scope="col">{t('surge.deployments.visaDelay')}</th>
            <th scope="col">{t('surge.deployments.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {deployments.map((d) => (
            <tr key={d.id}>
              <td>
                {d.officerName} <small className="muted">{d.organizationCode}</small>
              </td>
              <td>{formatDateTime(d.startAt, locale)}</td>
              <td>{d.endOn ? formatDate(d.endOn, locale) : t('surge.deployments.ongoing')}</td>
              <td>{d.days}</td>
              <td>
                <Badge tone={d.launchedWithin24h ? 'ok' : 'warning'}>
                  {t('surge.deployments.hours', { h: d.launchHours })}
                </Badge>
              </td>
              <td>
                {d.visaDelayDays === null
                  ? d.visaNeeded
                    ? t('surge.deployments.visaPending')
                    : t('common.none')
                  : t('surge.daysCount', { n: d.visaDelayDays })}
              </td>
              <td>{formatDollars(d.costUsd, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

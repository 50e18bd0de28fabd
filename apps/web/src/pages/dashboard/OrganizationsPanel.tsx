import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../api.ts';
import { formatDate } from '../../components/ui.tsx';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type OrganizationPresence = Schemas['InvariantReport']['organizations'][number];

function listAge(updatedAt: string | null, t: Translate): string {
  if (!updatedAt) return t('dash.listNever');
  const days = Math.floor((Date.now() - new Date(updatedAt).getTime()) / 86_400_000);
  return days <= 0 ? t('dash.listToday') : t('dash.listAge', { days });
}

function ConfirmButton({ countryId, org }: { countryId: string; org: OrganizationPresence }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [done, setDone] = useState(false);
  const confirm = useMutation({
    mutationFn: () =>
      api.post<unknown>(`/api/countries/${countryId}/personnel-lists/${org.id}/confirm`),
    onSuccess: async () => {
      setDone(true);
      await qc.invalidateQueries({ queryKey: ['invariants', countryId] });
    },
  });
  return (
    <div className="confirm-cell">
      <button
        type="button"
        className="btn btn-small"
        disabled={confirm.isPending}
        onClick={() => {
          setDone(false);
          confirm.mutate();
        }}
      >
        {confirm.isPending ? t('common.saving') : t('dash.confirmList')}
      </button>
      {done && (
        <span className="ok-text small" role="status">
          {t('dash.confirmed')}
        </span>
      )}
      {confirm.error && (
        <span className="error-text small" role="alert">
          {errorMessage(confirm.error)}
        </span>
      )}
    </div>
  );
}

export function OrganizationsPanel({
  countryId,
  organizations,
}: {
  countryId: string;
  organizations: OrganizationPresence[];
}) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="orgs-title">
      <h2 id="orgs-title">{t('dash.organizations')}</h2>
      {organizations.length === 0 ? (
        <p className="empty">{t('dash.noOrganizations')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.organization')}</th>
                <th scope="col" className="num">
                  {t('dash.personnel')}
                </th>
                <th scope="col">{t('dash.listUpdated')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('dash.confirmList')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((o) => (
                <tr key={o.id}>
                  <td>
                    <abbr title={o.name}>{o.code}</abbr>
                  </td>
                  <td className="num">{o.personnelCount}</td>
                  <td title={o.listUpdatedAt ? formatDate(o.listUpdatedAt, locale) : undefined}>
                    {listAge(o.listUpdatedAt, t)}
                  </td>
                  <td>
                    <ConfirmButton countryId={countryId} org={o} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

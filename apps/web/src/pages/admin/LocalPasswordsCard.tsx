import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../api.ts';
import { CheckboxField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ORGS, type OrganizationSignIn } from './identity.ts';

/** Local passwords on or off per organization. */
export function LocalPasswords({ orgs }: { orgs: OrganizationSignIn[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const set = useMutation({
    mutationFn: (v: { id: string; localPasswords: boolean }) =>
      api.put<void>(`/api/sso/organizations/${v.id}`, { localPasswords: v.localPasswords }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ORGS }),
  });
  return (
    <section className="card" aria-labelledby="local-title">
      <h2 id="local-title">{t('admin.localPasswords')}</h2>
      <p className="muted">{t('admin.localPasswordsHelp')}</p>
      {set.error && <p className="alert alert-error">{errorMessage(set.error)}</p>}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="local-title">
        <table>
          <thead>
            <tr>
              <th>{t('common.organization')}</th>
              <th>{t('admin.providersCol')}</th>
              <th>{t('admin.localPasswords')}</th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr key={o.organizationId}>
                <td>
                  {o.code} <span className="muted small">{o.name}</span>
                </td>
                <td>{o.providers.join(', ') || t('common.none')}</td>
                <td>
                  <CheckboxField
                    name={`local-${o.code}`}
                    label={t('admin.localPasswordsAllowed')}
                    checked={o.localPasswords}
                    disabled={set.isPending || (o.localPasswords && o.providers.length === 0)}
                    onChange={(v) => set.mutate({ id: o.organizationId, localPasswords: v })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

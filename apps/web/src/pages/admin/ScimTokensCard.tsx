import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
  formatDate,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';
import { SCIM, type OrganizationSignIn } from './identity.ts';

/** SCIM tokens of every organization: create (shown once) and revoke. */
export function ScimTokens({ orgs }: { orgs: OrganizationSignIn[] }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: SCIM,
    queryFn: () => api.get<ApiBody<'/api/scim/tokens'>>('/api/scim/tokens'),
  });
  const { draft, set, save, errors, submit } = useDraftForm(
    { organizationId: '', name: '' },
    (d) => api.post<ApiBody<'/api/scim/tokens', 'post'>>('/api/scim/tokens', d),
    { reset: (d) => ({ ...d, name: '' }), invalidate: [SCIM] },
  );
  // Shown once, until the next token is asked for.
  const fresh = save.data?.token ?? null;
  const revoke = useMutation({
    mutationFn: (id: string) => api.del<void>(`/api/scim/tokens/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: SCIM }),
  });
  return (
    <section className="card" aria-labelledby="scim-title">
      <h2 id="scim-title">{t('admin.scimTokens')}</h2>
      <p className="muted">{t('admin.scimHelp', { url: `${window.location.origin}/scim/v2` })}</p>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="empty">{t('me.tokenNone')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="scim-title">
          <table>
            <thead>
              <tr>
                <th>{t('common.organization')}</th>
                <th>{t('me.tokenName')}</th>
                <th>{t('me.tokenPrefix')}</th>
                <th>{t('me.tokenLastUsed')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((tok) => (
                <tr key={tok.id}>
                  <td>{tok.organizationCode}</td>
                  <td>{tok.name}</td>
                  <td className="token-value">{tok.prefix}…</td>
                  <td>
                    {tok.lastUsedAt ? formatDate(tok.lastUsedAt, locale) : t('me.tokenNever')}
                  </td>
                  <td>
                    {tok.revokedAt ? (
                      <Badge tone="neutral">{t('me.tokenRevoked')}</Badge>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate(tok.id)}
                      >
                        {t('me.tokenRevoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {fresh && (
        <div className="alert alert-success" role="status">
          <p>{t('me.tokenNew')}</p>
          <input
            className="token-value"
            readOnly
            value={fresh}
            aria-label={t('me.tokenNew')}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <form onSubmit={submit} className="form-grid" noValidate>
        <div className="field">
          <label htmlFor="scim-org">{t('common.organization')}</label>
          <select
            id="scim-org"
            value={draft.organizationId}
            onChange={(e) => set('organizationId')(e.target.value)}
            required
          >
            <option value="">{t('common.choose')}</option>
            {orgs.map((o) => (
              <option key={o.organizationId} value={o.organizationId}>
                {o.code} — {o.name}
              </option>
            ))}
          </select>
          {errors.organizationId && <small className="field-error">{errors.organizationId}</small>}
        </div>
        <TextField
          label={t('me.tokenName')}
          name="name"
          value={draft.name}
          onChange={set('name')}
          errors={errors}
          required
        />
        <FormError error={save.error} />
        <div className="form-actions">
          <SubmitButton busy={save.isPending} label={t('me.tokenCreate')} />
        </div>
      </form>
    </section>
  );
}

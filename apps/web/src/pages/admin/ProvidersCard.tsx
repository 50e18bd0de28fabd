import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';
import { ORGS, PROVIDERS, type OrganizationSignIn, type Provider } from './identity.ts';

/** OpenID Connect providers: list, add, remove. */
export function Providers({ orgs }: { orgs: OrganizationSignIn[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: PROVIDERS,
    queryFn: () => api.get<ApiBody<'/api/sso/providers'>>('/api/sso/providers'),
  });
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      name: '',
      issuer: '',
      clientId: '',
      clientSecret: '',
      staffIdClaim: 'employee_number',
      emailClaim: 'email',
      organizationIds: [] as string[],
    },
    (d) => api.post<Provider>('/api/sso/providers', d),
    {
      // The claims are usually the same for the next provider.
      reset: (d) => ({
        ...d,
        name: '',
        issuer: '',
        clientId: '',
        clientSecret: '',
        organizationIds: [],
      }),
      invalidate: [PROVIDERS, ORGS],
    },
  );
  const remove = useMutation({
    mutationFn: (id: string) => api.del<void>(`/api/sso/providers/${id}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: PROVIDERS });
      await qc.invalidateQueries({ queryKey: ORGS });
    },
  });
  const code = new Map(orgs.map((o) => [o.organizationId, o.code]));
  type Text = Exclude<keyof typeof draft, 'organizationIds'>;
  const field = (name: Text, label: string, type?: 'password') => (
    <TextField
      label={label}
      name={name}
      type={type}
      value={draft[name]}
      onChange={set(name)}
      errors={errors}
      required
    />
  );
  return (
    <section className="card" aria-labelledby="providers-title">
      <h2 id="providers-title">{t('admin.providers')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} />
      ) : (
        <>
          <p className="muted small">{t('admin.redirectUri', { uri: list.data.redirectUri })}</p>
          {list.data.items.length === 0 ? (
            <p className="empty">{t('admin.providersNone')}</p>
          ) : (
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-labelledby="providers-title"
            >
              <table>
                <thead>
                  <tr>
                    <th>{t('common.name')}</th>
                    <th>{t('admin.issuer')}</th>
                    <th>{t('admin.organizations')}</th>
                    <th>{t('common.status')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((p) => (
                    <tr key={p.id}>
                      <td>{p.name}</td>
                      <td className="token-value">{p.issuer}</td>
                      <td>{p.organizationIds.map((id) => code.get(id) ?? id).join(', ')}</td>
                      <td>
                        <Badge tone={p.enabled ? 'ok' : 'neutral'}>
                          {p.enabled ? t('admin.enabled') : t('admin.disabled')}
                        </Badge>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(p.id)}
                        >
                          {t('admin.remove')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <form onSubmit={submit} className="form-grid" noValidate data-testid="provider-form">
        {field('name', t('common.name'))}
        {field('issuer', t('admin.issuer'))}
        {field('clientId', t('admin.clientId'))}
        {field('clientSecret', t('admin.clientSecret'), 'password')}
        {field('staffIdClaim', t('admin.staffIdClaim'))}
        {field('emailClaim', t('admin.emailClaim'))}
        <div className="field">
          <label htmlFor="provider-orgs">{t('admin.organizations')}</label>
          <select
            id="provider-orgs"
            multiple
            size={6}
            value={draft.organizationIds}
            onChange={(e) =>
              set('organizationIds')([...e.currentTarget.selectedOptions].map((o) => o.value))
            }
          >
            {orgs.map((o) => (
              <option key={o.organizationId} value={o.organizationId}>
                {o.code} — {o.name}
              </option>
            ))}
          </select>
          {errors.organizationIds && (
            <small className="field-error">{errors.organizationIds}</small>
          )}
        </div>
        <FormError error={save.error} />
        <div className="form-actions">
          <SubmitButton busy={save.isPending} label={t('admin.addProvider')} />
        </div>
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
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
  const [form, setForm] = useState({
    name: '',
    issuer: '',
    clientId: '',
    clientSecret: '',
    staffIdClaim: 'employee_number',
    emailClaim: 'email',
  });
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => api.post<Provider>('/api/sso/providers', { ...form, organizationIds }),
    onSuccess: async () => {
      setForm({ ...form, name: '', issuer: '', clientId: '', clientSecret: '' });
      setOrganizationIds([]);
      await qc.invalidateQueries({ queryKey: PROVIDERS });
      await qc.invalidateQueries({ queryKey: ORGS });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del<void>(`/api/sso/providers/${id}`),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: PROVIDERS });
      await qc.invalidateQueries({ queryKey: ORGS });
    },
  });
  const code = new Map(orgs.map((o) => [o.organizationId, o.code]));
  const errors = fieldErrors(create.error);
  const field = (name: keyof typeof form, label: string, type?: 'password') => (
    <TextField
      label={label}
      name={name}
      type={type}
      value={form[name]}
      onChange={(v) => setForm({ ...form, [name]: v })}
      errors={errors}
      required
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
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
            value={organizationIds}
            onChange={(e) =>
              setOrganizationIds([...e.currentTarget.selectedOptions].map((o) => o.value))
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
        <FormError error={create.error} />
        <div className="form-actions">
          <SubmitButton busy={create.isPending} label={t('admin.addProvider')} />
        </div>
      </form>
    </section>
  );
}

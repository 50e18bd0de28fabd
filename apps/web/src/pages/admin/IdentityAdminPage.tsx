import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, fieldErrors } from '../../api.ts';
import { useMe } from '../../auth.tsx';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
  formatDate,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Items } from '../../types.ts';

interface Provider {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  organizationIds: string[];
  staffIdClaim: string;
  emailClaim: string;
  enabled: boolean;
}
interface OrganizationSignIn {
  organizationId: string;
  code: string;
  name: string;
  localPasswords: boolean;
  providers: string[];
}
interface ScimToken {
  id: string;
  organizationCode: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  token?: string;
}

const ORGS = ['sso-organizations'];
const PROVIDERS = ['sso-providers-admin'];
const SCIM = ['scim-tokens'];

function Providers({ orgs }: { orgs: OrganizationSignIn[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: PROVIDERS,
    queryFn: () => api.get<Items<Provider> & { redirectUri: string }>('/api/sso/providers'),
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

function LocalPasswords({ orgs }: { orgs: OrganizationSignIn[] }) {
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

function ScimTokens({ orgs }: { orgs: OrganizationSignIn[] }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: SCIM,
    queryFn: () => api.get<Items<ScimToken>>('/api/scim/tokens'),
  });
  const [organizationId, setOrganizationId] = useState('');
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<ScimToken>('/api/scim/tokens', { organizationId, name }),
    onSuccess: async (tok) => {
      setFresh(tok.token ?? null);
      setName('');
      await qc.invalidateQueries({ queryKey: SCIM });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.del<void>(`/api/scim/tokens/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: SCIM }),
  });
  const errors = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFresh(null);
    create.mutate();
  };
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
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
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
          value={name}
          onChange={setName}
          errors={errors}
          required
        />
        <FormError error={create.error} />
        <div className="form-actions">
          <SubmitButton busy={create.isPending} label={t('me.tokenCreate')} />
        </div>
      </form>
    </section>
  );
}

/** Single sign-on providers, local passwords per organization and SCIM tokens (system administrators). */
export function IdentityAdminPage() {
  const { t } = useI18n();
  const me = useMe();
  const orgs = useQuery({
    queryKey: ORGS,
    queryFn: () => api.get<Items<OrganizationSignIn>>('/api/sso/organizations'),
    enabled: me.isSystemAdmin,
  });
  if (!me.isSystemAdmin) return <p className="empty">{t('admin.onlyAdmins')}</p>;
  return (
    <>
      <div className="page-head">
        <h1>{t('admin.title')}</h1>
      </div>
      {orgs.isPending ? (
        <Loading />
      ) : orgs.error ? (
        <ErrorBox error={orgs.error} />
      ) : (
        <>
          <Providers orgs={orgs.data.items} />
          <LocalPasswords orgs={orgs.data.items} />
          <ScimTokens orgs={orgs.data.items} />
        </>
      )}
    </>
  );
}

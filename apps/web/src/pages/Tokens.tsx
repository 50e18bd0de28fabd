import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
  formatDate,
} from '../components/ui.tsx';
import { useDraftForm } from '../components/useDraftForm.ts';
import { useI18n } from '../i18n/index.tsx';
import type { ApiBody, Schemas } from '../schema.ts';

type ApiToken = Schemas['ApiToken'];

function RevokeButton({ token }: { token: ApiToken }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => api.del<void>(`/api/auth/tokens/${token.id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tokens'] }),
  });
  return (
    <>
      <button
        type="button"
        className="btn btn-small btn-danger"
        disabled={revoke.isPending}
        onClick={() => revoke.mutate()}
      >
        {revoke.isPending ? t('common.saving') : t('me.tokenRevoke')}
      </button>
      {revoke.error && (
        <span className="error-text small" role="alert">
          {errorMessage(revoke.error)}
        </span>
      )}
    </>
  );
}

export function Tokens() {
  const { t, locale } = useI18n();
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: () => api.get<ApiBody<'/api/auth/tokens'>>('/api/auth/tokens'),
  });
  const { draft, set, save, errors, submit } = useDraftForm(
    { name: '', expiresAt: '' },
    (d) =>
      api.post<ApiBody<'/api/auth/tokens', 'post'>>('/api/auth/tokens', {
        name: d.name,
        expiresAt: d.expiresAt || null,
      }),
    { reset: true, invalidate: [['tokens']] },
  );
  // Shown once, until the next token is asked for.
  const fresh = save.data?.token ?? null;
  const date = (v: string | null) => (v ? formatDate(v, locale) : t('me.tokenNever'));

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('me.tokens')}</h2>
      <p className="muted">{t('me.tokensHelp')}</p>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.error ? (
        <ErrorBox error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <p className="empty">{t('me.tokenNone')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="responsive">
            <thead>
              <tr>
                <th scope="col">{t('me.tokenName')}</th>
                <th scope="col">{t('me.tokenPrefix')}</th>
                <th scope="col">{t('me.tokenCreated')}</th>
                <th scope="col">{t('me.tokenExpires')}</th>
                <th scope="col">{t('me.tokenLastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('me.tokenRevoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((tok) => (
                <tr key={tok.id}>
                  <td data-label={t('me.tokenName')}>{tok.name}</td>
                  <td data-label={t('me.tokenPrefix')}>
                    <code>{tok.prefix}…</code>
                  </td>
                  <td data-label={t('me.tokenCreated')}>{formatDate(tok.createdAt, locale)}</td>
                  <td data-label={t('me.tokenExpires')}>{date(tok.expiresAt)}</td>
                  <td data-label={t('me.tokenLastUsed')}>{date(tok.lastUsedAt)}</td>
                  <td className="actions">
                    {tok.revokedAt ? (
                      <Badge tone="neutral">{t('me.tokenRevoked')}</Badge>
                    ) : (
                      <RevokeButton token={tok} />
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
        <TextField
          label={t('me.tokenName')}
          name="name"
          value={draft.name}
          onChange={set('name')}
          errors={errors}
          required
        />
        <TextField
          label={t('me.tokenExpires')}
          name="expiresAt"
          type="date"
          value={draft.expiresAt}
          onChange={set('expiresAt')}
          errors={errors}
          help={t('common.optional')}
        />
        <FormError error={save.error} />
        <div className="form-actions">
          <SubmitButton busy={save.isPending} label={t('me.tokenCreate')} />
        </div>
      </form>
    </section>
  );
}

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';
import { FormError, TextField } from '../components/ui.tsx';
import { useDraftForm } from '../components/useDraftForm.ts';
import { useT } from '../i18n/index.tsx';

/** My second factor: set it up, get new recovery codes, or remove it when my roles allow. */
export function SecondFactorCard() {
  const t = useT();
  const me = useMe();
  const auth = useAuth();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const refresh = () => auth.refresh();
  // The buttons around the form: start the setup, new recovery codes, remove.
  const action = useMutation({ mutationFn: (work: () => Promise<void>) => work() });
  const run = (work: () => Promise<void>) => action.mutate(work);
  const { draft, set, save, errors, submit } = useDraftForm(
    { code: '' },
    (d) =>
      api.post<{ recoveryCodes: string[] }>('/api/auth/second-factor/totp/confirm', {
        code: d.code.trim(),
      }),
    {
      reset: true,
      onDone: (r) => {
        setCodes(r.recoveryCodes);
        setSetup(null);
        return refresh();
      },
    },
  );
  const busy = action.isPending || save.isPending;
  const error = save.error ?? action.error;

  return (
    <section className="card" aria-labelledby="mfa-card-title">
      <h2 id="mfa-card-title">{t('mfa.title')}</h2>
      <p>{me.totpEnabled ? t('mfa.isSetUp') : t('mfa.notSetUp')}</p>
      {codes && (
        <div className="alert alert-success" role="status">
          <p>{t('mfa.recoveryIntro')}</p>
          <ul className="token-value">
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <FormError error={error} />
      {setup ? (
        <form onSubmit={submit} noValidate>
          <p>
            <a href={setup.uri} className="btn btn-ghost">
              {t('mfa.openApp')}
            </a>
          </p>
          <p className="small">{t('mfa.secret')}</p>
          <input
            className="token-value"
            readOnly
            value={setup.secret}
            aria-label={t('mfa.secret')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <TextField
            label={t('mfa.code')}
            name="code"
            autoComplete="one-time-code"
            value={draft.code}
            onChange={set('code')}
            errors={errors}
            required
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('mfa.confirm')}
          </button>
        </form>
      ) : (
        <div className="button-row">
          {!me.totpEnabled && (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                run(async () =>
                  setSetup(
                    await api.post<{ secret: string; uri: string }>(
                      '/api/auth/second-factor/totp/setup',
                    ),
                  ),
                )
              }
            >
              {t('mfa.start')}
            </button>
          )}
          {me.totpEnabled && (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const r = await api.post<{ recoveryCodes: string[] }>(
                    '/api/auth/second-factor/recovery-codes',
                  );
                  setCodes(r.recoveryCodes);
                })
              }
            >
              {t('mfa.newRecoveryCodes')}
            </button>
          )}
          {me.totpEnabled && !me.secondFactorRequired && (
            <button
              type="button"
              className="btn btn-danger"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await api.del<void>('/api/auth/second-factor');
                  setCodes(null);
                  await refresh();
                })
              }
            >
              {t('admin.remove')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

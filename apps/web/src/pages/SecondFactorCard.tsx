import { useState, type FormEvent } from 'react';
import { api, fieldErrors } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';
import { FormError, TextField } from '../components/ui.tsx';
import { useT } from '../i18n/index.tsx';

/** My second factor: set it up, get new recovery codes, or remove it when my roles allow. */
export function SecondFactorCard() {
  const t = useT();
  const me = useMe();
  const auth = useAuth();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const refresh = () => auth.refresh();

  const confirm = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = await api.post<{ recoveryCodes: string[] }>(
        '/api/auth/second-factor/totp/confirm',
        { code: code.trim() },
      );
      setCodes(r.recoveryCodes);
      setSetup(null);
      setCode('');
      await refresh();
    });
  };

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
        <form onSubmit={confirm} noValidate>
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
            value={code}
            onChange={setCode}
            errors={fieldErrors(error)}
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
                void run(async () =>
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
                void run(async () => {
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
                void run(async () => {
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

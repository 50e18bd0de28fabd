import { useState, type FormEvent } from 'react';
import { api, fieldErrors } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { FormError, TextField } from '../components/ui.tsx';
import { useT } from '../i18n/index.tsx';
import type { Schemas } from '../schema.ts';

type Me = Schemas['Me'];

/**
 * Shown instead of the app while the session has not passed a second factor its user needs:
 * set up TOTP (then keep the recovery codes), or enter a code.
 */
export function SecondFactorPage({ me }: { me: Me }) {
  const t = useT();
  const { logout, refresh } = useAuth();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const done = () => refresh();

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

  const start = () =>
    run(async () => {
      setSetup(
        await api.post<{ secret: string; uri: string }>('/api/auth/second-factor/totp/setup'),
      );
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (me.secondFactor === 'enrol') {
        const r = await api.post<{ recoveryCodes: string[] }>(
          '/api/auth/second-factor/totp/confirm',
          { code: code.trim() },
        );
        setRecoveryCodes(r.recoveryCodes);
      } else {
        await api.post('/api/auth/second-factor/challenge', {
          ...(useRecovery ? { recoveryCode: code.trim() } : { code: code.trim() }),
        });
        await done();
      }
    });
  };

  const errors = fieldErrors(error);
  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch signedIn />
      </div>
      <main id="main" className="card login-card" data-testid="second-factor">
        <h1>{t('mfa.title')}</h1>
        {recoveryCodes ? (
          <>
            <h2>{t('mfa.recoveryTitle')}</h2>
            <p className="muted">{t('mfa.recoveryIntro')}</p>
            <ul className="token-value" data-testid="mfa-recovery-codes">
              {recoveryCodes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <button
              type="button"
              className="btn btn-primary btn-block"
              onClick={() => void done()}
              data-testid="mfa-continue"
            >
              {t('mfa.continue')}
            </button>
          </>
        ) : me.secondFactor === 'enrol' && !setup ? (
          <>
            <p>{t('mfa.enrolIntro')}</p>
            <FormError error={error} />
            <button
              type="button"
              className="btn btn-primary btn-block"
              disabled={busy}
              onClick={() => void start()}
              data-testid="mfa-start"
            >
              {t('mfa.start')}
            </button>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            {setup ? (
              <>
                <p>{t('mfa.enrolIntro')}</p>
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
                  data-testid="mfa-secret"
                  onFocus={(e) => e.currentTarget.select()}
                />
              </>
            ) : (
              <p>{useRecovery ? t('mfa.recoveryCode') : t('mfa.challengeIntro')}</p>
            )}
            <TextField
              label={useRecovery ? t('mfa.recoveryCode') : t('mfa.code')}
              name={useRecovery ? 'recoveryCode' : 'code'}
              autoComplete="one-time-code"
              value={code}
              onChange={setCode}
              errors={errors}
              required
              testId="mfa-code"
            />
            <FormError error={error} />
            <button
              type="submit"
              className="btn btn-primary btn-block"
              disabled={busy}
              data-testid="mfa-submit"
            >
              {me.secondFactor === 'enrol' ? t('mfa.confirm') : t('mfa.verify')}
            </button>
            {me.secondFactor === 'challenge' && (
              <button
                type="button"
                className="btn btn-ghost btn-block"
                data-testid="mfa-toggle"
                onClick={() => {
                  setUseRecovery(!useRecovery);
                  setCode('');
                }}
              >
                {useRecovery ? t('mfa.useCode') : t('mfa.useRecovery')}
              </button>
            )}
          </form>
        )}
        <button type="button" className="btn btn-ghost btn-block" onClick={() => void logout()}>
          {t('nav.signOut')}
        </button>
      </main>
    </div>
  );
}

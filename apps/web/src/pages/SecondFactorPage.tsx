import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { FormError, TextField } from '../components/ui.tsx';
import { useDraftForm } from '../components/useDraftForm.ts';
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
  const [useRecovery, setUseRecovery] = useState(false);

  const done = () => refresh();

  const start = useMutation({
    mutationFn: () =>
      api.post<{ secret: string; uri: string }>('/api/auth/second-factor/totp/setup'),
  });
  const setup = start.data ?? null;

  // The code confirms a new factor (the answer: recovery codes to keep) or passes the challenge.
  const { draft, set, save, errors, submit } = useDraftForm({ code: '' }, async (d) => {
    if (me.secondFactor === 'enrol') {
      const r = await api.post<{ recoveryCodes: string[] }>(
        '/api/auth/second-factor/totp/confirm',
        { code: d.code.trim() },
      );
      return r.recoveryCodes;
    }
    await api.post('/api/auth/second-factor/challenge', {
      ...(useRecovery ? { recoveryCode: d.code.trim() } : { code: d.code.trim() }),
    });
    await done();
    return null;
  });
  const recoveryCodes = save.data ?? null;
  const busy = start.isPending || save.isPending;
  const error = save.error ?? start.error;

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
              onClick={() => start.mutate()}
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
              value={draft.code}
              onChange={set('code')}
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
                  set('code')('');
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

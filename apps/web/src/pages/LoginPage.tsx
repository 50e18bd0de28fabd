import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { usePlainDraftForm } from '../components/draft.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { FormError, TextField } from '../components/ui.tsx';
import { useT } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import type { ApiBody } from '../schema.ts';

const SSO_ERRORS: Record<string, MessageKey> = {
  state: 'login.ssoError.state',
  token: 'login.ssoError.token',
  unknown_user: 'login.ssoError.unknown_user',
  deactivated: 'login.ssoError.deactivated',
  provider: 'login.ssoError.provider',
};

function fromState(state: unknown): string {
  if (
    typeof state === 'object' &&
    state !== null &&
    'from' in state &&
    typeof state.from === 'string' &&
    state.from.startsWith('/')
  ) {
    return state.from === '/login' ? '/' : state.from;
  }
  return '/';
}

export function LoginPage() {
  const t = useT();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { draft, set, save, errors, submit } = usePlainDraftForm(
    { email: '', password: '' },
    (d) => login(d.email.trim(), d.password),
    { onDone: () => void navigate(fromState(location.state), { replace: true }) },
  );
  const [params] = useSearchParams();
  const ssoError = SSO_ERRORS[params.get('ssoError') ?? ''];
  // A plain request, not a query: the login route does not download the query library.
  type Providers = ApiBody<'/api/auth/sso/providers'>;
  const [providers, setProviders] = useState<Providers['items']>([]);
  useEffect(() => {
    let live = true;
    api
      .get<Providers>('/api/auth/sso/providers')
      .then((r) => live && setProviders(r.items))
      .catch(() => undefined); // no single sign-on offered: the form alone
    return () => {
      live = false;
    };
  }, []);

  // Signed in by this form: it is navigating to where the user was going.
  const busy = save.isPending || save.isSuccess;
  if (me && !busy) return <Navigate to="/" replace />;

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main id="main" className="card login-card">
        <img src="/icon.svg" alt="" width="56" height="56" className="login-logo" />
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <form onSubmit={submit} noValidate>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            value={draft.email}
            onChange={set('email')}
            errors={errors}
            required
            testId="login-email"
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={draft.password}
            onChange={set('password')}
            errors={errors}
            required
            testId="login-password"
          />
          <FormError error={save.error} />
          <button
            type="submit"
            className="btn btn-primary btn-block"
            disabled={busy}
            data-testid="login-submit"
          >
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        {ssoError && (
          <p className="alert alert-error" role="alert" data-testid="sso-error">
            {t(ssoError)}
          </p>
        )}
        {providers.length > 0 && (
          <section aria-labelledby="sso-title" className="sso-providers">
            <h2 id="sso-title" className="small">
              {t('login.sso')}
            </h2>
            {providers.map((p) => (
              <a
                key={p.id}
                className="btn btn-ghost btn-block"
                href={`/api/auth/sso/${p.id}/start?returnTo=${encodeURIComponent(fromState(location.state))}`}
                data-testid="sso-provider"
              >
                {t('login.ssoWith', { name: p.name })}
              </a>
            ))}
          </section>
        )}
      </main>
    </div>
  );
}

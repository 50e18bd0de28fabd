import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { fieldErrors } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { LanguageSwitch } from '../components/Layout.tsx';
import { FormError, TextField } from '../components/ui.tsx';
import { useT } from '../i18n/index.tsx';

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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (me && !busy) return <Navigate to="/" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      void navigate(fromState(location.state), { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const errors = fieldErrors(error);
  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main id="main" className="card login-card">
        <img src="/icon.svg" alt="" width="56" height="56" className="login-logo" />
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            errors={errors}
            required
            testId="login-email"
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            errors={errors}
            required
            testId="login-password"
          />
          <FormError error={error} />
          <button
            type="submit"
            className="btn btn-primary btn-block"
            disabled={busy}
            data-testid="login-submit"
          >
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}

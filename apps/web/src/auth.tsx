import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from './api.ts';
import type { Schemas } from './schema.ts';

type Me = Schemas['Me'];

interface AuthValue {
  me: Me | null;
  loading: boolean;
  error: unknown;
  /** True after the user signed out on purpose (not when the session expired). */
  signedOut: boolean;
  login: (email: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  /** Reads the session again (after a second factor was set up or passed). */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

/**
 * The signed-in user is remembered on the device so that the app opens without a connection
 * (field staff report incidents offline); it is forgotten at sign-out or when the session ends.
 */
const ME_STORAGE = 'fs_me';

function remember(me: Me | null): void {
  try {
    if (me) localStorage.setItem(ME_STORAGE, JSON.stringify(me));
    else localStorage.removeItem(ME_STORAGE);
  } catch {
    /* storage unavailable: online use still works */
  }
}

export function remembered(): Me | null {
  try {
    const raw = localStorage.getItem(ME_STORAGE);
    const me = raw ? (JSON.parse(raw) as Partial<Me>) : null;
    // A record kept by an older version (without the server's abilities as they are now) is not used.
    return Array.isArray(me?.abilities?.appoints) ? (me as Me) : null;
  } catch {
    return null;
  }
}

/** Whether this browser holds a session cookie (the session itself may have ended). */
export function hasSession(): boolean {
  return document.cookie.split(';').some((c) => c.trim().startsWith('fs_csrf='));
}

async function fetchMe(): Promise<Me | null> {
  // Without the CSRF cookie there is no browser session: skip the request (and its 401).
  if (!hasSession()) {
    remember(null);
    return null;
  }
  try {
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    remember(me);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      remember(null);
      return null;
    }
    const offline = e instanceof ApiError && e.status === 0 ? remembered() : null;
    if (offline) {
      setCsrfToken(offline.csrfToken);
      return offline;
    }
    throw e;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  // Plain state, not a query: the login route does not download the query library.
  const [state, setState] = useState<{ me: Me | null; loading: boolean; error: unknown }>({
    me: null,
    loading: true,
    error: null,
  });
  const [signedOut, setSignedOut] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const me = await fetchMe();
      setState({ me, loading: false, error: null });
    } catch (error) {
      setState((s) => ({ me: s.me, loading: false, error }));
    }
  }, []);

  useEffect(() => {
    void refresh();
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      remember(null);
      setState({ me: null, loading: false, error: null });
    });
    return () => setUnauthorizedHandler(null);
  }, [refresh]);

  const login = useCallback(async (email: string, password: string) => {
    const me = await api.post<Me>('/api/auth/login', { email, password });
    setCsrfToken(me.csrfToken);
    remember(me);
    setSignedOut(false);
    setState({ me, loading: false, error: null });
    return me;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout');
    } finally {
      setSignedOut(true);
      setCsrfToken(null);
      remember(null);
      setState({ me: null, loading: false, error: null });
    }
  }, []);

  const value = useMemo<AuthValue>(
    () => ({ ...state, signedOut, login, logout, refresh }),
    [state, signedOut, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** The signed-in user; only for use inside pages behind RequireAuth. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('Not signed in');
  return me;
}

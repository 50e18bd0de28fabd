import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { AuthProvider } from './auth.tsx';
import { I18nProvider } from './i18n/index.tsx';
import './styles.css';

/** The cache of the hand-written service worker the Workbox one replaced. */
const OLD_CACHE = 'fieldsafe-shell-v1';

// Offline app shell: the service worker Workbox generates at build time (vite-plugin-pwa,
// vite.config.ts) precaches the shell and every page's code, so the app — the incident report
// form and the crisis prompt included — opens offline once it has been opened online. A new
// version takes over at once (skipWaiting) without reloading the page: a half-filled form stays.
// Production builds only, so development is never cached.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      /* the app works without it, only not offline */
    });
    if ('caches' in window) void caches.delete(OLD_CACHE).catch(() => undefined);
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter>
        <AuthProvider>
          <App />
        </AuthProvider>
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);

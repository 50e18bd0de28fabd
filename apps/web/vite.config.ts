import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogueParts } from './catalogueParts.ts';

export default defineConfig({
  plugins: [
    react(),
    catalogueParts(),
    // Workbox service worker (public/manifest.webmanifest is the app manifest; src/main.tsx
    // registers /sw.js). It precaches the app shell and every hashed file of
    // the build, serves the shell for the app's own routes (offline too) and leaves the API, the
    // no-JavaScript check-in page and the operations endpoints to the network.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/checkin\//, /^\/healthz/, /^\/metrics/],
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    // Messages arrive precompiled (catalogueParts.ts): the ICU parser stays out of the bundle.
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
    },
  },
});

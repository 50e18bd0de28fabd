import { describe, expect, it } from 'vitest';
import api from '../api.ts?raw';
import app from '../App.tsx?raw';
import auth from '../auth.tsx?raw';
import languageSwitch from '../components/LanguageSwitch.tsx?raw';
import ui from '../components/ui.tsx?raw';
import login from '../pages/LoginPage.tsx?raw';
import { en } from './en.ts';
import { isShellKey } from './shell.ts';

/** The files the login route runs before the signed-in app (and its messages) are loaded. */
const LOGIN_ROUTE = { api, app, auth, languageSwitch, ui, login };

describe('sign-in messages (the first part of each catalogue)', () => {
  it('hold every message the login route names', () => {
    const keys = new Set(Object.keys(en));
    const missing: string[] = [];
    for (const [file, text] of Object.entries(LOGIN_ROUTE)) {
      for (const [, key] of text.matchAll(/'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g))
        if (key && keys.has(key) && !isShellKey(key)) missing.push(`${file}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('are a few dozen of the catalogue, not most of it', () => {
    const shell = Object.keys(en).filter(isShellKey);
    expect(shell.length).toBeGreaterThan(10);
    expect(shell.length).toBeLessThan(Object.keys(en).length / 10);
  });
});

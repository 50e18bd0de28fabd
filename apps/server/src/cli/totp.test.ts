import { generateSecret, verify } from 'otplib';
import { describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((c) => (out.push(String(c)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
  ];
  try {
    return { code: await main(args), out: out.join('') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('fieldsafe totp code', () => {
  it('prints the code an authenticator app would show for the key, which the server accepts', async () => {
    const secret = generateSecret();
    const { code, out } = await run(['totp', 'code', '--key', secret.toLowerCase()]);
    expect(code).toBe(0);
    const token = out.trim();
    expect(token).toMatch(/^\d{6}$/);
    expect((await verify({ secret, token })).valid).toBe(true);
  });

  it('refuses a missing or non-base32 key with the usage exit code', async () => {
    expect((await run(['totp', 'code'])).code).toBe(2);
    expect((await run(['totp', 'code', '--key', 'not a key!'])).code).toBe(2);
  });
});

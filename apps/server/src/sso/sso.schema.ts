import { z } from 'zod';

const claim = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_:.\-/]{1,100}$/, 'must be a claim name');

/** An issuer must be https, except on the loopback (a provider running on this machine). */
export const Issuer = z.url('must be an http(s) URL').refine((u) => {
  // Refinements run even when the URL check failed: a text that is no URL is simply refused.
  if (!URL.canParse(u)) return false;
  const url = new URL(u);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
}, 'must be an https URL (http only on the loopback)');

export const CreateProviderBody = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  issuer: Issuer,
  clientId: z.string().trim().min(1, 'is required').max(300),
  clientSecret: z.string().min(1, 'is required').max(1000),
  organizationIds: z.array(z.uuid()).min(1, 'name at least one organization').max(100),
  staffIdClaim: claim.default('employee_number'),
  emailClaim: claim.default('email'),
  scopes: z
    .string()
    .trim()
    .regex(/^openid( [A-Za-z0-9_:.\-/]+)*$/, 'must start with openid, separated by spaces')
    .default('openid email profile'),
  enabled: z.boolean().default(true),
});

export const UpdateProviderBody = CreateProviderBody.partial();

export const Provider = z
  .object({
    id: z.string(),
    name: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    organizationIds: z.array(z.string()),
    staffIdClaim: z.string(),
    emailClaim: z.string(),
    scopes: z.string(),
    enabled: z.boolean(),
    redirectUri: z.string(),
  })
  .meta({ id: 'OidcProvider' });

export const PublicProvider = z
  .object({ id: z.string(), name: z.string(), organizationCodes: z.array(z.string()) })
  .meta({ id: 'SignInProvider' });

export const OrganizationSignIn = z
  .object({
    organizationId: z.string(),
    code: z.string(),
    name: z.string(),
    localPasswords: z.boolean(),
    providers: z.array(z.string()),
  })
  .meta({ id: 'OrganizationSignIn' });

import type { Schemas } from '../../schema.ts';

/** What the identity administration page reads from the API. */
export type Provider = Schemas['OidcProvider'];
export type OrganizationSignIn = Schemas['OrganizationSignIn'];
export type ScimToken = Schemas['ScimToken'];

export const ORGS = ['sso-organizations'];
export const PROVIDERS = ['sso-providers-admin'];
export const SCIM = ['scim-tokens'];

/** What the identity administration page reads from the API. */
export interface Provider {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  organizationIds: string[];
  staffIdClaim: string;
  emailClaim: string;
  enabled: boolean;
}
export interface OrganizationSignIn {
  organizationId: string;
  code: string;
  name: string;
  localPasswords: boolean;
  providers: string[];
}
export interface ScimToken {
  id: string;
  organizationCode: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  token?: string;
}

export const ORGS = ['sso-organizations'];
export const PROVIDERS = ['sso-providers-admin'];
export const SCIM = ['scim-tokens'];

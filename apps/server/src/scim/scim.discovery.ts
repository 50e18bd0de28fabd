import { ENTERPRISE_USER, CORE_USER, LIST_RESPONSE } from './scim.service.ts';

const attr = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

/** RFC 7643 §5: what this service provider supports. */
export function serviceProviderConfig(base: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: `${base}/api/docs`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description:
          'A token per organization, created by a system administrator (web, API or `fieldsafe scim token`)',
        primary: true,
      },
    ],
    meta: {
      resourceType: 'ServiceProviderConfig',
      location: `${base}/scim/v2/ServiceProviderConfig`,
    },
  };
}

export function userResourceType(base: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'A person who signs in to Fieldsafe',
    schema: CORE_USER,
    schemaExtensions: [{ schema: ENTERPRISE_USER, required: false }],
    meta: { resourceType: 'ResourceType', location: `${base}/scim/v2/ResourceTypes/User` },
  };
}

export function schemas(base: string) {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: CORE_USER,
      name: 'User',
      description: 'User account',
      attributes: [
        attr('userName', { required: true, uniqueness: 'server', description: 'E-mail address' }),
        attr('externalId', { caseExact: true }),
        attr('displayName'),
        {
          ...attr('name', { type: 'complex' }),
          subAttributes: [attr('givenName'), attr('familyName')],
        },
        {
          ...attr('emails', { type: 'complex', multiValued: true, mutability: 'readOnly' }),
          subAttributes: [attr('value'), attr('type'), attr('primary', { type: 'boolean' })],
        },
        attr('active', { type: 'boolean' }),
      ],
      meta: { resourceType: 'Schema', location: `${base}/scim/v2/Schemas/${CORE_USER}` },
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: ENTERPRISE_USER,
      name: 'EnterpriseUser',
      description: 'Enterprise user: staff id and organization',
      attributes: [
        attr('employeeNumber', { description: 'Staff id, unique within the organization' }),
        attr('organization', { description: "Code of the token's organization" }),
      ],
      meta: { resourceType: 'Schema', location: `${base}/scim/v2/Schemas/${ENTERPRISE_USER}` },
    },
  ];
}

export const listOf = (items: unknown[]) => ({
  schemas: [LIST_RESPONSE],
  totalResults: items.length,
  startIndex: 1,
  itemsPerPage: items.length,
  Resources: items,
});

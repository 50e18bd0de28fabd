import { z } from 'zod';

export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** An error answered in SCIM's own format (RFC 7644 §3.12). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    detail: string,
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export function scimErrorBody(status: number, detail: string, scimType?: string) {
  return {
    schemas: [ERROR_SCHEMA],
    status: String(status),
    ...(scimType ? { scimType } : {}),
    detail,
  };
}

/** What Fieldsafe keeps of a SCIM user. */
export interface ScimUserState {
  userName: string;
  externalId?: string;
  givenName?: string;
  familyName?: string;
  displayName?: string;
  active: boolean;
  employeeNumber?: string;
}

const text = (max: number) => z.string().trim().min(1).max(max);
/** Directories send booleans, and some (Entra ID) the strings "True"/"False". */
const flag = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i)
    .transform((s) => s.toLowerCase() === 'true'),
]);
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

// Directories send many attributes Fieldsafe does not keep (addresses, phone numbers …): the
// objects are loose, the attributes kept are checked.
const UserBody = z.looseObject({
  schemas: z.array(z.string()).optional(),
  userName: text(320),
  externalId: text(200).optional(),
  displayName: text(300).optional(),
  active: flag.optional(),
  name: z
    .looseObject({ givenName: text(200).optional(), familyName: text(200).optional() })
    .optional(),
  [ENTERPRISE]: z
    .looseObject({
      employeeNumber: text(100).optional(),
      organization: text(100).optional(),
    })
    .optional(),
});

function issuePath(issue: z.core.$ZodIssue) {
  return issue.path.map(String).join('.') || '(body)';
}

/** A create or PUT body as the state to keep; `organization`, when given, must be the token's. */
export function parseUser(body: unknown, organizationCode: string): ScimUserState {
  const parsed = UserBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScimError(
      400,
      'invalidValue',
      issue ? `${issuePath(issue)}: ${issue.message}` : 'invalid body',
    );
  }
  const b = parsed.data;
  return checkState(
    {
      userName: b.userName.toLowerCase(),
      externalId: b.externalId,
      givenName: b.name?.givenName,
      familyName: b.name?.familyName,
      displayName: b.displayName,
      active: b.active ?? true,
      employeeNumber: b[ENTERPRISE]?.employeeNumber,
    },
    organizationCode,
    b[ENTERPRISE]?.organization,
  );
}

function checkState(s: ScimUserState, organizationCode: string, organization?: string) {
  if (!EMAIL.test(s.userName)) {
    throw new ScimError(400, 'invalidValue', 'userName: must be an e-mail address');
  }
  if (organization !== undefined && organization.toLowerCase() !== organizationCode.toLowerCase()) {
    throw new ScimError(
      400,
      'invalidValue',
      `${ENTERPRISE}:organization: this token provisions ${organizationCode} only`,
    );
  }
  return s;
}

const PatchBody = z.looseObject({
  schemas: z.array(z.string()).optional(),
  Operations: z
    .array(
      z.looseObject({
        op: z.string().regex(/^(add|replace|remove)$/i, 'must be add, replace or remove'),
        path: z.string().max(300).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1)
    .max(100),
});

type Setter = (s: ScimUserState, value: unknown, remove: boolean) => ScimUserState;

const str = (v: unknown, path: string): string => {
  if (typeof v !== 'string' || v.trim() === '' || v.length > 320) {
    throw new ScimError(400, 'invalidValue', `${path}: must be a non-empty text`);
  }
  return v.trim();
};

const SETTERS: Record<string, Setter> = {
  username: (s, v) => ({ ...s, userName: str(v, 'userName').toLowerCase() }),
  externalid: (s, v, rm) => ({ ...s, externalId: rm ? undefined : str(v, 'externalId') }),
  displayname: (s, v, rm) => ({ ...s, displayName: rm ? undefined : str(v, 'displayName') }),
  'name.givenname': (s, v, rm) => ({ ...s, givenName: rm ? undefined : str(v, 'name.givenName') }),
  'name.familyname': (s, v, rm) => ({
    ...s,
    familyName: rm ? undefined : str(v, 'name.familyName'),
  }),
  active: (s, v, rm) => {
    if (rm) return { ...s, active: false };
    const parsed = flag.safeParse(v);
    if (!parsed.success) throw new ScimError(400, 'invalidValue', 'active: must be true or false');
    return { ...s, active: parsed.data };
  },
  [`${ENTERPRISE}:employeenumber`.toLowerCase()]: (s, v, rm) => ({
    ...s,
    employeeNumber: rm ? undefined : str(v, 'employeeNumber'),
  }),
};

/** Applies one operation without a path: its value is an object of attributes. */
function applyObject(s: ScimUserState, value: unknown, organizationCode: string): ScimUserState {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ScimError(400, 'invalidValue', 'value: must be an object when there is no path');
  }
  let next = s;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const k = key.toLowerCase();
    if (k === 'name' && v && typeof v === 'object') {
      for (const [nk, nv] of Object.entries(v as Record<string, unknown>)) {
        const setter = SETTERS[`name.${nk.toLowerCase()}`];
        if (setter) next = setter(next, nv, false);
      }
    } else if (k === ENTERPRISE.toLowerCase() && v && typeof v === 'object') {
      const ext = v as Record<string, unknown>;
      if (ext.employeeNumber !== undefined) {
        next = { ...next, employeeNumber: str(ext.employeeNumber, 'employeeNumber') };
      }
      if (ext.organization !== undefined) {
        checkState(next, organizationCode, str(ext.organization, 'organization'));
      }
    } else {
      const setter = SETTERS[k];
      if (setter) next = setter(next, v, false);
    }
  }
  return next;
}

/** A PatchOp body (RFC 7644 §3.5.2) as a function from the current state to the next. */
export function parsePatch(
  body: unknown,
  organizationCode: string,
): (s: ScimUserState) => ScimUserState {
  const parsed = PatchBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScimError(
      400,
      'invalidSyntax',
      issue ? `${issuePath(issue)}: ${issue.message}` : 'invalid body',
    );
  }
  return (start) => {
    let s = start;
    for (const op of parsed.data.Operations) {
      const kind = op.op.toLowerCase();
      if (!op.path) {
        if (kind === 'remove') throw new ScimError(400, 'noTarget', 'remove needs a path');
        s = applyObject(s, op.value, organizationCode);
        continue;
      }
      const path = op.path.toLowerCase();
      if (path === `${ENTERPRISE}:organization`.toLowerCase()) {
        checkState(s, organizationCode, str(op.value, 'organization'));
        continue;
      }
      const setter = SETTERS[path === 'emails[type eq "work"].value' ? 'username' : path];
      if (!setter) throw new ScimError(400, 'invalidPath', `path ${op.path} is not supported`);
      if (kind === 'remove' && path === 'username') {
        throw new ScimError(400, 'mutability', 'userName cannot be removed');
      }
      s = setter(s, op.value, kind === 'remove');
    }
    return checkState(s, organizationCode);
  };
}

/** `userName eq "x"` or `externalId eq "x"` (RFC 7644 §3.4.2.2); anything else is refused. */
export function parseFilter(
  filter: string | undefined,
): { attribute: 'userName' | 'externalId'; value: string } | null {
  if (filter === undefined || filter.trim() === '') return null;
  const m = /^\s*(userName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!m?.[1] || m[2] === undefined) {
    throw new ScimError(
      400,
      'invalidFilter',
      'filter: only userName eq "…" and externalId eq "…" are supported',
    );
  }
  const attribute = m[1].toLowerCase() === 'username' ? 'userName' : 'externalId';
  return { attribute, value: m[2].replace(/\\(.)/g, '$1') };
}

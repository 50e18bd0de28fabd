import type { Permission } from './permissions.ts';
import { can, type Actor, type RecordKeys } from './policy.ts';

/**
 * Information-sharing classification of records (SPEC, "Across everything"). The IASMN asks for
 * protocols that share risk information "without violating confidentiality" [000 §16] and that
 * say what may be released outside the system [001 §32–33].
 */
export const CLASSIFICATIONS = ['public', 'internal', 'restricted', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The sensitive record kinds that carry a classification besides incidents. */
export const CLASSIFIED_KINDS = [
  'risk_assessment',
  'security_plan',
  'compliance_finding',
  'crisis_log',
] as const;
export type ClassifiedKind = (typeof CLASSIFIED_KINDS)[number];

/** Who reads and who manages a kind of record (any of these), in the record's scope. */
export interface ClassifiedPermissions {
  read: Permission;
  manage: readonly Permission[];
}

export interface ClassifiedKindRule extends ClassifiedPermissions {
  /** The level a new record gets when its author says nothing. */
  defaultLevel: Classification;
}

/**
 * Per kind: the permissions the levels refer to, and the default. Every kind defaults to
 * `restricted` (its readers before classification existed); personnel still read the security
 * plans they are asked to acknowledge, whatever the plan's level.
 */
export const CLASSIFIED_KIND_RULES: Record<ClassifiedKind, ClassifiedKindRule> = {
  // The CSA writes assessments and the DO accepts their risks [000 §9a]: both manage them.
  risk_assessment: {
    read: 'risk.read',
    manage: ['risk.write', 'risk.accept'],
    defaultLevel: 'restricted',
  },
  security_plan: {
    read: 'preparedness.read',
    manage: ['preparedness.manage'],
    defaultLevel: 'restricted',
  },
  compliance_finding: {
    read: 'moss.read',
    manage: ['compliance.manage'],
    defaultLevel: 'restricted',
  },
  crisis_log: { read: 'crisis.read', manage: ['crisis.declare'], defaultLevel: 'restricted' },
};

/** Incidents follow the same levels with their own permissions. */
export const INCIDENT_PERMISSIONS: ClassifiedPermissions = {
  read: 'incident.read',
  manage: ['incident.manage'],
};

/** What reading a level takes: anyone signed in, one's home country or a permission, a permission. */
export type LevelRequirement =
  | { kind: 'anyone' }
  | { kind: 'home-country-or'; permission: Permission }
  | { kind: 'any-permission'; permissions: readonly Permission[] };

/**
 * The information-sharing rule: public — every signed-in user (and partners it is shared with);
 * internal — also everyone whose duty station is in the record's country; restricted — those who
 * read the kind there (security professionals, DO, SMT); confidential — those who manage it there.
 */
export function levelRequirement(
  level: Classification,
  p: ClassifiedPermissions,
): LevelRequirement {
  switch (level) {
    case 'public':
      return { kind: 'anyone' };
    case 'internal':
      return { kind: 'home-country-or', permission: p.read };
    case 'restricted':
      return { kind: 'any-permission', permissions: [p.read] };
    case 'confidential':
      return { kind: 'any-permission', permissions: p.manage };
  }
}

/** May this actor read a record of this level with these keys? */
export function mayReadClassified(
  actor: Actor,
  level: Classification,
  keys: RecordKeys,
  p: ClassifiedPermissions,
): boolean {
  const r = levelRequirement(level, p);
  switch (r.kind) {
    case 'anyone':
      return true;
    case 'home-country-or':
      return (
        (!!keys.countryId && actor.homeCountryId === keys.countryId) ||
        can(actor, r.permission, keys)
      );
    case 'any-permission':
      return r.permissions.some((permission) => can(actor, permission, keys));
  }
}

export function isClassification(v: string): v is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(v);
}

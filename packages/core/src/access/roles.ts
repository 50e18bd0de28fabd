/**
 * The actors of the Framework for Accountability (seed 002, Annex B and its annex) that
 * Fieldsafe records as appointments, and the scope each appointment is held at.
 */
export const APPOINTMENT_ROLES = [
  'DO',
  'DO_AI',
  'SMT_MEMBER',
  'ASC',
  'CSA',
  'DEPUTY_SA',
  'CSO',
  'CSFP',
  'SASO',
  'LSA',
  'WARDEN',
  'HQ_SFP',
  'AGENCY_REP',
  'EXECUTIVE_HEAD',
] as const;

export type AppointmentRole = (typeof APPOINTMENT_ROLES)[number];

export function isAppointmentRole(value: string): value is AppointmentRole {
  return (APPOINTMENT_ROLES as readonly string[]).includes(value);
}

/**
 * Where an appointment applies:
 * - `country`: the country, or one designated area of it when the appointment names an area;
 * - `area`: one area of a country (Area Security Coordinator);
 * - `zone`: one warden zone;
 * - `organization-country`: one organization in one country (representatives, single-agency officers);
 * - `organization`: one organization everywhere (executive heads, HQ security focal points).
 */
export type RoleScopeKind = 'country' | 'area' | 'zone' | 'organization-country' | 'organization';

export const ROLE_SCOPE: Record<AppointmentRole, RoleScopeKind> = {
  DO: 'country',
  DO_AI: 'country',
  SMT_MEMBER: 'country',
  CSA: 'country',
  DEPUTY_SA: 'country',
  CSO: 'country',
  CSFP: 'country',
  LSA: 'country',
  ASC: 'area',
  WARDEN: 'zone',
  SASO: 'organization-country',
  AGENCY_REP: 'organization-country',
  HQ_SFP: 'organization',
  EXECUTIVE_HEAD: 'organization',
};

export const ROLE_LABELS: Record<AppointmentRole, { en: string; fr: string }> = {
  DO: { en: 'Designated Official', fr: 'Responsable désigné' },
  DO_AI: { en: 'Designated Official ad interim', fr: 'Responsable désigné par intérim' },
  SMT_MEMBER: {
    en: 'Security Management Team member',
    fr: 'Membre de l’équipe de coordination du dispositif de sécurité',
  },
  ASC: { en: 'Area Security Coordinator', fr: 'Coordonnateur de la sécurité de zone' },
  CSA: {
    en: 'Chief Security Adviser / Security Adviser',
    fr: 'Conseiller principal / conseiller pour la sécurité',
  },
  DEPUTY_SA: { en: 'Deputy Security Adviser', fr: 'Conseiller adjoint pour la sécurité' },
  CSO: { en: 'Chief Security Officer (mission)', fr: 'Chef de la sécurité (mission)' },
  CSFP: { en: 'Country Security Focal Point', fr: 'Point focal pour la sécurité dans le pays' },
  SASO: { en: 'Single-Agency Security Officer', fr: 'Agent de sécurité d’une organisation' },
  LSA: { en: 'Local Security Assistant', fr: 'Assistant local à la sécurité' },
  WARDEN: { en: 'Warden', fr: 'Chef d’îlot' },
  HQ_SFP: {
    en: 'Senior Security Manager / HQ Security Focal Point',
    fr: 'Responsable de la sécurité au siège',
  },
  AGENCY_REP: { en: 'Representative of an organization', fr: 'Représentant d’une organisation' },
  EXECUTIVE_HEAD: { en: 'Executive Head', fr: 'Chef de secrétariat' },
};

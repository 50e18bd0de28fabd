/**
 * Generated from the server's OpenAPI document by `npm run api-types`: do not edit.
 */
export interface paths {
  '/api/advisories/{id}.cap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A travel advisory as an OASIS CAP 1.2 alert (application/cap+xml) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Appointments I may see (active by default) */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          personId?: string;
          role?:
            | 'DO'
            | 'DO_AI'
            | 'SMT_MEMBER'
            | 'ASC'
            | 'CSA'
            | 'DEPUTY_SA'
            | 'CSO'
            | 'CSFP'
            | 'SASO'
            | 'LSA'
            | 'WARDEN'
            | 'HQ_SFP'
            | 'AGENCY_REP'
            | 'EXECUTIVE_HEAD';
          status?: 'upcoming' | 'active' | 'ended' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Appointment'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Appoint a person to a Framework role (in writing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            appointedBy?: string | null;
            /** @default null */
            areaId?: string | null;
            /** @default null */
            countryId?: string | null;
            /** @default false */
            csaAdInterim?: boolean;
            /** @default null */
            endsOn?: string | null;
            /** @default null */
            letterDate?: string | null;
            /** @default null */
            letterDocumentId?: string | null;
            letterReference?: string | null;
            /** @default null */
            organizationId?: string | null;
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role:
              | 'DO'
              | 'DO_AI'
              | 'SMT_MEMBER'
              | 'ASC'
              | 'CSA'
              | 'DEPUTY_SA'
              | 'CSO'
              | 'CSFP'
              | 'SASO'
              | 'LSA'
              | 'WARDEN'
              | 'HQ_SFP'
              | 'AGENCY_REP'
              | 'EXECUTIVE_HEAD';
            /** @default null */
            smtSeat?: ('military_component' | 'police_component') | null;
            startsOn: string;
            termsOfReference?: string | null;
            /** @default null */
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Appointment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One appointment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Appointment'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change or end an appointment */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            appointedBy?: string | null;
            csaAdInterim?: boolean;
            endsOn?: string | null;
            letterDate?: string | null;
            letterDocumentId?: string | null;
            letterReference?: string | null;
            smtSeat?: ('military_component' | 'police_component') | null;
            startsOn?: string;
            termsOfReference?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Appointment'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/appointments/{id}/ad-interim-confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The DO confirms in writing a single-agency security officer acting as CSA/SA ad interim: when, the reference [002 Annex B ¶24] */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            confirmedOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Appointment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an area of a country (capital, outside the capital, designated area) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            countryId: string;
            /** @enum {string} */
            kind: 'capital' | 'outside_capital' | 'designated_area';
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Area'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/areas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an area */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind?: 'capital' | 'outside_capital' | 'designated_area';
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Area'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest first (system administrators) */
    get: {
      parameters: {
        query?: {
          actor?: string;
          before?: number;
          entity?: string;
          entityId?: string;
          from?: string;
          limit?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['AuditRow'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify the audit hash chain */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checked: number;
              firstBad?: {
                reason: string;
                seq: number;
              };
              ok: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their appointments in force */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me/locale': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set my language (ar, en, es, fr, ru, zh): the default of the web app and of the messages sent to me */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale: 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password (ends my other sessions) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove my second factor (not when my roles require one) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor/challenge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pass the second factor in this session with a TOTP code or a recovery code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            recoveryCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodesLeft: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace my recovery codes (the old ones stop working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryCodes'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor/totp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the TOTP factor with a first code; returns ten recovery codes (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryCodes'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start setting up a TOTP second factor: a secret and an otpauth:// URI for the app */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TotpSetup'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sso/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start signing in with a provider: redirects to the provider's sign-in page */
    get: {
      parameters: {
        query?: {
          returnTo?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sso/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's redirect back: opens a session and returns to the app (errors: /login?ssoError=…) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sso/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on providers, for the sign-in page (no sign-in needed) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['SignInProvider'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My personal API tokens */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ApiToken'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a personal API token (shown once) for `Authorization: Bearer` */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            expiresAt?: unknown | null;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              expiresAt: string | null;
              id: string;
              lastUsedAt: string | null;
              name: string;
              prefix: string;
              revokedAt: string | null;
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a personal API token */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/broadcasts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Broadcast to a scope through the delivery queue, with the warden cascade */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areaId?: string | null;
            body: string;
            /**
             * @default [
             *       "in_app",
             *       "email",
             *       "sms"
             *     ]
             */
            channels?: ('in_app' | 'email' | 'sms')[];
            /** Format: uuid */
            countryId: string;
            crisisId?: string | null;
            organizationId?: string | null;
            title: string;
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BroadcastResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/broadcasts/{id}/delivery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery status of a broadcast */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DeliveryStats'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/broadcasts/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Before sending: recipients, SMS encoding and segments, estimated cost per country (nothing is sent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areaId?: string | null;
            body: string;
            /**
             * @default [
             *       "in_app",
             *       "email",
             *       "sms"
             *     ]
             */
            channels?: ('in_app' | 'email' | 'sms')[];
            /** Format: uuid */
            countryId: string;
            crisisId?: string | null;
            organizationId?: string | null;
            title?: string;
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BroadcastPreview'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** System-wide and local cost-shared budgets I may see */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          kind?: 'system' | 'local';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['BudgetSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/budgets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A budget with its apportionment (current version, or ?version=N) and history */
    get: {
      parameters: {
        query?: {
          version?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Budget'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a budget; new inputs make a new version with a recomputed apportionment */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            headcounts?: {
              headcount: number;
              organizationCode: string;
            }[];
            headcountsCsv?: string;
            minimumDollars?: number;
            notes?: string | null;
            reason?: string;
            refreshFromRegistry?: boolean;
            title?: string;
            totalDollars?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Budget'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/budgets/{id}/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The apportionment as CSV: organization,headcount,share_percent,minimum_applied,amount */
    get: {
      parameters: {
        query?: {
          version?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/budgets/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compare two budgets (e.g. two bienniums) per organization */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BudgetComparison'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/budgets/local': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a duty station’s cost-shared budget, split pro rata by personnel (entered, or the registry’s active personnel) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            biennium: string;
            /** Format: uuid */
            dutyStationId: string;
            headcounts?: {
              headcount: number;
              organizationCode: string;
            }[];
            headcountsCsv?: string;
            notes?: string | null;
            title: string;
            totalDollars: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Budget'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/budgets/system': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the jointly financed budget of a biennium from the CEB headcount census (list, or CSV "organization,headcount" by organization code) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            biennium: string;
            headcounts?: {
              headcount: number;
              organizationCode: string;
            }[];
            headcountsCsv?: string;
            minimumDollars: number;
            notes?: string | null;
            title: string;
            totalDollars: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Budget'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/checkin-schedules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask a person on approved travel or working alone to check in every N minutes (themself, or whoever accounts for them) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endsAt?: unknown | null;
            everyMinutes: number;
            /** @default 30 */
            graceMinutes?: number;
            label: string;
            personId?: string | null;
            /** @enum {string} */
            reason: 'travel' | 'working_alone';
            startsAt?: unknown | null;
            travelRequestId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinSchedule'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/checkin-schedules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a scheduled check-in (label, times, interval, grace): the person, or whoever accounts for them */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endsAt?: unknown;
            everyMinutes?: number;
            graceMinutes?: number;
            label?: string;
            startsAt?: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinSchedule'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/checkin-schedules/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a scheduled check-in: no more due times or alerts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinSchedule'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/checkin-schedules/{id}/checkin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check in now (answers the current due time) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinSchedule'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/checkin-schedules/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My scheduled check-ins with their state (due, missed …) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinSchedule'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/checkin-schedules/missed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Missed scheduled check-ins of the people I account for (warden, ASC, CSA homes) */
    get: {
      parameters: {
        query?: {
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canEdit: boolean;
              };
              dueAt: string | null;
              /** Format: date-time */
              endsAt: string;
              everyMinutes: number;
              graceMinutes: number;
              id: string;
              label: string;
              lastCheckinAt: string | null;
              missedAt: string | null;
              name: string;
              nextDueAt: string | null;
              personId: string;
              reason: string;
              /** Format: date-time */
              startsAt: string;
              state: string;
              status: string;
              travelRequestId: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/checkin/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer a crisis check-in with the link’s token (no sign-in): safe or need help */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            clientRef?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            note?: string | null;
            /** @enum {string} */
            status: 'safe' | 'need_help';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clearance-sanctions/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a clearance sanction */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endsOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClearanceSanction'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compliance-checklists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Answer items of an actor’s checklist: compliant, partly, not compliant or not applicable, with a note (required for a gap) and whether verified on site */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              /** @enum {string} */
              answer: 'compliant' | 'partly' | 'not_compliant' | 'not_applicable';
              item: string;
              /** @default null */
              note?: string | null;
              /** @default false */
              verified?: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceChecklist'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/compliance-findings/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a finding: refused (409) unless verified by evidence or a named verifier */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            closedOn: string;
            /** @default [] */
            evidence?: string[];
            verifiedBy?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceMission'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compliance-missions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One compliance mission */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceMission'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record the briefing of the DO/SMT, the report to the focal points and the return visit */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            briefedDoSmtOn?: string | null;
            reportedToFocalPointsOn?: string | null;
            returnVisitOn?: string | null;
            summary?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceMission'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/compliance-missions/{id}/checklists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The checklists a mission filled, one per actor met, with their summary, by actor category */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canManage: boolean;
              };
              items: components['schemas']['ComplianceChecklist'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Add an actor met by the mission, with the default checklist of their category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            actorCategory:
              | 'do'
              | 'smt'
              | 'security_adviser'
              | 'organization'
              | 'area_coordinator'
              | 'wardens'
              | 'staff';
            actorName: string;
            /** @default null */
            organizationId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceChecklist'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compliance-missions/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a finding (owner, deadline, severity) to a mission */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            actorCategory:
              | 'do'
              | 'smt'
              | 'security_adviser'
              | 'organization'
              | 'area_coordinator'
              | 'wardens'
              | 'staff';
            /**
             * @default restricted
             * @enum {string}
             */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            deadline: string;
            /** @default null */
            organizationId?: string | null;
            owner: string;
            /** @enum {string} */
            severity: 'minor' | 'major' | 'critical';
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceMission'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compliance/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The default checklist per actor category (duties of the Framework for Accountability), in six languages */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DefaultComplianceChecklist'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compliance/system-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** System-wide implementation rate of compliance recommendations, per country and overall, per year (headquarters roles; 403 otherwise) */
    get: {
      parameters: {
        query?: {
          fromYear?: number;
          toYear?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceSystemRate'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compliance/system-rate.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The system-wide implementation rate as CSV for the IASMN (one line per country and year) */
    get: {
      parameters: {
        query?: {
          fromYear?: number;
          toYear?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ISO 3166 countries and territories, with UN presence */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Country'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{country}/advisories.cap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Atom feed of a country’s advisories in force or coming; each entry links to its CAP 1.2 alert */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          country: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/appraisal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security duties for the performance appraisal: per appointment holder in the country, the year’s measured indicators of their duties (DO for their country; headquarters for their organization) */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Appraisal'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/appraisal.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same appraisal indicators as CSV (one line per holder and indicator) */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/clearance-sanctions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organizations whose staff are denied security clearance in a country */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ClearanceSanction'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Place an organization under a clearance sanction in a country */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decidedBy: string;
            /** @default null */
            endsOn?: string | null;
            /** Format: uuid */
            organizationId: string;
            reason: string;
            startsOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClearanceSanction'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/compliance-missions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compliance missions to a country with their findings, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canManage: boolean;
              };
              items: components['schemas']['ComplianceMission'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a compliance mission */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            briefedDoSmtOn?: string | null;
            /** @default null */
            reportedToFocalPointsOn?: string | null;
            /** @default null */
            returnVisitOn?: string | null;
            /** @default null */
            summary?: string | null;
            team: string;
            visitedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceMission'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/compliance-rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Country compliance rating, escalation of open findings, implementation rate */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceRating'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/host-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The host country agreements of a country, with their flags */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CountryHostAgreements'];
          };
        };
      };
    };
    put?: never;
    /** Record a host country agreement of an organization (DO or CSA) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            annexSummary?: string | null;
            /** @default null */
            documentReference?: string | null;
            /** @default null */
            lastReviewedOn?: string | null;
            /** Format: uuid */
            organizationId: string;
            parties: string;
            /** @default null */
            reviewDueOn?: string | null;
            /** @default false */
            securityAnnex?: boolean;
            /** @default null */
            signedOn?: string | null;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HostCountryAgreement'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/invariants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accountability invariants of a country (SPEC §1): what is missing or out of date */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvariantReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/location-activations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A country’s precise-location activations, newest first, and the CSA’s delegation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CountryLocationActivations'];
          };
        };
      };
    };
    put?: never;
    /** Activate precise location for an area or the whole country (DO; CSA by delegation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /** Format: date-time */
            endsAt: string;
            reason: string;
            /** Format: date-time */
            startsAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LocationActivation'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/location-delegation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Delegate activating precise location to the CSA, or take it back (DO) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            delegated: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CountryLocationActivations'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/moss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The catalogue with what the SMT/DO adopted in this country */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canAdopt: boolean;
              };
              items: components['schemas']['MossAdoption'][];
            };
          };
        };
      };
    };
    /** Adopt MOSS measures for a country (DO, DO a.i., SMT) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decidedBy: string;
            decidedOn: string;
            measures: {
              applies: boolean;
              code: string;
              /** @default null */
              justification?: string | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canAdopt: boolean;
              };
              items: components['schemas']['MossAdoption'][];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/moss/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** MOSS compliance rate per duty station, organization and for the country */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MossCompliance'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/moss/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status of every adopted measure per duty station and organization: filtered by area, duty station, organization, MOSS area and status; paged */
    get: {
      parameters: {
        query?: {
          areaId?: string;
          dutyStationId?: string;
          mossArea?:
            | 'telecommunications'
            | 'medical'
            | 'vehicles'
            | 'premises'
            | 'training_and_briefings'
            | 'residential';
          organizationId?: string;
          page?: number;
          pageSize?: number;
          status?: 'implemented' | 'partially_implemented' | 'not_implemented' | 'not_applicable';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['MossStatus'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/non-compliance-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Non-compliance cases of a country (optionally of one year: the yearly report) */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['NonComplianceCase'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a case of non-fulfilment of security responsibilities */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            actionTaken?: string | null;
            occurredOn: string;
            /** @default null */
            organizationId?: string | null;
            policy: string;
            /** @enum {string} */
            stage:
              | 'negative_impact_on_operations'
              | 'loss_or_damage_to_property'
              | 'serious_injury_or_loss_of_life';
            who: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NonComplianceCase'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/non-compliance-report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Yearly report of non-compliance cases as CSV (one row per case) */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/non-compliance-report.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Yearly report of non-compliance cases as print-ready HTML (save as PDF from the browser) */
    get: {
      parameters: {
        query: {
          lang?: 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
          year: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/peacekeeping-mission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record whether a peacekeeping mission is deployed in the country: its military and police heads then sit on the SMT [002 Annex B ¶16] */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            peacekeepingMission: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              peacekeepingMission: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/personnel-lists/{organizationId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm that an organization’s personnel list in a country is current */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          organizationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              confirmedAt: string;
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/risk/heatmap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risks per likelihood × impact cell, inherent and residual, of current assessments */
    get: {
      parameters: {
        query?: {
          areaId?: string;
          dutyStationId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskHeatMap'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/risk/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risk register: every risk of the current assessments, most pressing first */
    get: {
      parameters: {
        query?: {
          areaId?: string;
          dutyStationId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskRegister'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/risk/unassessed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Areas and duty stations of a country without a current assessment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['UnassessedLocation'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/road-safety-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The country's road-safety penalty rules (default: driving under the influence revokes) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoadSafetyPenaltyRules'];
          };
        };
      };
    };
    /** Set the country's road-safety penalty rules [003 ¶46–47] */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rules: {
              count: number;
              kinds: (
                'driving_under_influence' | 'speeding' | 'reckless_driving' | 'seat_belt' | 'other'
              )[];
              /** @default null */
              windowDays?: number | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoadSafetyPenaltyRules'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/security-levels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security level decisions of a country and its areas, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canRecord: boolean;
              };
              items: components['schemas']['SecurityLevelDecision'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a security level decision; flags the assessments of the place for review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            decidedBy: string;
            effectiveFrom: string;
            /** @default false */
            healthOnly?: boolean;
            level: string;
            reason: string;
            /** @default security_level_1_6 */
            scale?: string;
            /** @default null */
            whoConsultation?: string | null;
            /** @default null */
            whoConsultationReference?: string | null;
            /** @default null */
            whoConsultedOn?: string | null;
            /** @default null */
            whoConsultedThrough?: string | null;
            /** @default null */
            whoConsultedWith?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityLevelDecision'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/security-levels/in-force': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The security levels in force in a country, one per place (everyone at the duty station) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                areaId: string | null;
                areaName: string | null;
                effectiveFrom: string;
                level: string;
                scale: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/security-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The DO’s yearly security management plans of a country, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canEdit: boolean;
              };
              items: components['schemas']['SecurityManagementPlanSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Adopt the yearly security management plan with measurable indicators */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            indicators?: {
              description: string;
              /** @default null */
              met?: boolean | null;
              /** @default null */
              result?: string | null;
              target: string;
            }[];
            title: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityManagementPlan'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/slt-partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The SLT partners of a country, their MoU and flags (DO or CSA) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CountrySltPartners'];
          };
        };
      };
    };
    put?: never;
    /** Record an SLT partner with its MoU and what it is given (DO or CSA) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            contactEmail?: string | null;
            /** @default null */
            contactName?: string | null;
            /** @default null */
            homeCountry?: string | null;
            /** @default null */
            mouExpiresOn?: string | null;
            /** @default null */
            mouReference?: string | null;
            /** @default null */
            mouSignedOn?: string | null;
            name: string;
            /** @enum {string} */
            partnerType: 'NGO' | 'IGO';
            /** @default [] */
            sharedKinds?: (
              | 'security_levels'
              | 'incident_trends'
              | 'advisories'
              | 'risk_assessments'
              | 'security_plans'
              | 'crisis_logs'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SltPartner'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/smt-meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A country’s meetings of the SMT (default) or of the security cell chaired by the CSA (`body=security_cell`), newest first; flagged when no SMT meeting in the last `days` days */
    get: {
      parameters: {
        query?: {
          body?: 'smt' | 'security_cell';
          days?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CountrySmtMeetings'];
          };
        };
      };
    };
    put?: never;
    /** Record a meeting of the SMT or of the security cell (`body`): date, agenda, attending organizations, minutes and decisions, sent to DSS */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agenda: string;
            /** @default [] */
            attendeeIds?: string[];
            /**
             * @default smt
             * @enum {string}
             */
            body?: 'smt' | 'security_cell';
            heldOn: string;
            /** @default null */
            minutes?: string | null;
            /** @default null */
            sentToDssOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SmtMeeting'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/spot-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unannounced compliance spot checks in a country, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canManage: boolean;
              };
              items: components['schemas']['ComplianceSpotCheck'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a spot check: date, items checked, result (CSA, DO or headquarters) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            checkedBy: string;
            checkedOn: string;
            items: string[];
            /** @default null */
            missionId?: string | null;
            /** @default null */
            note?: string | null;
            /** @enum {string} */
            result: 'confirmed' | 'partly_confirmed' | 'not_confirmed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceSpotCheck'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/stress-counsellors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stress counsellors designated for a country */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDesignate: boolean;
              items: components['schemas']['StressCounsellor'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Designate a stress counsellor for a country, or for one organization in it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            endsOn?: string | null;
            /** @default null */
            note?: string | null;
            /** @default null */
            organizationId?: string | null;
            /** Format: uuid */
            personId: string;
            startsOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDesignate: boolean;
              items: components['schemas']['StressCounsellor'][];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/stress-support': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of a country’s stress support (sessions, people followed, overdue follow-ups); never names */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StressSupportSummary'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/stress-support/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The individual follow-up cases of a country: counsellors designated there only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groupSessions: components['schemas']['StressSupportSession'][];
              items: components['schemas']['StressSupportCase'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Open the follow-up of an affected staff or family member (counsellor) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            closedOn?: string | null;
            /** @default null */
            crisisId?: string | null;
            /** @default null */
            incidentId?: string | null;
            /** @default null */
            nextFollowUpOn?: string | null;
            /** @default null */
            notes?: string | null;
            openedOn: string;
            /** Format: uuid */
            personId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StressSupportCase'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/stress-support/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The crises and incidents of a country a counsellor attaches cases and sessions to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                at: string;
                id: string;
                /** @enum {string} */
                kind: 'crisis' | 'incident';
                title: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/stress-support/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a counselling session: individual or family (of a case), or group (of a crisis or incident) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            caseId?: string | null;
            /** @default null */
            crisisId?: string | null;
            heldOn: string;
            /** @default null */
            incidentId?: string | null;
            /** @enum {string} */
            kind: 'individual' | 'family' | 'group';
            /** @default null */
            notes?: string | null;
            participants: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StressSupportSession'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/countries/{id}/structure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Areas, duty stations, warden zones and premises of a country */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CountryStructure'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Crises I may see */
    get: {
      parameters: {
        query?: {
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Crisis'][];
          };
        };
      };
    };
    put?: never;
    /** Declare a crisis for an area or a whole country: everyone there is asked to check in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areaId?: string | null;
            /** Format: uuid */
            countryId: string;
            description?: string | null;
            reminderSchedule?: components['schemas']['ReminderScheduleInput'] | null;
            title: string;
            /** @default 72 */
            tokenHours?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Crisis'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One crisis */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Crisis'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status board: safe, need help, no answer — counts per zone and organization, and a page of the people (filter by status, zone, organization; pageSize=0 for the counts alone) */
    get: {
      parameters: {
        query?: {
          organizationId?: string;
          page?: number;
          pageSize?: number;
          status?: 'safe' | 'need_help' | 'no_answer';
          zoneId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CrisisBoard'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/call-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The call list: the people I account for (a warden: my zone), still silent first; filter by status or name, paged */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          status?: 'no_answer' | 'safe' | 'need_help';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/checkin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check in myself (signed in): safe or need help */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            clientRef?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            note?: string | null;
            /** @enum {string} */
            status: 'safe' | 'need_help';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CheckinResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a crisis (precise positions are erased) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Crisis'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/evacuation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Evacuation list: international staff and eligible dependants; local staff and visitors case by case; per-person decisions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canDecide: boolean;
                canTrack: boolean;
              };
              items: components['schemas']['EvacuationEntry'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live board counts as server-sent events (`event: board`) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Crisis log and timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CrisisLogEntry'][];
          };
        };
      };
    };
    put?: never;
    /** Record a decision (alternate work, relocation, evacuation) or a note */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            authority?: ('DO' | 'SECRETARY_GENERAL') | null;
            /**
             * @default restricted
             * @enum {string}
             */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            decidedBy?: string | null;
            /** @default false */
            exigent?: boolean;
            /** @enum {string} */
            kind: 'alternate_work' | 'relocation' | 'evacuation' | 'note';
            recommendedBy?: string | null;
            /** @default false */
            sltShareable?: boolean;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CrisisLogEntry'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/log/{entryId}/usg-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the report to the USG of a DO decision taken in exigent circumstances */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          entryId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reference: string;
            reportedAt?: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CrisisLogEntry'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/movements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide one person's evacuation or relocation (exceptional cases need a reason and, for local staff, the staff association) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decisionId?: string | null;
            destination?: string | null;
            exceptionalReason?: string | null;
            /** @enum {string} */
            measure: 'alternate_work' | 'relocation' | 'evacuation';
            /** Format: uuid */
            personId: string;
            staffAssociation?: string | null;
            staffAssociationConsultedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arrivedAt: string | null;
              decidedBy: string;
              decisionId: string | null;
              destination: string | null;
              exceptionalReason: string | null;
              measure: string;
              movedAt: string | null;
              staffAssociation: string | null;
              staffAssociationConsultedOn: string | null;
              /** @enum {string} */
              status: 'decided' | 'moved' | 'arrived';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/movements/{personId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a person moved, then arrived */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'moved' | 'arrived';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              arrivedAt: string | null;
              decidedBy: string;
              decisionId: string | null;
              destination: string | null;
              exceptionalReason: string | null;
              measure: string;
              movedAt: string | null;
              staffAssociation: string | null;
              staffAssociationConsultedOn: string | null;
              /** @enum {string} */
              status: 'decided' | 'moved' | 'arrived';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/people/{personId}/reach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record what a call found: reached safe, reached needing help, or no answer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** @enum {string} */
            outcome: 'safe' | 'need_help' | 'no_answer';
            /**
             * @default phone
             * @enum {string}
             */
            via?: 'phone' | 'radio' | 'in_person';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallListRow'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/{id}/people/{personId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a person as reached by phone, radio or in person */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
            /** @enum {string} */
            status: 'safe' | 'need_help';
            /** @enum {string} */
            via: 'phone' | 'radio' | 'in_person';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CrisisBoard'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/crises/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active crises asking me to check in, with my answer so far */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MyCheckin'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a document (e.g. a letter of appointment) as multipart/form-data: `file` (PDF, PNG, JPEG or text, 5 MB at most) and optionally `countryId` */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: uuid */
            countryId?: string;
            /**
             * Format: binary
             * @description PDF, PNG, JPEG or plain text, 5 MB at most; its filename is kept
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Document'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/drills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drills scheduled and held in my scope, newest first */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          kind?: 'evacuation' | 'quick' | 'relocation' | 'other';
          page?: number;
          pageSize?: number;
          status?: 'scheduled' | 'done';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DrillPage'];
          };
        };
      };
    };
    put?: never;
    /** Schedule a drill at a country, area or duty station */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /** Format: uuid */
            countryId: string;
            /** @default null */
            dutyStationId?: string | null;
            /** @enum {string} */
            kind: 'evacuation' | 'quick' | 'relocation' | 'other';
            /** @default null */
            scenario?: string | null;
            scheduledOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Drill'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/drills/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A drill */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Drill'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/drills/{id}/record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a held drill: start and end, participants, findings, follow-up actions */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            endedAt: string;
            findings: string;
            /** @default null */
            followUpActions?: string | null;
            /** @default [] */
            participantIds?: string[];
            /** Format: date-time */
            startedAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Drill'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/drills/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drills due per duty station of a country, from its area’s risk; overdue ones by default */
    get: {
      parameters: {
        query: {
          all?: 'true' | 'false';
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DrillsDueReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drivers of a country, their permission and violations */
    get: {
      parameters: {
        query: {
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Driver'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Register a staff member as a driver */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            personId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Driver'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/drivers/{id}/violations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a violation; revokes the permission to drive when the road-safety rules require it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            details?: string | null;
            /** @default null */
            incidentId?: string | null;
            /** @enum {string} */
            kind:
              'driving_under_influence' | 'speeding' | 'reckless_driving' | 'seat_belt' | 'other';
            occurredOn: string;
            /** @default null */
            vehicleId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              countryId: string;
              id: string;
              organizationId: string;
              permitStatus: string;
              personId: string;
              revokedOn: string | null;
              revokedReason: string | null;
              violations: {
                details: string | null;
                id: string;
                kind: string;
                occurredOn: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duty-stations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a duty station (headquarters or field) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            areaId: string;
            /** @enum {string} */
            kind: 'headquarters' | 'field';
            /** @default null */
            latitude?: number | null;
            /** @default null */
            longitude?: number | null;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DutyStation'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duty-stations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a duty station */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind?: 'headquarters' | 'field';
            latitude?: number | null;
            longitude?: number | null;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DutyStation'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/home': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What needs the signed-in person now: the sections their appointments and abilities call for */
    get: {
      parameters: {
        query?: {
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Home'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/host-agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an agreement: annex, review date, last review (DO or CSA) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            annexSummary?: string | null;
            documentReference?: string | null;
            lastReviewedOn?: string | null;
            parties?: string;
            reviewDueOn?: string | null;
            securityAnnex?: boolean;
            signedOn?: string | null;
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HostCountryAgreement'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/host-agreements/flagged': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agreements I may see whose review is overdue, undated, or without a security annex */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HostAgreementsFlagged'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incident-reviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record findings or complete a review */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            completedOn?: string | null;
            findings?: string | null;
            /** @enum {string} */
            status?: 'open' | 'completed';
            summary?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IncidentReview'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/incident-reviews/{id}/lessons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a lesson learned (a recommendation with owner and due date) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dueOn: string;
            owner: string;
            recommendation: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Lesson'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents I may see (scope and classification), newest first */
    get: {
      parameters: {
        query?: {
          category?:
            | 'FATALITY_VIOLENCE'
            | 'FATALITY_SAFETY'
            | 'INJURY_VIOLENCE'
            | 'INJURY_SAFETY'
            | 'ABDUCTION'
            | 'ROBBERY'
            | 'RESIDENCE_BREAK_IN'
            | 'AGGRAVATED_ASSAULT'
            | 'SEXUAL_ASSAULT'
            | 'BURGLARY_RESIDENCE'
            | 'INTIMIDATION'
            | 'HARASSMENT'
            | 'ARREST_DETENTION'
            | 'ROAD_TRAFFIC'
            | 'FIRE'
            | 'NATURAL_HAZARD'
            | 'CIVIL_UNREST'
            | 'OTHER_SAFETY'
            | 'OTHER_SECURITY';
          countryId?: string;
          from?: string;
          organizationId?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          status?: 'draft' | 'reported' | 'verified' | 'closed';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Incident'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Report an incident (or save a draft). A retry with the same clientRef returns the first report (200). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /** @enum {string} */
            category:
              | 'FATALITY_VIOLENCE'
              | 'FATALITY_SAFETY'
              | 'INJURY_VIOLENCE'
              | 'INJURY_SAFETY'
              | 'ABDUCTION'
              | 'ROBBERY'
              | 'RESIDENCE_BREAK_IN'
              | 'AGGRAVATED_ASSAULT'
              | 'SEXUAL_ASSAULT'
              | 'BURGLARY_RESIDENCE'
              | 'INTIMIDATION'
              | 'HARASSMENT'
              | 'ARREST_DETENTION'
              | 'ROAD_TRAFFIC'
              | 'FIRE'
              | 'NATURAL_HAZARD'
              | 'CIVIL_UNREST'
              | 'OTHER_SAFETY'
              | 'OTHER_SECURITY';
            /**
             * @default restricted
             * @enum {string}
             */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            /** @default null */
            clientRef?: string | null;
            /** Format: uuid */
            countryId: string;
            /** @default 0 */
            dependantsAffected?: number;
            /** @default null */
            dutyStationId?: string | null;
            /** @default 0 */
            fatalities?: number;
            /** @default 0 */
            injuries?: number;
            /** @default null */
            latitude?: number | null;
            /** @default null */
            longitude?: number | null;
            narrative: string;
            /** Format: date-time */
            occurredAt: string;
            /** @default null */
            organizationId?: string | null;
            /** @default 0 */
            partnersAffected?: number;
            /** @default [] */
            people?: {
              /** @enum {string} */
              kind: 'personnel' | 'dependant' | 'partner' | 'other';
              /** @default null */
              name?: string | null;
              /** @enum {string} */
              outcome:
                | 'unharmed'
                | 'injured'
                | 'killed'
                | 'abducted'
                | 'detained'
                | 'missing'
                | 'affected';
              /** @default null */
              personId?: string | null;
            }[];
            /** @default 0 */
            personnelAffected?: number;
            /** @default null */
            place?: string | null;
            /** @default true */
            submit?: boolean;
            /** @default UTC */
            timeZone?: string;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Incident'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Incident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One incident with affected people and its correction history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IncidentDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct an incident (the earlier version is kept, with the reason) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areaId?: string | null;
            /** @enum {string} */
            category?:
              | 'FATALITY_VIOLENCE'
              | 'FATALITY_SAFETY'
              | 'INJURY_VIOLENCE'
              | 'INJURY_SAFETY'
              | 'ABDUCTION'
              | 'ROBBERY'
              | 'RESIDENCE_BREAK_IN'
              | 'AGGRAVATED_ASSAULT'
              | 'SEXUAL_ASSAULT'
              | 'BURGLARY_RESIDENCE'
              | 'INTIMIDATION'
              | 'HARASSMENT'
              | 'ARREST_DETENTION'
              | 'ROAD_TRAFFIC'
              | 'FIRE'
              | 'NATURAL_HAZARD'
              | 'CIVIL_UNREST'
              | 'OTHER_SAFETY'
              | 'OTHER_SECURITY';
            /** @enum {string} */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            /** Format: uuid */
            countryId?: string;
            dependantsAffected?: number;
            dutyStationId?: string | null;
            fatalities?: number;
            injuries?: number;
            latitude?: number | null;
            longitude?: number | null;
            narrative?: string;
            /** Format: date-time */
            occurredAt?: string;
            organizationId?: string | null;
            partnersAffected?: number;
            personnelAffected?: number;
            place?: string | null;
            reason: string;
            timeZone?: string;
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Incident'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/incidents/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a file to an incident as multipart/form-data: `file` (PDF, PNG, JPEG or text, 5 MB at most); download with GET /api/documents/:id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /**
             * Format: binary
             * @description PDF, PNG, JPEG or plain text, 5 MB at most; its filename is kept
             */
            file: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Document'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Investigations and after-action reports of an incident, with lessons */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['IncidentReview'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Open an investigation or after-action report */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'investigation' | 'board_of_inquiry' | 'after_action';
            lead: string;
            openedOn: string;
            /** @default null */
            summary?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IncidentReview'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft, verify or close an incident */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            comment?: string | null;
            /** @enum {string} */
            status: 'draft' | 'reported' | 'verified' | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Incident'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/annual-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Major incidents of a year with their investigation, after-action report and open lessons */
    get: {
      parameters: {
        query: {
          countryId?: string;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AnnualReview'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export incidents as CSV */
    get: {
      parameters: {
        query?: {
          category?:
            | 'FATALITY_VIOLENCE'
            | 'FATALITY_SAFETY'
            | 'INJURY_VIOLENCE'
            | 'INJURY_SAFETY'
            | 'ABDUCTION'
            | 'ROBBERY'
            | 'RESIDENCE_BREAK_IN'
            | 'AGGRAVATED_ASSAULT'
            | 'SEXUAL_ASSAULT'
            | 'BURGLARY_RESIDENCE'
            | 'INTIMIDATION'
            | 'HARASSMENT'
            | 'ARREST_DETENTION'
            | 'ROAD_TRAFFIC'
            | 'FIRE'
            | 'NATURAL_HAZARD'
            | 'CIVIL_UNREST'
            | 'OTHER_SAFETY'
            | 'OTHER_SECURITY';
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/export.geojson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export incidents as RFC 7946 GeoJSON */
    get: {
      parameters: {
        query?: {
          category?:
            | 'FATALITY_VIOLENCE'
            | 'FATALITY_SAFETY'
            | 'INJURY_VIOLENCE'
            | 'INJURY_SAFETY'
            | 'ABDUCTION'
            | 'ROBBERY'
            | 'RESIDENCE_BREAK_IN'
            | 'AGGRAVATED_ASSAULT'
            | 'SEXUAL_ASSAULT'
            | 'BURGLARY_RESIDENCE'
            | 'INTIMIDATION'
            | 'HARASSMENT'
            | 'ARREST_DETENTION'
            | 'ROAD_TRAFFIC'
            | 'FIRE'
            | 'NATURAL_HAZARD'
            | 'CIVIL_UNREST'
            | 'OTHER_SAFETY'
            | 'OTHER_SECURITY';
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import incidents from CSV (Content-Type text/csv). Columns: category, occurred_at, country, personnel_affected, organization, title, narrative, classification, latitude, longitude, place. Every row or none. */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dryRun: boolean;
              errors: {
                field: string;
                line: number;
                message: string;
              }[];
              imported: number;
              rows: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Category × year table (personnel affected or incidents); totals are sums of cells */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          fromYear?: number;
          measure?: 'personnel' | 'incidents';
          organizationId?: string;
          toYear?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IncidentStatistics'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lessons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Track a lesson to implementation (evidence required) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dueOn?: string;
            evidence?: string | null;
            implementedOn?: string | null;
            owner?: string;
            /** @enum {string} */
            status?: 'open' | 'in_progress' | 'implemented' | 'dropped';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Lesson'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/location-activations/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an activation early: positions it no longer covers are erased */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LocationActivation'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/location/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The precise-location activation in force where I am counted, if any */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MyPreciseLocation'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moss/catalogue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The default MOSS and residential security catalogue */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['MossMeasure'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moss/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Report the implementation of a measure at a duty station for an organization */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            dueDate?: string | null;
            /** Format: uuid */
            dutyStationId: string;
            /** @default null */
            evidence?: string | null;
            measureCode: string;
            /** Format: uuid */
            organizationId: string;
            /** @enum {string} */
            status: 'implemented' | 'partially_implemented' | 'not_implemented' | 'not_applicable';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MossStatus'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moss/status/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report one status for many rows (duty station × organization × measure) at once: all or nothing, each row audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            dueDate?: string | null;
            /** @default null */
            evidence?: string | null;
            items: {
              /** Format: uuid */
              dutyStationId: string;
              measureCode: string;
              /** Format: uuid */
              organizationId: string;
            }[];
            /** @enum {string} */
            status: 'implemented' | 'partially_implemented' | 'not_implemented' | 'not_applicable';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              updated: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My in-app notifications, newest first, paged (optionally only the unread) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of my notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Notification'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether I also get the notices that are not urgent by e-mail and SMS (urgent ones, such as an incident reported to the DO, go on every channel) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPreferences'];
          };
        };
      };
    };
    /** Set whether I also get the notices that are not urgent by e-mail and SMS */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NotificationPreferencesInput'];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationPreferences'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all my notifications read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UnreadCount'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of my notifications are unread (the bell) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UnreadCount'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** UNSMS member organizations and partners */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Organization'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Personnel, dependants and visitors in my scope: search, filter, page */
    get: {
      parameters: {
        query?: {
          areaId?: string;
          category?: 'international' | 'local';
          countryId?: string;
          dutyStationId?: string;
          essential?: 'true' | 'false';
          kind?: 'personnel' | 'dependant' | 'visitor';
          managementLevel?: 'senior' | 'middle' | 'staff';
          organizationId?: string;
          page?: number;
          pageSize?: number;
          q?: string;
          staffType?:
            | 'international_professional'
            | 'national_professional'
            | 'general_service'
            | 'field_service'
            | 'un_volunteer'
            | 'consultant'
            | 'other';
          status?: 'active' | 'separated';
          zoneId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Person'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a staff member, dependant or visitor */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            category?: ('international' | 'local') | null;
            contractType?: string | null;
            dateOfBirth?: string | null;
            /** Format: uuid */
            dutyStationId: string;
            email?: string | null;
            /** @default false */
            essential?: boolean;
            familyName: string;
            gender?: ('female' | 'male' | 'other') | null;
            givenName: string;
            /**
             * @default personnel
             * @enum {string}
             */
            kind?: 'personnel' | 'dependant' | 'visitor';
            managementLevel?: ('senior' | 'middle' | 'staff') | null;
            /** Format: uuid */
            organizationId: string;
            phone?: string | null;
            radioCallSign?: string | null;
            relationship?: ('spouse' | 'child' | 'other') | null;
            sponsorId?: string | null;
            staffId?: string | null;
            staffType?:
              | (
                  | 'international_professional'
                  | 'national_professional'
                  | 'general_service'
                  | 'field_service'
                  | 'un_volunteer'
                  | 'consultant'
                  | 'other'
                )
              | null;
            /**
             * @default active
             * @enum {string}
             */
            status?: 'active' | 'separated';
            stayUntil?: string | null;
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Person'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Person'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a person’s record */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            category?: ('international' | 'local') | null;
            contractType?: string | null;
            dateOfBirth?: string | null;
            /** Format: uuid */
            dutyStationId?: string;
            email?: string | null;
            essential?: boolean;
            familyName?: string;
            gender?: ('female' | 'male' | 'other') | null;
            givenName?: string;
            managementLevel?: ('senior' | 'middle' | 'staff') | null;
            /** Format: uuid */
            organizationId?: string;
            phone?: string | null;
            radioCallSign?: string | null;
            relationship?: ('spouse' | 'child' | 'other') | null;
            sponsorId?: string | null;
            staffId?: string | null;
            staffType?:
              | (
                  | 'international_professional'
                  | 'national_professional'
                  | 'general_service'
                  | 'field_service'
                  | 'un_volunteer'
                  | 'consultant'
                  | 'other'
                )
              | null;
            /** @enum {string} */
            status?: 'active' | 'separated';
            stayUntil?: string | null;
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Person'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/people/{id}/maip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a person’s malicious-acts insurance coverage (valid until), checked by every clearance */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            validUntil: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Person'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/whereabouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record where a person is now (country and area) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /** Format: uuid */
            countryId: string;
            /** @default null */
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Person'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import personnel of one country from an HR export (CSV). Columns: staff_id, organization, given_name, family_name, category, contract_type, staff_type, management_level, email, phone, radio_call_sign, gender, duty_station, zone, essential, status. Send the file as the body with Content-Type text/csv. dryRun=true previews; without it, all rows are written or none. */
    post: {
      parameters: {
        query: {
          countryId: string;
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportSummary'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/phone-issues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phone numbers that could not be read as E.164, of the people I may edit, to correct (paged) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['PhoneIssue'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/premises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record premises (office, compound, residence …) with coordinates */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            address?: string | null;
            /** Format: uuid */
            dutyStationId: string;
            /** @enum {string} */
            kind:
              'office' | 'compound' | 'residence' | 'warehouse' | 'guesthouse' | 'clinic' | 'other';
            latitude: number;
            longitude: number;
            name: string;
            /** @default null */
            organizationId?: string | null;
            /** @default false */
            shared?: boolean;
            /** @default null */
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Premises'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/premises/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change premises */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            /** @enum {string} */
            kind?:
              'office' | 'compound' | 'residence' | 'warehouse' | 'guesthouse' | 'clinic' | 'other';
            latitude?: number;
            longitude?: number;
            name?: string;
            organizationId?: string | null;
            shared?: boolean;
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Premises'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/preparedness/plan-versions/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge a plan version I was asked to (only for myself) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlanMyAcknowledgement'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/preparedness/plan-versions/{id}/acknowledgements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who was asked to acknowledge a version and who did (pending first) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'all' | 'pending' | 'acknowledged';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlanAcknowledgements'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/preparedness/plan-versions/{id}/distribute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask everyone the plan covers and not yet asked to acknowledge this version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlanDistribution'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/preparedness/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security plans I may read (in my scope, or that I was asked to acknowledge) */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          kind?: 'country' | 'area' | 'contingency' | 'relocation_evacuation';
          page?: number;
          pageSize?: number;
          toAcknowledge?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlanPage'];
          };
        };
      };
    };
    put?: never;
    /** Create a country, area, contingency or relocation/evacuation plan */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /**
             * @default restricted
             * @enum {string}
             */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            /** Format: uuid */
            countryId: string;
            /** @enum {string} */
            kind: 'country' | 'area' | 'contingency' | 'relocation_evacuation';
            owner: string;
            /** @default false */
            sltShareable?: boolean;
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlan'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/preparedness/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A security plan with its versions and acknowledgement progress */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlan'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set who may read a plan: its classification, shareable with SLT partners */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            sltShareable?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlan'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/preparedness/plans/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a new version (supersedes the current one; distributed by default) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approvedBy: string;
            approvedOn: string;
            /** @default null */
            body?: string | null;
            /** @default true */
            distribute?: boolean;
            /** @default null */
            documentId?: string | null;
            nextReviewOn: string;
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityPlan'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/radio-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Radio checks in my scope, newest first, with missed counts */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RadioCheckPage'];
          };
        };
      };
    };
    put?: never;
    /** Record a roll call: each call sign answered or missed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /** Format: uuid */
            countryId: string;
            entries: {
              answered: boolean;
              /** @default null */
              answeredAt?: string | null;
              /** @default null */
              callSign?: string | null;
              /** @default null */
              note?: string | null;
              /** @default null */
              personId?: string | null;
            }[];
            /** Format: date-time */
            heldAt: string;
            net: string;
            /** @default null */
            notes?: string | null;
            /** @default null */
            zoneId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RadioCheck'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/radio-checks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A radio check with every call */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RadioCheck'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/radio-checks/missed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Missed radio checks per person over a period, most first */
    get: {
      parameters: {
        query: {
          countryId: string;
          from: string;
          page?: number;
          pageSize?: number;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RadioMissedReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/radio-checks/roster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The personnel of a country, area or zone with their call signs, for a roll call */
    get: {
      parameters: {
        query: {
          areaId?: string;
          countryId: string;
          zoneId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RadioRoster'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recommendations (IASMN, HLCM, CEB, JIU, compliance missions) I may see; overdue=true lists the overdue ones */
    get: {
      parameters: {
        query?: {
          body?: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
          countryId?: string;
          organizationId?: string;
          overdue?: 'true' | 'false';
          page?: number;
          pageSize?: number;
          q?: string;
          status?: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['RecommendationSummary'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Record a recommendation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            addresseeIds: string[];
            /** @enum {string} */
            body: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
            /** @default null */
            countryId?: string | null;
            /** @default null */
            deadline?: string | null;
            issuedOn: string;
            owner: string;
            reference: string;
            /**
             * @default open
             * @enum {string}
             */
            status?: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Recommendation'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recommendations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One recommendation with its status history and evidence */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Recommendation'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a recommendation; a status change is kept in its history */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            addresseeIds?: string[];
            /** @enum {string} */
            body?: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
            countryId?: string | null;
            deadline?: string | null;
            issuedOn?: string;
            owner?: string;
            reference?: string;
            /** @enum {string} */
            status?: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
            statusNote?: string;
            text?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Recommendation'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/recommendations/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add evidence of implementation: a text, a link or a document uploaded with POST /api/documents */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
            /** @default null */
            documentId?: string | null;
            /** @default null */
            url?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Recommendation'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recommendations/implementation-rate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Implementation rate per body and per addressed organization */
    get: {
      parameters: {
        query?: {
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImplementationRates'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responsibilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My responsibilities under the Framework for Accountability, for each role I hold, with what the system measures of them */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['RoleResponsibilities'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responsibilities/{role}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The responsibilities of one Framework role */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          role: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RoleResponsibilities'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security risk assessments of a country (current ones unless asked otherwise) */
    get: {
      parameters: {
        query: {
          areaId?: string;
          countryId: string;
          includeSuperseded?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abilities: {
                canAssess: boolean;
              };
              items: components['schemas']['RiskAssessmentSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a new assessment of a location; it supersedes the current one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            acceptableLevel: 'negligible' | 'low' | 'medium' | 'high' | 'critical';
            areaId?: string | null;
            assessedOn: string;
            /**
             * @default restricted
             * @enum {string}
             */
            classification?: 'public' | 'internal' | 'restricted' | 'confidential';
            /** Format: uuid */
            countryId: string;
            dutyStationId?: string | null;
            /** @default [] */
            goals?: {
              acceptableLevel?: ('negligible' | 'low' | 'medium' | 'high' | 'critical') | null;
              /** @enum {string} */
              criticality: 'low' | 'medium' | 'high' | 'critical';
              description?: string | null;
              title: string;
            }[];
            /** @enum {string} */
            locationType: 'country' | 'area' | 'duty_station';
            reviewDue: string;
            /** @default [] */
            risks?: {
              description: string;
              /** @enum {string} */
              exposed: 'personnel' | 'premises' | 'assets' | 'programmes';
              /** @default [] */
              goals?: number[];
              inherent: {
                impact: number;
                likelihood: number;
              };
              /** @default [] */
              measures?: (
                | string
                | {
                    mossCode?: string | null;
                    text: string;
                  }
              )[];
              /** @default null */
              residual?: {
                impact: number;
                likelihood: number;
              } | null;
              strategies?: ('accept' | 'control' | 'avoid' | 'transfer')[];
              threat: number;
            }[];
            /** @default false */
            sltShareable?: boolean;
            staffCeiling?: number | null;
            summary?: string | null;
            /** @default [] */
            threats?: {
              capability?: string | null;
              /** @enum {string} */
              category: 'armed_conflict' | 'terrorism' | 'crime' | 'civil_unrest' | 'hazards';
              context?: string | null;
              description?: string | null;
              /** @default true */
              human?: boolean;
              mindSet?: string | null;
              title: string;
            }[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskAssessment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One assessment: goals, threats, risks, decisions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskAssessment'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/assessments/{id}/flag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Flag an assessment for review, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskAssessment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/assessments/{id}/risks/{riskId}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a residual risk above the acceptable level (DO or DO a.i.; who, when and why recorded) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          riskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            acceptedLevel?: 'negligible' | 'low' | 'medium' | 'high' | 'critical';
            rationale: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RiskAssessment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/assessments/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of the assessment of this location, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['RiskAssessmentSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scim/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SCIM tokens of every organization (system administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ScimToken'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a SCIM bearer token for an organization's directory (shown once; system administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** Format: uuid */
            organizationId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
              organizationCode: string;
              organizationId: string;
              prefix: string;
              revokedAt: string | null;
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scim/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a SCIM token (system administrators) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A security management plan with its indicators */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityManagementPlan'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a plan; `indicators` replaces the list (record results and whether met) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            indicators?: {
              description: string;
              /** @default null */
              met?: boolean | null;
              /** @default null */
              result?: string | null;
              target: string;
            }[];
            title?: string;
            year?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SecurityManagementPlan'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/slt-partners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an SLT partner: MoU dates, contact, shared kinds (DO or CSA) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contactEmail?: string | null;
            contactName?: string | null;
            homeCountry?: string | null;
            mouExpiresOn?: string | null;
            mouReference?: string | null;
            mouSignedOn?: string | null;
            name?: string;
            /** @enum {string} */
            partnerType?: 'NGO' | 'IGO';
            sharedKinds?: (
              | 'security_levels'
              | 'incident_trends'
              | 'advisories'
              | 'risk_assessments'
              | 'security_plans'
              | 'crisis_logs'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SltPartner'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/slt-partners/{id}/feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the partner is given today (nothing while its MoU is not in force) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SltPartnerFeed'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sms/inbound': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A reply received by an SMS gateway: generic JSON signed with x-fieldsafe-signature (HMAC-SHA256 of the raw body), or a Twilio form post signed with X-Twilio-Signature. Stored at once (outcome `received`, or `duplicate` for a replayed gateway message id) and applied by a worker shortly after; with ?wait=true the answer comes once applied, with its outcome */
    post: {
      parameters: {
        query?: {
          id?: string;
          wait?: '0' | '1' | 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sms/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A delivery receipt (status callback) for an SMS we sent, signed like inbound messages; the generic gateway sends {id, status, error?}, Twilio its form post to ?id=<our message id> */
    post: {
      parameters: {
        query?: {
          id?: string;
          wait?: '0' | '1' | 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/smt-meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an SMT meeting (e.g. add the minutes, record when they were sent to DSS) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agenda?: string;
            attendeeIds?: string[];
            heldOn?: string;
            minutes?: string | null;
            sentToDssOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SmtMeeting'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/smt-meetings/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Countries I may see with their last SMT meeting; flagged when none in `days` days */
    get: {
      parameters: {
        query?: {
          body?: 'smt' | 'security_cell';
          days?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SmtMeetingFlags'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sso/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organizations: local passwords on or off, and their providers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['OrganizationSignIn'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sso/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch an organization's local passwords on or off (break-glass accounts keep theirs) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            localPasswords: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sso/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** OpenID Connect providers (system administrators; the client secret is never shown) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['OidcProvider'][];
              redirectUri: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Add an OpenID Connect provider serving one or more organizations */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            clientId: string;
            clientSecret: string;
            /** @default email */
            emailClaim?: string;
            /** @default true */
            enabled?: boolean;
            /** Format: uri */
            issuer: string;
            name: string;
            organizationIds: string[];
            /** @default openid email profile */
            scopes?: string;
            /** @default employee_number */
            staffIdClaim?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OidcProvider'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sso/providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a provider */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an OpenID Connect provider */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            clientId?: string;
            clientSecret?: string;
            /** @default email */
            emailClaim?: string;
            /** @default true */
            enabled?: boolean;
            /** Format: uri */
            issuer?: string;
            name?: string;
            organizationIds?: string[];
            /** @default openid email profile */
            scopes?: string;
            /** @default employee_number */
            staffIdClaim?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OidcProvider'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/stress-counsellors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** End a counsellor’s designation or change its note */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endsOn?: string | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canDesignate: boolean;
              items: components['schemas']['StressCounsellor'][];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/stress-support/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One follow-up case with its sessions: its counsellors and the person concerned */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StressSupportCase'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Plan the next follow-up, close the case, or change the notes (counsellor) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            closedOn?: string | null;
            nextFollowUpOn?: string | null;
            notes?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StressSupportCase'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/stress-support/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My own follow-up, as the person concerned */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groupSessions: components['schemas']['StressSupportSession'][];
              items: components['schemas']['StressSupportCase'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surge/deployments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record the end date, cost or visa dates of a deployment (headquarters) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            costUsd?: number;
            endOn?: string | null;
            notes?: string | null;
            /** Format: date-time */
            startAt?: string;
            visaNeeded?: boolean;
            visaObtainedOn?: string | null;
            visaRequestedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeDeployment'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/surge/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Surge requests with their deployments, newest first */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          page?: number;
          pageSize?: number;
          reason?:
            | 'security_emergency'
            | 'capacity_reinforcement'
            | 'temporary_coverage'
            | 'humanitarian_emergency'
            | 'hostage_abduction'
            | 'other_directed';
          status?: 'open' | 'partly_staffed' | 'fully_staffed' | 'closed' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRequestPage'];
          };
        };
      };
    };
    put?: never;
    /** Request surge officers for a country (DO, CSA or headquarters) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            areaId?: string | null;
            /** Format: uuid */
            countryId: string;
            expectedDays: number;
            neededFrom: string;
            /** @default null */
            notes?: string | null;
            officersNeeded: number;
            /** @enum {string} */
            reason:
              | 'security_emergency'
              | 'capacity_reinforcement'
              | 'temporary_coverage'
              | 'humanitarian_emergency'
              | 'hostage_abduction'
              | 'other_directed';
            /** Format: date-time */
            requestedAt?: string;
            requestedBy: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRequest'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surge/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One surge request */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRequest'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change, cancel, reopen or (headquarters) close a surge request */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            expectedDays?: number;
            neededFrom?: string;
            notes?: string | null;
            officersNeeded?: number;
            /** @enum {string} */
            status?: 'closed' | 'cancelled' | 'open';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRequest'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/surge/requests/{id}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deploy a roster officer on a request (headquarters); 409 when already deployed over overlapping dates */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default 0 */
            costUsd?: number;
            /** @default null */
            endOn?: string | null;
            /** @default null */
            notes?: string | null;
            /** Format: uuid */
            rosterId: string;
            /** Format: date-time */
            startAt: string;
            /** @default false */
            visaNeeded?: boolean;
            /** @default null */
            visaObtainedOn?: string | null;
            /** @default null */
            visaRequestedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeDeployment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surge/roster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Roster of deployable security officers (status available / deployed / unavailable) */
    get: {
      parameters: {
        query?: {
          language?: string;
          page?: number;
          pageSize?: number;
          status?: 'available' | 'deployed' | 'unavailable';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRosterPage'];
          };
        };
      };
    };
    put?: never;
    /** Put a security officer on the surge roster (headquarters) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default available
             * @enum {string}
             */
            availability?: 'available' | 'unavailable';
            availableFrom: string;
            /** @default null */
            availableUntil?: string | null;
            gradeRole: string;
            /** @default [] */
            languages?: string[];
            /** @default null */
            notes?: string | null;
            /** Format: uuid */
            personId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRosterOfficer'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surge/roster/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One roster officer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRosterOfficer'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a roster officer’s grade, languages or availability (headquarters) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            availability?: 'available' | 'unavailable';
            availableFrom?: string;
            availableUntil?: string | null;
            gradeRole?: string;
            languages?: string[];
            notes?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeRosterOfficer'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/surge/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Surge statistics by reason for a year: deployments, days, cost, share launched within 24 h, visa delay */
    get: {
      parameters: {
        query: {
          countryId?: string;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurgeStatistics'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/briefings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an arrival briefing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            briefedOn: string;
            /** Format: uuid */
            dutyStationId: string;
            /** Format: uuid */
            personId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArrivalBriefing'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/briefings/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge my arrival briefing in writing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArrivalBriefing'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a certificate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            course: string;
            /** @default null */
            expiresOn?: string | null;
            issuedOn: string;
            /** Format: uuid */
            personId: string;
            /** @default null */
            refresherMonths?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Certificate'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/certificates/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import certificates from a learning-system export (CSV). Columns: staff_id, organization, course, issued_on, expires_on, refresher_months. dryRun=true previews; otherwise all rows are written or none. */
    post: {
      parameters: {
        query: {
          countryId: string;
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateImportSummary'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The course catalogue: core courses and others */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CourseList'];
          };
        };
      };
    };
    put?: never;
    /** Add a course (system administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameEn: string;
            nameFr: string;
            /** @default {} */
            names?: {
              ar?: string;
              es?: string;
              ru?: string;
              zh?: string;
            };
            /** @default null */
            validityMonths?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Course'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Core and specialized training indicators by staff type and management level, for a country or (headquarters roles) system-wide */
    get: {
      parameters: {
        query?: {
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingIndicators'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/indicators.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The training indicators as CSV (one line per group) */
    get: {
      parameters: {
        query?: {
          countryId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person’s certificates, exemptions and briefings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonTraining'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trained personnel per organization in a country; certificates expiring within 90 days */
    get: {
      parameters: {
        query: {
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingReport'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/ssafe-exemptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SSAFE exemptions in force or to come in a country (at most 500, soonest end first) */
    get: {
      parameters: {
        query: {
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SsafeExemptionList'];
          };
        };
      };
    };
    put?: never;
    /** Exempt a person from SSAFE at a location (DO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            locationId: string;
            /** Format: uuid */
            personId: string;
            reason: string;
            /** @default null */
            validFrom?: string | null;
            validUntil: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SsafeExemption'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/training/ssafe-mandates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where SSAFE is mandatory in a country */
    get: {
      parameters: {
        query: {
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SsafeMandateList'];
          };
        };
      };
    };
    put?: never;
    /** Make SSAFE mandatory at a duty station or area (DO) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decidedBy: string;
            /** Format: uuid */
            locationId: string;
            mandatoryFrom: string;
            /** @default null */
            refresherMonths?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SsafeMandate'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/advisories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Travel advisories in force */
    get: {
      parameters: {
        query?: {
          countryId?: string;
          locationId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelAdvisoryList'];
          };
        };
      };
    };
    put?: never;
    /** Issue a travel advisory; travellers there or bound there are notified */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
            /** Format: uuid */
            locationId: string;
            title: string;
            validFrom: string;
            /** @default null */
            validUntil?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelAdvisory'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/ceilings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff ceilings of the duty stations and areas of a country (the same ceilings the security risk assessments show) */
    get: {
      parameters: {
        query: {
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StaffCeilingList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/ceilings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the staff ceiling of a duty station or area (shown on its security risk assessment too) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default all
             * @enum {string}
             */
            appliesTo?: 'all' | 'international';
            ceiling: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StaffCeiling'];
          };
        };
      };
    };
    post?: never;
    /** Lift the staff ceiling of a duty station or area */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/headcount': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Headcount at a location on a date */
    get: {
      parameters: {
        query: {
          date: string;
          locationId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Headcount'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/people/{id}/whereabouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A traveller’s current and planned whereabouts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelWhereabouts'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My requests, my approval queue, or every request in my scope */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'approved' | 'refused' | 'cancelled';
          view?: 'mine' | 'queue' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelRequestList'];
          };
        };
      };
    };
    put?: never;
    /** Request security clearance for an itinerary; evaluated at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            legs: {
              arrivalOn: string;
              departureOn: string;
              /** Format: uuid */
              destinationId: string;
            }[];
            purpose: string;
            /**
             * @default official
             * @enum {string}
             */
            travelKind?: 'official' | 'home_leave';
            /** Format: uuid */
            travellerId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelRequest'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One request and its written clearance */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelRequest'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/requests/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel my request */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelRequest'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/requests/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or refuse the legs I am the approver of */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            comment?: string;
            /** @enum {string} */
            decision: 'approve' | 'refuse';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TravelRequest'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/travel/travellers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People I may request clearance for besides myself: my dependants, my organization’s personnel where I file for it */
    get: {
      parameters: {
        query?: {
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FilableTravellerList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/break-glass': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a login as break-glass: it keeps its local password (system administrators) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            breakGlass: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Reset a user's second factor (system administrators; ends the user's sessions) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/vehicles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** UN vehicles of a country and their safety equipment */
    get: {
      parameters: {
        query: {
          countryId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Vehicle'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Register a vehicle */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            countryId: string;
            /** @default null */
            description?: string | null;
            /** @default false */
            hasFirstAidKit?: boolean;
            /** @default false */
            hasRecoveryGear?: boolean;
            /** @default false */
            hasSpareTyre?: boolean;
            /** @default null */
            inspectedOn?: string | null;
            /** Format: uuid */
            organizationId: string;
            registration: string;
            /** @default false */
            seatBeltsWork?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Vehicle'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/warden-zones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a warden zone of a duty station */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            description?: string | null;
            /** Format: uuid */
            dutyStationId: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WardenZone'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/warden-zones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a warden zone */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string | null;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WardenZone'];
          };
        };
      };
    };
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Abilities: {
      anyCountry: boolean;
      anywhere: (
        | 'structure.read'
        | 'structure.write'
        | 'appointment.write'
        | 'personnel.read'
        | 'personnel.write'
        | 'whereabouts.update'
        | 'invariants.read'
        | 'audit.read'
        | 'organization.write'
        | 'user.manage'
        | 'incident.read'
        | 'incident.manage'
        | 'training.read'
        | 'training.write'
        | 'training.mandate'
        | 'travel.read'
        | 'travel.approve'
        | 'travel.file'
        | 'advisory.write'
        | 'risk.read'
        | 'risk.write'
        | 'risk.accept'
        | 'security_level.read'
        | 'security_level.write'
        | 'sanction.write'
        | 'moss.read'
        | 'moss.adopt'
        | 'moss.update'
        | 'compliance.manage'
        | 'compliance.system_rate'
        | 'budget.manage'
        | 'governance.read'
        | 'governance.manage'
        | 'recommendation.read'
        | 'recommendation.manage'
        | 'crisis.declare'
        | 'crisis.read'
        | 'crisis.account'
        | 'surge.read'
        | 'surge.request'
        | 'surge.manage'
        | 'preparedness.read'
        | 'preparedness.manage'
        | 'radio_check.record'
        | 'wellbeing.counts'
        | 'wellbeing.counsel'
        | 'wellbeing.designate'
        | 'agreement.read'
        | 'agreement.manage'
        | 'appraisal.read'
        | 'location.activate'
        | 'partner.read'
        | 'partner.manage'
      )[];
      appoints: (
        | 'DO'
        | 'DO_AI'
        | 'SMT_MEMBER'
        | 'ASC'
        | 'CSA'
        | 'DEPUTY_SA'
        | 'CSO'
        | 'CSFP'
        | 'SASO'
        | 'LSA'
        | 'WARDEN'
        | 'HQ_SFP'
        | 'AGENCY_REP'
        | 'EXECUTIVE_HEAD'
      )[];
      countries: {
        countryId: string;
        somewhere: (
          | 'structure.read'
          | 'structure.write'
          | 'appointment.write'
          | 'personnel.read'
          | 'personnel.write'
          | 'whereabouts.update'
          | 'invariants.read'
          | 'audit.read'
          | 'organization.write'
          | 'user.manage'
          | 'incident.read'
          | 'incident.manage'
          | 'training.read'
          | 'training.write'
          | 'training.mandate'
          | 'travel.read'
          | 'travel.approve'
          | 'travel.file'
          | 'advisory.write'
          | 'risk.read'
          | 'risk.write'
          | 'risk.accept'
          | 'security_level.read'
          | 'security_level.write'
          | 'sanction.write'
          | 'moss.read'
          | 'moss.adopt'
          | 'moss.update'
          | 'compliance.manage'
          | 'compliance.system_rate'
          | 'budget.manage'
          | 'governance.read'
          | 'governance.manage'
          | 'recommendation.read'
          | 'recommendation.manage'
          | 'crisis.declare'
          | 'crisis.read'
          | 'crisis.account'
          | 'surge.read'
          | 'surge.request'
          | 'surge.manage'
          | 'preparedness.read'
          | 'preparedness.manage'
          | 'radio_check.record'
          | 'wellbeing.counts'
          | 'wellbeing.counsel'
          | 'wellbeing.designate'
          | 'agreement.read'
          | 'agreement.manage'
          | 'appraisal.read'
          | 'location.activate'
          | 'partner.read'
          | 'partner.manage'
        )[];
        whole: (
          | 'structure.read'
          | 'structure.write'
          | 'appointment.write'
          | 'personnel.read'
          | 'personnel.write'
          | 'whereabouts.update'
          | 'invariants.read'
          | 'audit.read'
          | 'organization.write'
          | 'user.manage'
          | 'incident.read'
          | 'incident.manage'
          | 'training.read'
          | 'training.write'
          | 'training.mandate'
          | 'travel.read'
          | 'travel.approve'
          | 'travel.file'
          | 'advisory.write'
          | 'risk.read'
          | 'risk.write'
          | 'risk.accept'
          | 'security_level.read'
          | 'security_level.write'
          | 'sanction.write'
          | 'moss.read'
          | 'moss.adopt'
          | 'moss.update'
          | 'compliance.manage'
          | 'compliance.system_rate'
          | 'budget.manage'
          | 'governance.read'
          | 'governance.manage'
          | 'recommendation.read'
          | 'recommendation.manage'
          | 'crisis.declare'
          | 'crisis.read'
          | 'crisis.account'
          | 'surge.read'
          | 'surge.request'
          | 'surge.manage'
          | 'preparedness.read'
          | 'preparedness.manage'
          | 'radio_check.record'
          | 'wellbeing.counts'
          | 'wellbeing.counsel'
          | 'wellbeing.designate'
          | 'agreement.read'
          | 'agreement.manage'
          | 'appraisal.read'
          | 'location.activate'
          | 'partner.read'
          | 'partner.manage'
        )[];
      }[];
      everyCountry: (
        | 'structure.read'
        | 'structure.write'
        | 'appointment.write'
        | 'personnel.read'
        | 'personnel.write'
        | 'whereabouts.update'
        | 'invariants.read'
        | 'audit.read'
        | 'organization.write'
        | 'user.manage'
        | 'incident.read'
        | 'incident.manage'
        | 'training.read'
        | 'training.write'
        | 'training.mandate'
        | 'travel.read'
        | 'travel.approve'
        | 'travel.file'
        | 'advisory.write'
        | 'risk.read'
        | 'risk.write'
        | 'risk.accept'
        | 'security_level.read'
        | 'security_level.write'
        | 'sanction.write'
        | 'moss.read'
        | 'moss.adopt'
        | 'moss.update'
        | 'compliance.manage'
        | 'compliance.system_rate'
        | 'budget.manage'
        | 'governance.read'
        | 'governance.manage'
        | 'recommendation.read'
        | 'recommendation.manage'
        | 'crisis.declare'
        | 'crisis.read'
        | 'crisis.account'
        | 'surge.read'
        | 'surge.request'
        | 'surge.manage'
        | 'preparedness.read'
        | 'preparedness.manage'
        | 'radio_check.record'
        | 'wellbeing.counts'
        | 'wellbeing.counsel'
        | 'wellbeing.designate'
        | 'agreement.read'
        | 'agreement.manage'
        | 'appraisal.read'
        | 'location.activate'
        | 'partner.read'
        | 'partner.manage'
      )[];
      everyWholeCountry: (
        | 'structure.read'
        | 'structure.write'
        | 'appointment.write'
        | 'personnel.read'
        | 'personnel.write'
        | 'whereabouts.update'
        | 'invariants.read'
        | 'audit.read'
        | 'organization.write'
        | 'user.manage'
        | 'incident.read'
        | 'incident.manage'
        | 'training.read'
        | 'training.write'
        | 'training.mandate'
        | 'travel.read'
        | 'travel.approve'
        | 'travel.file'
        | 'advisory.write'
        | 'risk.read'
        | 'risk.write'
        | 'risk.accept'
        | 'security_level.read'
        | 'security_level.write'
        | 'sanction.write'
        | 'moss.read'
        | 'moss.adopt'
        | 'moss.update'
        | 'compliance.manage'
        | 'compliance.system_rate'
        | 'budget.manage'
        | 'governance.read'
        | 'governance.manage'
        | 'recommendation.read'
        | 'recommendation.manage'
        | 'crisis.declare'
        | 'crisis.read'
        | 'crisis.account'
        | 'surge.read'
        | 'surge.request'
        | 'surge.manage'
        | 'preparedness.read'
        | 'preparedness.manage'
        | 'radio_check.record'
        | 'wellbeing.counts'
        | 'wellbeing.counsel'
        | 'wellbeing.designate'
        | 'agreement.read'
        | 'agreement.manage'
        | 'appraisal.read'
        | 'location.activate'
        | 'partner.read'
        | 'partner.manage'
      )[];
    };
    AbilitiesInput: {
      anyCountry: boolean;
      anywhere: (
        | 'structure.read'
        | 'structure.write'
        | 'appointment.write'
        | 'personnel.read'
        | 'personnel.write'
        | 'whereabouts.update'
        | 'invariants.read'
        | 'audit.read'
        | 'organization.write'
        | 'user.manage'
        | 'incident.read'
        | 'incident.manage'
        | 'training.read'
        | 'training.write'
        | 'training.mandate'
        | 'travel.read'
        | 'travel.approve'
        | 'travel.file'
        | 'advisory.write'
        | 'risk.read'
        | 'risk.write'
        | 'risk.accept'
        | 'security_level.read'
        | 'security_level.write'
        | 'sanction.write'
        | 'moss.read'
        | 'moss.adopt'
        | 'moss.update'
        | 'compliance.manage'
        | 'compliance.system_rate'
        | 'budget.manage'
        | 'governance.read'
        | 'governance.manage'
        | 'recommendation.read'
        | 'recommendation.manage'
        | 'crisis.declare'
        | 'crisis.read'
        | 'crisis.account'
        | 'surge.read'
        | 'surge.request'
        | 'surge.manage'
        | 'preparedness.read'
        | 'preparedness.manage'
        | 'radio_check.record'
        | 'wellbeing.counts'
        | 'wellbeing.counsel'
        | 'wellbeing.designate'
        | 'agreement.read'
        | 'agreement.manage'
        | 'appraisal.read'
        | 'location.activate'
        | 'partner.read'
        | 'partner.manage'
      )[];
      appoints: (
        | 'DO'
        | 'DO_AI'
        | 'SMT_MEMBER'
        | 'ASC'
        | 'CSA'
        | 'DEPUTY_SA'
        | 'CSO'
        | 'CSFP'
        | 'SASO'
        | 'LSA'
        | 'WARDEN'
        | 'HQ_SFP'
        | 'AGENCY_REP'
        | 'EXECUTIVE_HEAD'
      )[];
      countries: {
        countryId: string;
        somewhere: (
          | 'structure.read'
          | 'structure.write'
          | 'appointment.write'
          | 'personnel.read'
          | 'personnel.write'
          | 'whereabouts.update'
          | 'invariants.read'
          | 'audit.read'
          | 'organization.write'
          | 'user.manage'
          | 'incident.read'
          | 'incident.manage'
          | 'training.read'
          | 'training.write'
          | 'training.mandate'
          | 'travel.read'
          | 'travel.approve'
          | 'travel.file'
          | 'advisory.write'
          | 'risk.read'
          | 'risk.write'
          | 'risk.accept'
          | 'security_level.read'
          | 'security_level.write'
          | 'sanction.write'
          | 'moss.read'
          | 'moss.adopt'
          | 'moss.update'
          | 'compliance.manage'
          | 'compliance.system_rate'
          | 'budget.manage'
          | 'governance.read'
          | 'governance.manage'
          | 'recommendation.read'
          | 'recommendation.manage'
          | 'crisis.declare'
          | 'crisis.read'
          | 'crisis.account'
          | 'surge.read'
          | 'surge.request'
          | 'surge.manage'
          | 'preparedness.read'
          | 'preparedness.manage'
          | 'radio_check.record'
          | 'wellbeing.counts'
          | 'wellbeing.counsel'
          | 'wellbeing.designate'
          | 'agreement.read'
          | 'agreement.manage'
          | 'appraisal.read'
          | 'location.activate'
          | 'partner.read'
          | 'partner.manage'
        )[];
        whole: (
          | 'structure.read'
          | 'structure.write'
          | 'appointment.write'
          | 'personnel.read'
          | 'personnel.write'
          | 'whereabouts.update'
          | 'invariants.read'
          | 'audit.read'
          | 'organization.write'
          | 'user.manage'
          | 'incident.read'
          | 'incident.manage'
          | 'training.read'
          | 'training.write'
          | 'training.mandate'
          | 'travel.read'
          | 'travel.approve'
          | 'travel.file'
          | 'advisory.write'
          | 'risk.read'
          | 'risk.write'
          | 'risk.accept'
          | 'security_level.read'
          | 'security_level.write'
          | 'sanction.write'
          | 'moss.read'
          | 'moss.adopt'
          | 'moss.update'
          | 'compliance.manage'
          | 'compliance.system_rate'
          | 'budget.manage'
          | 'governance.read'
          | 'governance.manage'
          | 'recommendation.read'
          | 'recommendation.manage'
          | 'crisis.declare'
          | 'crisis.read'
          | 'crisis.account'
          | 'surge.read'
          | 'surge.request'
          | 'surge.manage'
          | 'preparedness.read'
          | 'preparedness.manage'
          | 'radio_check.record'
          | 'wellbeing.counts'
          | 'wellbeing.counsel'
          | 'wellbeing.designate'
          | 'agreement.read'
          | 'agreement.manage'
          | 'appraisal.read'
          | 'location.activate'
          | 'partner.read'
          | 'partner.manage'
        )[];
      }[];
      everyCountry: (
        | 'structure.read'
        | 'structure.write'
        | 'appointment.write'
        | 'personnel.read'
        | 'personnel.write'
        | 'whereabouts.update'
        | 'invariants.read'
        | 'audit.read'
        | 'organization.write'
        | 'user.manage'
        | 'incident.read'
        | 'incident.manage'
        | 'training.read'
        | 'training.write'
        | 'training.mandate'
        | 'travel.read'
        | 'travel.approve'
        | 'travel.file'
        | 'advisory.write'
        | 'risk.read'
        | 'risk.write'
        | 'risk.accept'
        | 'security_level.read'
        | 'security_level.write'
        | 'sanction.write'
        | 'moss.read'
        | 'moss.adopt'
        | 'moss.update'
        | 'compliance.manage'
        | 'compliance.system_rate'
        | 'budget.manage'
        | 'governance.read'
        | 'governance.manage'
        | 'recommendation.read'
        | 'recommendation.manage'
        | 'crisis.declare'
        | 'crisis.read'
        | 'crisis.account'
        | 'surge.read'
        | 'surge.request'
        | 'surge.manage'
        | 'preparedness.read'
        | 'preparedness.manage'
        | 'radio_check.record'
        | 'wellbeing.counts'
        | 'wellbeing.counsel'
        | 'wellbeing.designate'
        | 'agreement.read'
        | 'agreement.manage'
        | 'appraisal.read'
        | 'location.activate'
        | 'partner.read'
        | 'partner.manage'
      )[];
      everyWholeCountry: (
        | 'structure.read'
        | 'structure.write'
        | 'appointment.write'
        | 'personnel.read'
        | 'personnel.write'
        | 'whereabouts.update'
        | 'invariants.read'
        | 'audit.read'
        | 'organization.write'
        | 'user.manage'
        | 'incident.read'
        | 'incident.manage'
        | 'training.read'
        | 'training.write'
        | 'training.mandate'
        | 'travel.read'
        | 'travel.approve'
        | 'travel.file'
        | 'advisory.write'
        | 'risk.read'
        | 'risk.write'
        | 'risk.accept'
        | 'security_level.read'
        | 'security_level.write'
        | 'sanction.write'
        | 'moss.read'
        | 'moss.adopt'
        | 'moss.update'
        | 'compliance.manage'
        | 'compliance.system_rate'
        | 'budget.manage'
        | 'governance.read'
        | 'governance.manage'
        | 'recommendation.read'
        | 'recommendation.manage'
        | 'crisis.declare'
        | 'crisis.read'
        | 'crisis.account'
        | 'surge.read'
        | 'surge.request'
        | 'surge.manage'
        | 'preparedness.read'
        | 'preparedness.manage'
        | 'radio_check.record'
        | 'wellbeing.counts'
        | 'wellbeing.counsel'
        | 'wellbeing.designate'
        | 'agreement.read'
        | 'agreement.manage'
        | 'appraisal.read'
        | 'location.activate'
        | 'partner.read'
        | 'partner.manage'
      )[];
    };
    AnnualReview: {
      items: {
        /** @enum {string} */
        afterAction: 'none' | 'open' | 'completed';
        category: string;
        countryId: string;
        fatalities: number;
        id: string;
        injuries: number;
        /** @enum {string} */
        investigation: 'missing' | 'open' | 'completed' | 'not_required';
        /** Format: date-time */
        occurredAt: string;
        openLessons: number;
        title: string;
      }[];
      year: number;
    };
    AnnualReviewInput: {
      items: {
        /** @enum {string} */
        afterAction: 'none' | 'open' | 'completed';
        category: string;
        countryId: string;
        fatalities: number;
        id: string;
        injuries: number;
        /** @enum {string} */
        investigation: 'missing' | 'open' | 'completed' | 'not_required';
        occurredAt: unknown;
        openLessons: number;
        title: string;
      }[];
      year: number;
    };
    ApiToken: {
      /** Format: date-time */
      createdAt: string;
      expiresAt: string | null;
      id: string;
      lastUsedAt: string | null;
      name: string;
      prefix: string;
      revokedAt: string | null;
    };
    ApiTokenInput: {
      createdAt: unknown;
      expiresAt: unknown | null;
      id: string;
      lastUsedAt: unknown | null;
      name: string;
      prefix: string;
      revokedAt: unknown | null;
    };
    Appointment: {
      abilities: {
        canConfirmAdInterim: boolean;
        canEdit: boolean;
      };
      adInterimConfirmation: {
        byName: string;
        on: string;
        reference: string;
      } | null;
      appointedBy: string | null;
      areaId: string | null;
      countryId: string | null;
      csaAdInterim: boolean;
      endsOn: string | null;
      hasLetter: boolean;
      id: string;
      letterDate: string | null;
      letterDocumentId: string | null;
      letterReference: string | null;
      organizationId: string | null;
      personId: string;
      personName: string;
      /** @enum {string} */
      role:
        | 'DO'
        | 'DO_AI'
        | 'SMT_MEMBER'
        | 'ASC'
        | 'CSA'
        | 'DEPUTY_SA'
        | 'CSO'
        | 'CSFP'
        | 'SASO'
        | 'LSA'
        | 'WARDEN'
        | 'HQ_SFP'
        | 'AGENCY_REP'
        | 'EXECUTIVE_HEAD';
      smtSeat: ('military_component' | 'police_component') | null;
      startsOn: string;
      /** @enum {string} */
      status: 'upcoming' | 'active' | 'ended';
      termsOfReference: string | null;
      zoneId: string | null;
    };
    AppointmentInput: {
      abilities: {
        canConfirmAdInterim: boolean;
        canEdit: boolean;
      };
      adInterimConfirmation: {
        byName: string;
        on: string;
        reference: string;
      } | null;
      appointedBy: string | null;
      areaId: string | null;
      countryId: string | null;
      csaAdInterim: boolean;
      endsOn: string | null;
      hasLetter: boolean;
      id: string;
      letterDate: string | null;
      letterDocumentId: string | null;
      letterReference: string | null;
      organizationId: string | null;
      personId: string;
      personName: string;
      /** @enum {string} */
      role:
        | 'DO'
        | 'DO_AI'
        | 'SMT_MEMBER'
        | 'ASC'
        | 'CSA'
        | 'DEPUTY_SA'
        | 'CSO'
        | 'CSFP'
        | 'SASO'
        | 'LSA'
        | 'WARDEN'
        | 'HQ_SFP'
        | 'AGENCY_REP'
        | 'EXECUTIVE_HEAD';
      smtSeat: ('military_component' | 'police_component') | null;
      startsOn: string;
      /** @enum {string} */
      status: 'upcoming' | 'active' | 'ended';
      termsOfReference: string | null;
      zoneId: string | null;
    };
    Appraisal: {
      asOf: string;
      countryId: string;
      from: string;
      holders: {
        appointmentId: string;
        areaId: string | null;
        endsOn: string | null;
        indicators: {
          duties: number[];
          findings: {
            code: string;
            message: string;
            params: {
              [key: string]: string | number;
            };
          }[];
          ok: boolean;
          tag: string;
          value: number | null;
        }[];
        measured: number;
        met: number;
        name: string;
        organizationCode: string;
        personId: string;
        role: string;
        startsOn: string;
      }[];
      year: number;
    };
    AppraisalInput: {
      asOf: string;
      countryId: string;
      from: string;
      holders: {
        appointmentId: string;
        areaId: string | null;
        endsOn: string | null;
        indicators: {
          duties: number[];
          findings: {
            code: string;
            message: string;
            params: {
              [key: string]: string | number;
            };
          }[];
          ok: boolean;
          tag: string;
          value: number | null;
        }[];
        measured: number;
        met: number;
        name: string;
        organizationCode: string;
        personId: string;
        role: string;
        startsOn: string;
      }[];
      year: number;
    };
    Area: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      id: string;
      isDesignatedArea: boolean;
      /** @enum {string} */
      kind: 'capital' | 'outside_capital' | 'designated_area';
      name: string;
    };
    AreaInput: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      id: string;
      isDesignatedArea: boolean;
      /** @enum {string} */
      kind: 'capital' | 'outside_capital' | 'designated_area';
      name: string;
    };
    ArrivalBriefing: {
      acknowledgedAt: string | null;
      briefedOn: string;
      dutyStationId: string;
      id: string;
      personId: string;
    };
    ArrivalBriefingInput: {
      acknowledgedAt: unknown | null;
      briefedOn: string;
      dutyStationId: string;
      id: string;
      personId: string;
    };
    AuditRow: {
      action: string;
      actorLabel: string;
      actorUserId: string | null;
      after: unknown;
      at: string;
      before: unknown;
      chained: boolean;
      countryId: string | null;
      entity: string;
      entityId: string;
      seq: number;
    };
    AuditRowInput: {
      action: string;
      actorLabel: string;
      actorUserId: string | null;
      after: unknown;
      at: string;
      before: unknown;
      chained: boolean;
      countryId: string | null;
      entity: string;
      entityId: string;
      seq: number;
    };
    BroadcastPreview: {
      characters: number;
      cost: number;
      countries: {
        cost: number;
        pricePerSegment: number;
        recipients: number;
        region: string | null;
      }[];
      /** @constant */
      currency: 'USD';
      emailRecipients: number;
      /** @enum {string} */
      encoding: 'gsm7' | 'ucs2';
      recipients: number;
      remaining: number;
      segments: number;
      smsRecipients: number;
    };
    BroadcastPreviewInput: {
      characters: number;
      cost: number;
      countries: {
        cost: number;
        pricePerSegment: number;
        recipients: number;
        region: string | null;
      }[];
      /** @constant */
      currency: 'USD';
      emailRecipients: number;
      /** @enum {string} */
      encoding: 'gsm7' | 'ucs2';
      recipients: number;
      remaining: number;
      segments: number;
      smsRecipients: number;
    };
    BroadcastResult: {
      id: string;
      queued: number;
      recipients: number;
      wardensNotified: number;
    };
    BroadcastResultInput: {
      id: string;
      queued: number;
      recipients: number;
      wardensNotified: number;
    };
    Budget: {
      abilities: {
        canEdit: boolean;
      };
      biennium: string;
      countryId: string | null;
      dutyStationId: string | null;
      dutyStationName: string | null;
      headcountSource: string;
      id: string;
      /** @enum {string} */
      kind: 'system' | 'local';
      lines: components['schemas']['BudgetLine'][];
      minimumDollars: number;
      notes: string | null;
      shownVersion: number;
      title: string;
      totalDollars: number;
      totalHeadcount: number;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      versions: components['schemas']['BudgetVersion'][];
    };
    BudgetComparison: {
      from: components['schemas']['BudgetSummary'];
      rows: {
        after: number | null;
        before: number | null;
        change: number;
        changePercent: string | null;
        organizationCode: string;
      }[];
      to: components['schemas']['BudgetSummary'];
      totalChange: number;
    };
    BudgetComparisonInput: {
      from: components['schemas']['BudgetSummaryInput'];
      rows: {
        after: number | null;
        before: number | null;
        change: number;
        changePercent: string | null;
        organizationCode: string;
      }[];
      to: components['schemas']['BudgetSummaryInput'];
      totalChange: number;
    };
    BudgetInput: {
      abilities: {
        canEdit: boolean;
      };
      biennium: string;
      countryId: string | null;
      dutyStationId: string | null;
      dutyStationName: string | null;
      headcountSource: string;
      id: string;
      /** @enum {string} */
      kind: 'system' | 'local';
      lines: components['schemas']['BudgetLineInput'][];
      minimumDollars: number;
      notes: string | null;
      shownVersion: number;
      title: string;
      totalDollars: number;
      totalHeadcount: number;
      updatedAt: unknown;
      version: number;
      versions: components['schemas']['BudgetVersionInput'][];
    };
    BudgetLine: {
      amountDollars: number;
      headcount: number;
      minimumApplied: boolean;
      organizationCode: string;
      organizationId: string;
      organizationName: string;
      sharePercent: string;
    };
    BudgetLineInput: {
      amountDollars: number;
      headcount: number;
      minimumApplied: boolean;
      organizationCode: string;
      organizationId: string;
      organizationName: string;
      sharePercent: string;
    };
    BudgetSummary: {
      abilities: {
        canEdit: boolean;
      };
      biennium: string;
      countryId: string | null;
      dutyStationId: string | null;
      dutyStationName: string | null;
      headcountSource: string;
      id: string;
      /** @enum {string} */
      kind: 'system' | 'local';
      minimumDollars: number;
      notes: string | null;
      title: string;
      totalDollars: number;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    BudgetSummaryInput: {
      abilities: {
        canEdit: boolean;
      };
      biennium: string;
      countryId: string | null;
      dutyStationId: string | null;
      dutyStationName: string | null;
      headcountSource: string;
      id: string;
      /** @enum {string} */
      kind: 'system' | 'local';
      minimumDollars: number;
      notes: string | null;
      title: string;
      totalDollars: number;
      updatedAt: unknown;
      version: number;
    };
    BudgetVersion: {
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
      headcountSource: string;
      minimumDollars: number;
      reason: string | null;
      totalDollars: number;
      version: number;
    };
    BudgetVersionInput: {
      createdAt: unknown;
      createdBy: string;
      headcountSource: string;
      minimumDollars: number;
      reason: string | null;
      totalDollars: number;
      version: number;
    };
    CallList: {
      items: components['schemas']['CallListRow'][];
      page: number;
      pageSize: number;
      toReach: number;
      total: number;
    };
    CallListInput: {
      items: components['schemas']['CallListRowInput'][];
      page: number;
      pageSize: number;
      toReach: number;
      total: number;
    };
    CallListRow: {
      answeredAt: string | null;
      answeredVia: string | null;
      calledAt: string | null;
      calledBy: string | null;
      callListAt: string | null;
      callOutcome: ('safe' | 'need_help' | 'no_answer') | null;
      canReach: boolean;
      name: string;
      note: string | null;
      organization: string;
      personId: string;
      phone: string | null;
      radioCallSign: string | null;
      /** @enum {string} */
      status: 'no_answer' | 'safe' | 'need_help';
      zone: string | null;
    };
    CallListRowInput: {
      answeredAt: unknown | null;
      answeredVia: string | null;
      calledAt: unknown | null;
      calledBy: string | null;
      callListAt: unknown | null;
      callOutcome: ('safe' | 'need_help' | 'no_answer') | null;
      canReach: boolean;
      name: string;
      note: string | null;
      organization: string;
      personId: string;
      phone: string | null;
      radioCallSign: string | null;
      /** @enum {string} */
      status: 'no_answer' | 'safe' | 'need_help';
      zone: string | null;
    };
    Certificate: {
      course: string;
      expiresOn: string | null;
      id: string;
      issuedOn: string;
      personId: string;
      refresherMonths: number | null;
      source: string;
      /** @enum {string} */
      status: 'valid' | 'expiring' | 'expired';
      validUntil: string | null;
    };
    CertificateImportSummary: {
      created: number;
      dryRun: boolean;
      errors: {
        field: string;
        line: number;
        message: string;
      }[];
      rows: number;
      unchanged: number;
    };
    CertificateImportSummaryInput: {
      created: number;
      dryRun: boolean;
      errors: {
        field: string;
        line: number;
        message: string;
      }[];
      rows: number;
      unchanged: number;
    };
    CertificateInput: {
      course: string;
      expiresOn: string | null;
      id: string;
      issuedOn: string;
      personId: string;
      refresherMonths: number | null;
      source: string;
      /** @enum {string} */
      status: 'valid' | 'expiring' | 'expired';
      validUntil: string | null;
    };
    CheckinResult: {
      /** Format: date-time */
      answeredAt: string;
      crisis: string;
      repeated: boolean;
      status: string;
    };
    CheckinResultInput: {
      answeredAt: unknown;
      crisis: string;
      repeated: boolean;
      status: string;
    };
    CheckinSchedule: {
      abilities: {
        canEdit: boolean;
      };
      dueAt: string | null;
      /** Format: date-time */
      endsAt: string;
      everyMinutes: number;
      graceMinutes: number;
      id: string;
      label: string;
      lastCheckinAt: string | null;
      missedAt: string | null;
      nextDueAt: string | null;
      personId: string;
      reason: string;
      /** Format: date-time */
      startsAt: string;
      state: string;
      status: string;
      travelRequestId: string | null;
    };
    CheckinScheduleInput: {
      abilities: {
        canEdit: boolean;
      };
      dueAt: unknown | null;
      endsAt: unknown;
      everyMinutes: number;
      graceMinutes: number;
      id: string;
      label: string;
      lastCheckinAt: unknown | null;
      missedAt: unknown | null;
      nextDueAt: unknown | null;
      personId: string;
      reason: string;
      startsAt: unknown;
      state: string;
      status: string;
      travelRequestId: string | null;
    };
    ClearanceContext: {
      checks: {
        ceiling: number | null;
        headcount: number | null;
        legIndex: number;
        messages: components['schemas']['LocalizedLabel'][];
        /** @enum {string} */
        outcome: 'pass' | 'notApplicable' | 'info' | 'refer' | 'refuse';
        /** @enum {string} */
        rule: 'itinerary' | 'sanction' | 'bsitf' | 'asitf' | 'ssafe' | 'ceiling' | 'maip' | 'level';
        securityLevel: number | null;
      }[];
      destinations: {
        advisories: {
          body: string;
          id: string;
          title: string;
          validUntil: string | null;
        }[];
        crises: {
          id: string;
          title: string;
        }[];
        headcount: number;
        legIndex: number;
        locationId: string;
        name: string;
        securityLevel: number | null;
        staffCeiling: number | null;
      }[];
      evaluatedOn: string;
      maipValidUntil: string | null;
      organizationId: string;
      /** @enum {string} */
      outcome: 'approve' | 'refer' | 'refuse';
      training: {
        course: string;
        expiresOn: string | null;
        issuedOn: string | null;
        status: string;
      }[];
    };
    ClearanceContextInput: {
      checks: {
        ceiling: number | null;
        headcount: number | null;
        legIndex: number;
        messages: components['schemas']['LocalizedLabelInput'][];
        /** @enum {string} */
        outcome: 'pass' | 'notApplicable' | 'info' | 'refer' | 'refuse';
        /** @enum {string} */
        rule: 'itinerary' | 'sanction' | 'bsitf' | 'asitf' | 'ssafe' | 'ceiling' | 'maip' | 'level';
        securityLevel: number | null;
      }[];
      destinations: {
        advisories: {
          body: string;
          id: string;
          title: string;
          validUntil: string | null;
        }[];
        crises: {
          id: string;
          title: string;
        }[];
        headcount: number;
        legIndex: number;
        locationId: string;
        name: string;
        securityLevel: number | null;
        staffCeiling: number | null;
      }[];
      evaluatedOn: string;
      maipValidUntil: string | null;
      organizationId: string;
      /** @enum {string} */
      outcome: 'approve' | 'refer' | 'refuse';
      training: {
        course: string;
        expiresOn: string | null;
        issuedOn: string | null;
        status: string;
      }[];
    };
    ClearanceReason: {
      code: string;
      details: {
        [key: string]: unknown;
      };
      legIndex: number | null;
      locationId: string | null;
      message: components['schemas']['LocalizedLabel'];
      /** @enum {string} */
      severity: 'refuse' | 'refer' | 'info';
    };
    ClearanceReasonInput: {
      code: string;
      details: {
        [key: string]: unknown;
      };
      legIndex: number | null;
      locationId: string | null;
      message: components['schemas']['LocalizedLabelInput'];
      /** @enum {string} */
      severity: 'refuse' | 'refer' | 'info';
    };
    ClearanceSanction: {
      abilities: {
        canEdit: boolean;
      };
      active: boolean;
      countryId: string;
      /** Format: date-time */
      createdAt: string;
      decidedBy: string;
      endsOn: string | null;
      id: string;
      organizationCode: string;
      organizationId: string;
      reason: string;
      startsOn: string;
    };
    ClearanceSanctionInput: {
      abilities: {
        canEdit: boolean;
      };
      active: boolean;
      countryId: string;
      createdAt: unknown;
      decidedBy: string;
      endsOn: string | null;
      id: string;
      organizationCode: string;
      organizationId: string;
      reason: string;
      startsOn: string;
    };
    ComplianceChecklist: {
      abilities: {
        canEdit: boolean;
      };
      /** @enum {string} */
      actorCategory:
        | 'do'
        | 'smt'
        | 'security_adviser'
        | 'organization'
        | 'area_coordinator'
        | 'wardens'
        | 'staff';
      actorName: string;
      answers: {
        /** @enum {string} */
        answer: 'compliant' | 'partly' | 'not_compliant' | 'not_applicable';
        item: string;
        note: string | null;
        verified: boolean;
      }[];
      id: string;
      missionId: string;
      organizationCode: string | null;
      organizationId: string | null;
      summary: {
        compliant: number;
        notApplicable: number;
        notCompliant: number;
        partly: number;
        percent: number | null;
        unanswered: number;
        verified: number;
      };
    };
    ComplianceChecklistInput: {
      abilities: {
        canEdit: boolean;
      };
      /** @enum {string} */
      actorCategory:
        | 'do'
        | 'smt'
        | 'security_adviser'
        | 'organization'
        | 'area_coordinator'
        | 'wardens'
        | 'staff';
      actorName: string;
      answers: {
        /** @enum {string} */
        answer: 'compliant' | 'partly' | 'not_compliant' | 'not_applicable';
        item: string;
        note: string | null;
        verified: boolean;
      }[];
      id: string;
      missionId: string;
      organizationCode: string | null;
      organizationId: string | null;
      summary: {
        compliant: number;
        notApplicable: number;
        notCompliant: number;
        partly: number;
        percent: number | null;
        unanswered: number;
        verified: number;
      };
    };
    ComplianceFinding: {
      actorCategory: string;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      closedOn: string | null;
      deadline: string;
      escalation: string;
      evidence: string[];
      id: string;
      missionId: string;
      organizationCode: string | null;
      organizationId: string | null;
      overdue: boolean;
      owner: string;
      severity: string;
      text: string;
      verified: boolean;
      verifiedBy: string | null;
    };
    ComplianceFindingInput: {
      actorCategory: string;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      closedOn: string | null;
      deadline: string;
      escalation: string;
      evidence: string[];
      id: string;
      missionId: string;
      organizationCode: string | null;
      organizationId: string | null;
      overdue: boolean;
      owner: string;
      severity: string;
      text: string;
      verified: boolean;
      verifiedBy: string | null;
    };
    ComplianceMission: {
      abilities: {
        canEdit: boolean;
      };
      briefedDoSmtOn: string | null;
      countryId: string;
      findings: components['schemas']['ComplianceFinding'][];
      id: string;
      reportedToFocalPointsOn: string | null;
      returnVisitOn: string | null;
      summary: string | null;
      team: string;
      visitedOn: string;
    };
    ComplianceMissionInput: {
      abilities: {
        canEdit: boolean;
      };
      briefedDoSmtOn: string | null;
      countryId: string;
      findings: components['schemas']['ComplianceFindingInput'][];
      id: string;
      reportedToFocalPointsOn: string | null;
      returnVisitOn: string | null;
      summary: string | null;
      team: string;
      visitedOn: string;
    };
    ComplianceRating: {
      cappedByCritical: number;
      countryId: string;
      escalation: {
        executiveHead: number;
        focalPoint: number;
        hlcm: number;
        usg: number;
      };
      implementation: {
        closedOnTime: number;
        due: number;
        percent: number | null;
      };
      openFindings: number;
      percent: number | null;
      rating: string | null;
      reason: string;
    };
    ComplianceRatingInput: {
      cappedByCritical: number;
      countryId: string;
      escalation: {
        executiveHead: number;
        focalPoint: number;
        hlcm: number;
        usg: number;
      };
      implementation: {
        closedOnTime: number;
        due: number;
        percent: number | null;
      };
      openFindings: number;
      percent: number | null;
      rating: string | null;
      reason: string;
    };
    ComplianceSpotCheck: {
      checkedBy: string;
      checkedOn: string;
      countryId: string;
      id: string;
      items: string[];
      missionId: string | null;
      note: string | null;
      /** @enum {string} */
      result: 'confirmed' | 'partly_confirmed' | 'not_confirmed';
    };
    ComplianceSpotCheckInput: {
      checkedBy: string;
      checkedOn: string;
      countryId: string;
      id: string;
      items: string[];
      missionId: string | null;
      note: string | null;
      /** @enum {string} */
      result: 'confirmed' | 'partly_confirmed' | 'not_confirmed';
    };
    ComplianceSystemRate: {
      countries: {
        alpha2: string;
        countryId: string;
        name: string;
        total: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        } | null;
        years: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        }[];
      }[];
      onDate: string;
      overall: {
        total: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        } | null;
        years: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        }[];
      };
    };
    ComplianceSystemRateInput: {
      countries: {
        alpha2: string;
        countryId: string;
        name: string;
        total: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        } | null;
        years: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        }[];
      }[];
      onDate: string;
      overall: {
        total: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        } | null;
        years: {
          closed: number;
          closedOnTime: number;
          due: number;
          percent: number | null;
          year: number;
        }[];
      };
    };
    Country: {
      alpha2: string;
      alpha3: string;
      hasPresence: boolean;
      id: string;
      nameEn: string;
      nameFr: string;
      numeric: string;
    };
    CountryHostAgreements: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      items: components['schemas']['HostCountryAgreement'][];
    };
    CountryHostAgreementsInput: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      items: components['schemas']['HostCountryAgreementInput'][];
    };
    CountryInput: {
      alpha2: string;
      alpha3: string;
      hasPresence: boolean;
      id: string;
      nameEn: string;
      nameFr: string;
      numeric: string;
    };
    CountryLocationActivations: {
      abilities: {
        canActivate: boolean;
        canDelegate: boolean;
      };
      countryId: string;
      delegatedToCsa: boolean;
      items: components['schemas']['LocationActivation'][];
    };
    CountryLocationActivationsInput: {
      abilities: {
        canActivate: boolean;
        canDelegate: boolean;
      };
      countryId: string;
      delegatedToCsa: boolean;
      items: components['schemas']['LocationActivationInput'][];
    };
    CountrySltPartners: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      items: components['schemas']['SltPartner'][];
    };
    CountrySltPartnersInput: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      items: components['schemas']['SltPartnerInput'][];
    };
    CountrySmtMeetings: {
      abilities: {
        canEdit: boolean;
      };
      /** @enum {string} */
      body: 'smt' | 'security_cell';
      countryId: string;
      days: number;
      flagged: boolean;
      items: components['schemas']['SmtMeeting'][];
      lastHeldOn: string | null;
      members: {
        appointmentId: string;
        chair: boolean;
        organizationCode: string | null;
        personName: string;
        /** @enum {string} */
        role:
          | 'DO'
          | 'DO_AI'
          | 'SMT_MEMBER'
          | 'ASC'
          | 'CSA'
          | 'DEPUTY_SA'
          | 'CSO'
          | 'CSFP'
          | 'SASO'
          | 'LSA'
          | 'WARDEN'
          | 'HQ_SFP'
          | 'AGENCY_REP'
          | 'EXECUTIVE_HEAD';
      }[];
    };
    CountrySmtMeetingsInput: {
      abilities: {
        canEdit: boolean;
      };
      /** @enum {string} */
      body: 'smt' | 'security_cell';
      countryId: string;
      days: number;
      flagged: boolean;
      items: components['schemas']['SmtMeetingInput'][];
      lastHeldOn: string | null;
      members: {
        appointmentId: string;
        chair: boolean;
        organizationCode: string | null;
        personName: string;
        /** @enum {string} */
        role:
          | 'DO'
          | 'DO_AI'
          | 'SMT_MEMBER'
          | 'ASC'
          | 'CSA'
          | 'DEPUTY_SA'
          | 'CSO'
          | 'CSFP'
          | 'SASO'
          | 'LSA'
          | 'WARDEN'
          | 'HQ_SFP'
          | 'AGENCY_REP'
          | 'EXECUTIVE_HEAD';
      }[];
    };
    CountryStructure: {
      areas: components['schemas']['Area'][];
      dutyStations: components['schemas']['DutyStation'][];
      headcount: {
        [key: string]: number;
      };
      premises: components['schemas']['Premises'][];
      wardenZones: components['schemas']['WardenZone'][];
    };
    CountryStructureInput: {
      areas: components['schemas']['AreaInput'][];
      dutyStations: components['schemas']['DutyStationInput'][];
      headcount: {
        [key: string]: number;
      };
      premises: components['schemas']['PremisesInput'][];
      wardenZones: components['schemas']['WardenZoneInput'][];
    };
    Course: {
      code: string;
      core: boolean;
      name: components['schemas']['LocalizedLabel'];
      requirement: string;
      validityMonths: number | null;
    };
    CourseInput: {
      code: string;
      core: boolean;
      name: components['schemas']['LocalizedLabelInput'];
      requirement: string;
      validityMonths: number | null;
    };
    CourseList: {
      items: components['schemas']['Course'][];
    };
    CourseListInput: {
      items: components['schemas']['CourseInput'][];
    };
    Crisis: {
      abilities: {
        canAccount: boolean;
        canManage: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      closedAt: string | null;
      countryId: string;
      /** Format: date-time */
      declaredAt: string;
      declaredBy: string;
      description: string | null;
      escalatedAt: string | null;
      id: string;
      reminderSchedule: components['schemas']['ReminderSchedule'] | null;
      status: string;
      title: string;
    };
    CrisisBoard: {
      allAccountedFor: boolean;
      byOrganization: {
        needHelp: number;
        noAnswer: number;
        organization: string;
        organizationId: string;
        safe: number;
        total: number;
      }[];
      byZone: {
        needHelp: number;
        noAnswer: number;
        safe: number;
        total: number;
        zone: string | null;
        zoneId: string | null;
      }[];
      counts: {
        needHelp: number;
        noAnswer: number;
        safe: number;
        total: number;
      };
      crisisId: string;
      page: number;
      pageSize: number;
      people: components['schemas']['CrisisPerson'][];
      peopleTotal: number;
      status: string;
    };
    CrisisBoardInput: {
      allAccountedFor: boolean;
      byOrganization: {
        needHelp: number;
        noAnswer: number;
        organization: string;
        organizationId: string;
        safe: number;
        total: number;
      }[];
      byZone: {
        needHelp: number;
        noAnswer: number;
        safe: number;
        total: number;
        zone: string | null;
        zoneId: string | null;
      }[];
      counts: {
        needHelp: number;
        noAnswer: number;
        safe: number;
        total: number;
      };
      crisisId: string;
      page: number;
      pageSize: number;
      people: components['schemas']['CrisisPersonInput'][];
      peopleTotal: number;
      status: string;
    };
    CrisisInput: {
      abilities: {
        canAccount: boolean;
        canManage: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      closedAt: unknown | null;
      countryId: string;
      declaredAt: unknown;
      declaredBy: string;
      description: string | null;
      escalatedAt: unknown | null;
      id: string;
      reminderSchedule: components['schemas']['ReminderScheduleInput'] | null;
      status: string;
      title: string;
    };
    CrisisLogEntry: {
      /** Format: date-time */
      at: string;
      authority: string | null;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      decidedBy: string | null;
      exigent: boolean;
      id: string;
      kind: string;
      recommendedBy: string | null;
      recordedBy: string;
      reportedToUsgAt: string | null;
      sltShareable: boolean;
      text: string;
      usgReportPending: boolean;
      usgReportReference: string | null;
    };
    CrisisLogEntryInput: {
      at: unknown;
      authority: string | null;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      decidedBy: string | null;
      exigent: boolean;
      id: string;
      kind: string;
      recommendedBy: string | null;
      recordedBy: string;
      reportedToUsgAt: unknown | null;
      sltShareable: boolean;
      text: string;
      usgReportPending: boolean;
      usgReportReference: string | null;
    };
    CrisisPerson: {
      answeredAt: string | null;
      answeredVia: string | null;
      callListAt: string | null;
      canMark: boolean;
      category: string | null;
      kind: string;
      latitude: number | null;
      longitude: number | null;
      name: string;
      note: string | null;
      organization: string;
      personId: string;
      phone: string | null;
      radioCallSign: string | null;
      reason: string;
      status: string;
      zone: string | null;
      zoneId: string | null;
    };
    CrisisPersonInput: {
      answeredAt: unknown | null;
      answeredVia: string | null;
      callListAt: unknown | null;
      canMark: boolean;
      category: string | null;
      kind: string;
      latitude: number | null;
      longitude: number | null;
      name: string;
      note: string | null;
      organization: string;
      personId: string;
      phone: string | null;
      radioCallSign: string | null;
      reason: string;
      status: string;
      zone: string | null;
      zoneId: string | null;
    };
    DefaultComplianceChecklist: {
      categories: {
        /** @enum {string} */
        actorCategory:
          | 'do'
          | 'smt'
          | 'security_adviser'
          | 'organization'
          | 'area_coordinator'
          | 'wardens'
          | 'staff';
        items: {
          item: string;
          text: components['schemas']['LocalizedLabel'];
        }[];
        role: string;
      }[];
      source: string;
    };
    DefaultComplianceChecklistInput: {
      categories: {
        /** @enum {string} */
        actorCategory:
          | 'do'
          | 'smt'
          | 'security_adviser'
          | 'organization'
          | 'area_coordinator'
          | 'wardens'
          | 'staff';
        items: {
          item: string;
          text: components['schemas']['LocalizedLabelInput'];
        }[];
        role: string;
      }[];
      source: string;
    };
    DeliveryStats: {
      delivered: number;
      failed: number;
      queued: number;
      sending: number;
    };
    DeliveryStatsInput: {
      delivered: number;
      failed: number;
      queued: number;
      sending: number;
    };
    Document: {
      /** Format: date-time */
      createdAt: string;
      filename: string;
      id: string;
      mediaType: string;
      sha256: string;
      size: number;
    };
    DocumentInput: {
      createdAt: unknown;
      filename: string;
      id: string;
      mediaType: string;
      sha256: string;
      size: number;
    };
    Drill: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      durationMinutes: number | null;
      dutyStationId: string | null;
      dutyStationName: string | null;
      endedAt: string | null;
      findings: string | null;
      followUpActions: string | null;
      heldOn: string | null;
      id: string;
      /** @enum {string} */
      kind: 'evacuation' | 'quick' | 'relocation' | 'other';
      participantCount: number;
      participants: {
        id: string;
        name: string;
      }[];
      scenario: string | null;
      scheduledOn: string;
      startedAt: string | null;
      /** @enum {string} */
      status: 'scheduled' | 'done';
    };
    DrillInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      durationMinutes: number | null;
      dutyStationId: string | null;
      dutyStationName: string | null;
      endedAt: unknown | null;
      findings: string | null;
      followUpActions: string | null;
      heldOn: string | null;
      id: string;
      /** @enum {string} */
      kind: 'evacuation' | 'quick' | 'relocation' | 'other';
      participantCount: number;
      participants: {
        id: string;
        name: string;
      }[];
      scenario: string | null;
      scheduledOn: string;
      startedAt: unknown | null;
      /** @enum {string} */
      status: 'scheduled' | 'done';
    };
    DrillPage: {
      abilities: {
        canCreate: boolean;
      };
      items: components['schemas']['Drill'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DrillPageInput: {
      abilities: {
        canCreate: boolean;
      };
      items: components['schemas']['DrillInput'][];
      page: number;
      pageSize: number;
      total: number;
    };
    DrillsDueReport: {
      countryId: string;
      highRiskFromLevel: number;
      items: {
        areaId: string;
        areaName: string;
        daysOverdue: number | null;
        dueOn: string | null;
        dutyStationId: string;
        dutyStationName: string;
        /** @enum {string} */
        kind: 'evacuation' | 'quick' | 'relocation' | 'other';
        lastHeldOn: string | null;
        months: number;
        nextScheduledOn: string | null;
        overdue: boolean;
        /** @enum {string} */
        riskBand: 'low' | 'high';
        securityLevel: string | null;
      }[];
      overdueCount: number;
      today: string;
    };
    DrillsDueReportInput: {
      countryId: string;
      highRiskFromLevel: number;
      items: {
        areaId: string;
        areaName: string;
        daysOverdue: number | null;
        dueOn: string | null;
        dutyStationId: string;
        dutyStationName: string;
        /** @enum {string} */
        kind: 'evacuation' | 'quick' | 'relocation' | 'other';
        lastHeldOn: string | null;
        months: number;
        nextScheduledOn: string | null;
        overdue: boolean;
        /** @enum {string} */
        riskBand: 'low' | 'high';
        securityLevel: string | null;
      }[];
      overdueCount: number;
      today: string;
    };
    Driver: {
      countryId: string;
      id: string;
      organizationId: string;
      permitStatus: string;
      personId: string;
      personName: string;
      revokedOn: string | null;
      revokedReason: string | null;
      violations: {
        details: string | null;
        id: string;
        kind: string;
        occurredOn: string;
      }[];
    };
    DriverInput: {
      countryId: string;
      id: string;
      organizationId: string;
      permitStatus: string;
      personId: string;
      personName: string;
      revokedOn: string | null;
      revokedReason: string | null;
      violations: {
        details: string | null;
        id: string;
        kind: string;
        occurredOn: string;
      }[];
    };
    DutyStation: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      countryId: string;
      id: string;
      /** @enum {string} */
      kind: 'headquarters' | 'field';
      latitude: number | null;
      longitude: number | null;
      name: string;
    };
    DutyStationInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      countryId: string;
      id: string;
      /** @enum {string} */
      kind: 'headquarters' | 'field';
      latitude: number | null;
      longitude: number | null;
      name: string;
    };
    EvacuationEntry: {
      category: string | null;
      /** @enum {string} */
      eligibility: 'eligible' | 'case_by_case';
      kind: string;
      locallyRecruited: boolean;
      movement: {
        arrivedAt: string | null;
        decidedBy: string;
        decisionId: string | null;
        destination: string | null;
        exceptionalReason: string | null;
        measure: string;
        movedAt: string | null;
        staffAssociation: string | null;
        staffAssociationConsultedOn: string | null;
        /** @enum {string} */
        status: 'decided' | 'moved' | 'arrived';
      } | null;
      name: string;
      organization: string;
      personId: string;
      status: string;
    };
    EvacuationEntryInput: {
      category: string | null;
      /** @enum {string} */
      eligibility: 'eligible' | 'case_by_case';
      kind: string;
      locallyRecruited: boolean;
      movement: {
        arrivedAt: unknown | null;
        decidedBy: string;
        decisionId: string | null;
        destination: string | null;
        exceptionalReason: string | null;
        measure: string;
        movedAt: unknown | null;
        staffAssociation: string | null;
        staffAssociationConsultedOn: string | null;
        /** @enum {string} */
        status: 'decided' | 'moved' | 'arrived';
      } | null;
      name: string;
      organization: string;
      personId: string;
      status: string;
    };
    FilableTravellerList: {
      items: {
        /** @enum {string} */
        basis: 'sponsor' | 'organization';
        id: string;
        kind: string;
        name: string;
      }[];
    };
    FilableTravellerListInput: {
      items: {
        /** @enum {string} */
        basis: 'sponsor' | 'organization';
        id: string;
        kind: string;
        name: string;
      }[];
    };
    Headcount: {
      ceiling: number | null;
      date: string;
      locationId: string;
      residents: number;
      total: number;
      travellers: number;
    };
    HeadcountInput: {
      ceiling: number | null;
      date: string;
      locationId: string;
      residents: number;
      total: number;
      travellers: number;
    };
    Home: {
      countryId: string | null;
      sections: {
        items: {
          code: string | null;
          countryId: string | null;
          counts: {
            [key: string]: number;
          } | null;
          date: string | null;
          id: string;
          label: components['schemas']['LocalizedLabel'] | null;
          link: string;
          params: {
            [key: string]: string | number;
          } | null;
          reasons:
            | {
                message: components['schemas']['LocalizedLabel'];
                /** @enum {string} */
                severity: 'refuse' | 'refer' | 'info';
              }[]
            | null;
          status: string | null;
          title: string | null;
        }[];
        /** @enum {string} */
        key:
          | 'crisisPrompt'
          | 'myClearances'
          | 'myTraining'
          | 'myPlans'
          | 'myZones'
          | 'toReach'
          | 'radioChecksDue'
          | 'activeCrises'
          | 'clearancesWaiting'
          | 'incidentsWaiting'
          | 'overdueDrills'
          | 'overdueFindings'
          | 'overdueReviews'
          | 'invariantErrors'
          | 'decideClearances'
          | 'decideRisks'
          | 'decideLevels'
          | 'decideSsafe'
          | 'overview';
        link: string | null;
        total: number;
      }[];
    };
    HomeInput: {
      countryId: string | null;
      sections: {
        items: {
          code: string | null;
          countryId: string | null;
          counts: {
            [key: string]: number;
          } | null;
          date: string | null;
          id: string;
          label: components['schemas']['LocalizedLabelInput'] | null;
          link: string;
          params: {
            [key: string]: string | number;
          } | null;
          reasons:
            | {
                message: components['schemas']['LocalizedLabelInput'];
                /** @enum {string} */
                severity: 'refuse' | 'refer' | 'info';
              }[]
            | null;
          status: string | null;
          title: string | null;
        }[];
        /** @enum {string} */
        key:
          | 'crisisPrompt'
          | 'myClearances'
          | 'myTraining'
          | 'myPlans'
          | 'myZones'
          | 'toReach'
          | 'radioChecksDue'
          | 'activeCrises'
          | 'clearancesWaiting'
          | 'incidentsWaiting'
          | 'overdueDrills'
          | 'overdueFindings'
          | 'overdueReviews'
          | 'invariantErrors'
          | 'decideClearances'
          | 'decideRisks'
          | 'decideLevels'
          | 'decideSsafe'
          | 'overview';
        link: string | null;
        total: number;
      }[];
    };
    HostAgreementsFlagged: {
      items: components['schemas']['HostCountryAgreement'][];
    };
    HostAgreementsFlaggedInput: {
      items: components['schemas']['HostCountryAgreementInput'][];
    };
    HostCountryAgreement: {
      abilities: {
        canEdit: boolean;
      };
      annexSummary: string | null;
      countryId: string;
      countryName: string;
      documentReference: string | null;
      flags: ('review_overdue' | 'no_review_date' | 'no_security_annex')[];
      id: string;
      lastReviewedOn: string | null;
      organizationCode: string;
      organizationId: string;
      parties: string;
      reviewDueOn: string | null;
      securityAnnex: boolean;
      signedOn: string | null;
      title: string;
    };
    HostCountryAgreementInput: {
      abilities: {
        canEdit: boolean;
      };
      annexSummary: string | null;
      countryId: string;
      countryName: string;
      documentReference: string | null;
      flags: ('review_overdue' | 'no_review_date' | 'no_security_annex')[];
      id: string;
      lastReviewedOn: string | null;
      organizationCode: string;
      organizationId: string;
      parties: string;
      reviewDueOn: string | null;
      securityAnnex: boolean;
      signedOn: string | null;
      title: string;
    };
    ImplementationRates: {
      asOf: string;
      byBody: {
        implemented: number;
        key: string;
        notAccepted: number;
        overdue: number;
        pending: number;
        ratePercent: string | null;
        total: number;
      }[];
      byOrganization: {
        implemented: number;
        key: string;
        notAccepted: number;
        overdue: number;
        pending: number;
        ratePercent: string | null;
        total: number;
      }[];
    };
    ImplementationRatesInput: {
      asOf: string;
      byBody: {
        implemented: number;
        key: string;
        notAccepted: number;
        overdue: number;
        pending: number;
        ratePercent: string | null;
        total: number;
      }[];
      byOrganization: {
        implemented: number;
        key: string;
        notAccepted: number;
        overdue: number;
        pending: number;
        ratePercent: string | null;
        total: number;
      }[];
    };
    ImportSummary: {
      created: number;
      dryRun: boolean;
      errors: {
        field: string;
        line: number;
        message: string;
      }[];
      preview: {
        /** @enum {string} */
        action: 'create' | 'update' | 'unchanged';
        line: number;
        name: string;
        staffId: string;
      }[];
      rows: number;
      unchanged: number;
      updated: number;
    };
    ImportSummaryInput: {
      created: number;
      dryRun: boolean;
      errors: {
        field: string;
        line: number;
        message: string;
      }[];
      preview: {
        /** @enum {string} */
        action: 'create' | 'update' | 'unchanged';
        line: number;
        name: string;
        staffId: string;
      }[];
      rows: number;
      unchanged: number;
      updated: number;
    };
    Incident: {
      abilities: {
        canCorrect: boolean;
        canVerify: boolean;
      };
      areaId: string | null;
      category: string;
      classification: string;
      countryId: string;
      dependantsAffected: number;
      dutyStationId: string | null;
      fatalities: number;
      id: string;
      injuries: number;
      latitude: number | null;
      longitude: number | null;
      narrative: string;
      nature: string;
      /** Format: date-time */
      occurredAt: string;
      organizationId: string | null;
      partnersAffected: number;
      personnelAffected: number;
      place: string | null;
      reportedAt: string | null;
      status: string;
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    IncidentDetail: {
      abilities: {
        canCorrect: boolean;
        canVerify: boolean;
      };
      areaId: string | null;
      attachments: {
        /** Format: date-time */
        createdAt: string;
        filename: string;
        id: string;
        mediaType: string;
        size: number;
      }[];
      category: string;
      classification: string;
      countryId: string;
      dependantsAffected: number;
      dutyStationId: string | null;
      fatalities: number;
      id: string;
      injuries: number;
      latitude: number | null;
      longitude: number | null;
      narrative: string;
      nature: string;
      /** Format: date-time */
      occurredAt: string;
      organizationId: string | null;
      partnersAffected: number;
      people: {
        id: string;
        kind: string;
        name: string | null;
        outcome: string;
        personId: string | null;
      }[];
      personnelAffected: number;
      place: string | null;
      reportedAt: string | null;
      revisions: {
        changedBy: string | null;
        /** Format: date-time */
        createdAt: string;
        reason: string;
        snapshot: unknown;
        version: number;
      }[];
      status: string;
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    IncidentDetailInput: {
      abilities: {
        canCorrect: boolean;
        canVerify: boolean;
      };
      areaId: string | null;
      attachments: {
        createdAt: unknown;
        filename: string;
        id: string;
        mediaType: string;
        size: number;
      }[];
      category: string;
      classification: string;
      countryId: string;
      dependantsAffected: number;
      dutyStationId: string | null;
      fatalities: number;
      id: string;
      injuries: number;
      latitude: number | null;
      longitude: number | null;
      narrative: string;
      nature: string;
      occurredAt: unknown;
      organizationId: string | null;
      partnersAffected: number;
      people: {
        id: string;
        kind: string;
        name: string | null;
        outcome: string;
        personId: string | null;
      }[];
      personnelAffected: number;
      place: string | null;
      reportedAt: unknown | null;
      revisions: {
        changedBy: string | null;
        createdAt: unknown;
        reason: string;
        snapshot: unknown;
        version: number;
      }[];
      status: string;
      timeZone: string;
      title: string;
      updatedAt: unknown;
      version: number;
    };
    IncidentInput: {
      abilities: {
        canCorrect: boolean;
        canVerify: boolean;
      };
      areaId: string | null;
      category: string;
      classification: string;
      countryId: string;
      dependantsAffected: number;
      dutyStationId: string | null;
      fatalities: number;
      id: string;
      injuries: number;
      latitude: number | null;
      longitude: number | null;
      narrative: string;
      nature: string;
      occurredAt: unknown;
      organizationId: string | null;
      partnersAffected: number;
      personnelAffected: number;
      place: string | null;
      reportedAt: unknown | null;
      status: string;
      timeZone: string;
      title: string;
      updatedAt: unknown;
      version: number;
    };
    IncidentReview: {
      completedOn: string | null;
      findings: string | null;
      id: string;
      incidentId: string;
      kind: string;
      lead: string;
      lessons: components['schemas']['Lesson'][];
      openedOn: string;
      status: string;
      summary: string | null;
    };
    IncidentReviewInput: {
      completedOn: string | null;
      findings: string | null;
      id: string;
      incidentId: string;
      kind: string;
      lead: string;
      lessons: components['schemas']['LessonInput'][];
      openedOn: string;
      status: string;
      summary: string | null;
    };
    IncidentStatistics: {
      categories: {
        code: string;
        en: string;
        fr: string;
      }[];
      cells: {
        [key: string]: {
          [key: string]: number;
        };
      };
      columnTotals: {
        [key: string]: number;
      };
      measure: string;
      rowTotals: {
        [key: string]: number;
      };
      total: number;
      years: number[];
    };
    IncidentStatisticsInput: {
      categories: {
        code: string;
        en: string;
        fr: string;
      }[];
      cells: {
        [key: string]: {
          [key: string]: number;
        };
      };
      columnTotals: {
        [key: string]: number;
      };
      measure: string;
      rowTotals: {
        [key: string]: number;
      };
      total: number;
      years: number[];
    };
    IndicatorRate: {
      percent: number | null;
      required: number;
      valid: number;
    };
    IndicatorRateInput: {
      percent: number | null;
      required: number;
      valid: number;
    };
    IndicatorRow: {
      advanced: components['schemas']['IndicatorRate'];
      basic: components['schemas']['IndicatorRate'];
      core: components['schemas']['IndicatorRate'];
      group: string;
      headcount: number;
      roleTraining: components['schemas']['IndicatorRate'];
      specialized: components['schemas']['IndicatorRate'];
      specializedHolders: number;
      ssafe: components['schemas']['IndicatorRate'];
    };
    IndicatorRowInput: {
      advanced: components['schemas']['IndicatorRateInput'];
      basic: components['schemas']['IndicatorRateInput'];
      core: components['schemas']['IndicatorRateInput'];
      group: string;
      headcount: number;
      roleTraining: components['schemas']['IndicatorRateInput'];
      specialized: components['schemas']['IndicatorRateInput'];
      specializedHolders: number;
      ssafe: components['schemas']['IndicatorRateInput'];
    };
    InvariantFinding: {
      appointmentId?: string;
      areaId?: string;
      /** @enum {string} */
      code:
        | 'NO_DO'
        | 'MULTIPLE_DO'
        | 'NO_DO_AI'
        | 'NO_SECURITY_ADVISER_OR_FOCAL_POINT'
        | 'CSA_AD_INTERIM_UNCONFIRMED'
        | 'CSFP_WHERE_SECURITY_ADVISER'
        | 'PEACEKEEPING_HEAD_NOT_ON_SMT'
        | 'ZONE_WITHOUT_WARDEN'
        | 'APPOINTMENT_WITHOUT_LETTER'
        | 'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE'
        | 'APPOINTMENT_EXPIRED'
        | 'APPOINTMENT_EXPIRING'
        | 'APPOINTMENT_WITHOUT_END_DATE'
        | 'PERSONNEL_LIST_STALE'
        | 'ORGANIZATION_NOT_ON_SMT'
        | 'HOST_AGREEMENT_REVIEW_OVERDUE'
        | 'HOST_AGREEMENT_NO_REVIEW_DATE'
        | 'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX';
      message: string;
      organizationId?: string;
      params: {
        [key: string]: string | number;
      };
      /** @enum {string} */
      severity: 'error' | 'warning' | 'info';
      zoneId?: string;
    };
    InvariantFindingInput: {
      appointmentId?: string;
      areaId?: string;
      /** @enum {string} */
      code:
        | 'NO_DO'
        | 'MULTIPLE_DO'
        | 'NO_DO_AI'
        | 'NO_SECURITY_ADVISER_OR_FOCAL_POINT'
        | 'CSA_AD_INTERIM_UNCONFIRMED'
        | 'CSFP_WHERE_SECURITY_ADVISER'
        | 'PEACEKEEPING_HEAD_NOT_ON_SMT'
        | 'ZONE_WITHOUT_WARDEN'
        | 'APPOINTMENT_WITHOUT_LETTER'
        | 'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE'
        | 'APPOINTMENT_EXPIRED'
        | 'APPOINTMENT_EXPIRING'
        | 'APPOINTMENT_WITHOUT_END_DATE'
        | 'PERSONNEL_LIST_STALE'
        | 'ORGANIZATION_NOT_ON_SMT'
        | 'HOST_AGREEMENT_REVIEW_OVERDUE'
        | 'HOST_AGREEMENT_NO_REVIEW_DATE'
        | 'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX';
      message: string;
      organizationId?: string;
      params: {
        [key: string]: string | number;
      };
      /** @enum {string} */
      severity: 'error' | 'warning' | 'info';
      zoneId?: string;
    };
    InvariantReport: {
      abilities: {
        canSetPeacekeepingMission: boolean;
      };
      checkedOn: string;
      countryId: string;
      findings: components['schemas']['InvariantFinding'][];
      organizations: {
        code: string;
        id: string;
        listUpdatedAt: string | null;
        name: string;
        personnelCount: number;
      }[];
      peacekeepingMission: boolean;
    };
    InvariantReportInput: {
      abilities: {
        canSetPeacekeepingMission: boolean;
      };
      checkedOn: string;
      countryId: string;
      findings: components['schemas']['InvariantFindingInput'][];
      organizations: {
        code: string;
        id: string;
        listUpdatedAt: string | null;
        name: string;
        personnelCount: number;
      }[];
      peacekeepingMission: boolean;
    };
    Lesson: {
      dueOn: string;
      evidence: string | null;
      id: string;
      implementedOn: string | null;
      overdue: boolean;
      owner: string;
      recommendation: string;
      reviewId: string;
      status: string;
    };
    LessonInput: {
      dueOn: string;
      evidence: string | null;
      id: string;
      implementedOn: string | null;
      overdue: boolean;
      owner: string;
      recommendation: string;
      reviewId: string;
      status: string;
    };
    LocalizedLabel: {
      ar: string;
      en: string;
      es: string;
      fr: string;
      ru: string;
      zh: string;
    };
    LocalizedLabelInput: {
      ar: string;
      en: string;
      es: string;
      fr: string;
      ru: string;
      zh: string;
    };
    LocationActivation: {
      activatedBy: string;
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      endedAt: string | null;
      endedBy: string | null;
      /** Format: date-time */
      endsAt: string;
      id: string;
      inForce: boolean;
      reason: string;
      /** Format: date-time */
      startsAt: string;
    };
    LocationActivationInput: {
      activatedBy: string;
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      endedAt: unknown | null;
      endedBy: string | null;
      endsAt: unknown;
      id: string;
      inForce: boolean;
      reason: string;
      startsAt: unknown;
    };
    Me: {
      abilities: components['schemas']['Abilities'];
      appointments: {
        areaId: string | null;
        countryId: string | null;
        organizationId: string | null;
        /** @enum {string} */
        role:
          | 'DO'
          | 'DO_AI'
          | 'SMT_MEMBER'
          | 'ASC'
          | 'CSA'
          | 'DEPUTY_SA'
          | 'CSO'
          | 'CSFP'
          | 'SASO'
          | 'LSA'
          | 'WARDEN'
          | 'HQ_SFP'
          | 'AGENCY_REP'
          | 'EXECUTIVE_HEAD';
        zoneId: string | null;
      }[];
      csrfToken: string | null;
      email: string;
      homeCountryId: string | null;
      isSystemAdmin: boolean;
      /** @enum {string} */
      locale: 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
      personId: string | null;
      /** @enum {string} */
      secondFactor: 'not_required' | 'enrol' | 'challenge' | 'satisfied';
      secondFactorRequired: boolean;
      /** @enum {string} */
      signInMethod: 'password' | 'oidc' | 'token';
      totpEnabled: boolean;
      userId: string;
    };
    MeInput: {
      abilities: components['schemas']['AbilitiesInput'];
      appointments: {
        areaId: string | null;
        countryId: string | null;
        organizationId: string | null;
        /** @enum {string} */
        role:
          | 'DO'
          | 'DO_AI'
          | 'SMT_MEMBER'
          | 'ASC'
          | 'CSA'
          | 'DEPUTY_SA'
          | 'CSO'
          | 'CSFP'
          | 'SASO'
          | 'LSA'
          | 'WARDEN'
          | 'HQ_SFP'
          | 'AGENCY_REP'
          | 'EXECUTIVE_HEAD';
        zoneId: string | null;
      }[];
      csrfToken: string | null;
      email: string;
      homeCountryId: string | null;
      isSystemAdmin: boolean;
      /** @enum {string} */
      locale: 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
      personId: string | null;
      /** @enum {string} */
      secondFactor: 'not_required' | 'enrol' | 'challenge' | 'satisfied';
      secondFactorRequired: boolean;
      /** @enum {string} */
      signInMethod: 'password' | 'oidc' | 'token';
      totpEnabled: boolean;
      userId: string;
    };
    MossAdoption: {
      applies: boolean | null;
      appliesTo: string[];
      area: string;
      areaLabel: components['schemas']['LocalizedLabel'];
      basis: string;
      code: string;
      decidedBy: string | null;
      decidedOn: string | null;
      intervalMonths: number | null;
      justification: string | null;
      requiresSraJustification: boolean;
      sources: string[];
      title: components['schemas']['LocalizedLabel'];
    };
    MossAdoptionInput: {
      applies: boolean | null;
      appliesTo: string[];
      area: string;
      areaLabel: components['schemas']['LocalizedLabelInput'];
      basis: string;
      code: string;
      decidedBy: string | null;
      decidedOn: string | null;
      intervalMonths: number | null;
      justification: string | null;
      requiresSraJustification: boolean;
      sources: string[];
      title: components['schemas']['LocalizedLabelInput'];
    };
    MossCompliance: {
      byLocation: {
        applicable: number;
        dutyStationId: string;
        implemented: number;
        name: string;
        notApplicable: number;
        notImplemented: number;
        partiallyImplemented: number;
        percent: number | null;
      }[];
      byOrganization: {
        applicable: number;
        code: string;
        implemented: number;
        notApplicable: number;
        notImplemented: number;
        organizationId: string;
        partiallyImplemented: number;
        percent: number | null;
      }[];
      country: {
        applicable: number;
        implemented: number;
        notApplicable: number;
        notImplemented: number;
        partiallyImplemented: number;
        percent: number | null;
      };
      countryId: string;
    };
    MossComplianceInput: {
      byLocation: {
        applicable: number;
        dutyStationId: string;
        implemented: number;
        name: string;
        notApplicable: number;
        notImplemented: number;
        partiallyImplemented: number;
        percent: number | null;
      }[];
      byOrganization: {
        applicable: number;
        code: string;
        implemented: number;
        notApplicable: number;
        notImplemented: number;
        organizationId: string;
        partiallyImplemented: number;
        percent: number | null;
      }[];
      country: {
        applicable: number;
        implemented: number;
        notApplicable: number;
        notImplemented: number;
        partiallyImplemented: number;
        percent: number | null;
      };
      countryId: string;
    };
    MossMeasure: {
      appliesTo: string[];
      area: string;
      areaLabel: components['schemas']['LocalizedLabel'];
      basis: string;
      code: string;
      intervalMonths: number | null;
      requiresSraJustification: boolean;
      sources: string[];
      title: components['schemas']['LocalizedLabel'];
    };
    MossMeasureInput: {
      appliesTo: string[];
      area: string;
      areaLabel: components['schemas']['LocalizedLabelInput'];
      basis: string;
      code: string;
      intervalMonths: number | null;
      requiresSraJustification: boolean;
      sources: string[];
      title: components['schemas']['LocalizedLabelInput'];
    };
    MossStatus: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      dueDate: string | null;
      dutyStationId: string;
      dutyStationName: string;
      evidence: string | null;
      measureCode: string;
      mossArea: string;
      organizationCode: string;
      organizationId: string;
      overdue: boolean;
      recorded: boolean;
      status: string;
      updatedAt: string | null;
    };
    MossStatusInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      dueDate: string | null;
      dutyStationId: string;
      dutyStationName: string;
      evidence: string | null;
      measureCode: string;
      mossArea: string;
      organizationCode: string;
      organizationId: string;
      overdue: boolean;
      recorded: boolean;
      status: string;
      updatedAt: unknown | null;
    };
    MyCheckin: {
      answeredAt: string | null;
      crisisId: string;
      /** Format: date-time */
      declaredAt: string;
      status: string;
      title: string;
    };
    MyCheckinInput: {
      answeredAt: unknown | null;
      crisisId: string;
      declaredAt: unknown;
      status: string;
      title: string;
    };
    MyPreciseLocation: {
      active: components['schemas']['LocationActivation'] | null;
    };
    MyPreciseLocationInput: {
      active: components['schemas']['LocationActivationInput'] | null;
    };
    NonComplianceCase: {
      actionTaken: string | null;
      countryId: string;
      id: string;
      occurredOn: string;
      organizationId: string | null;
      policy: string;
      stage: string;
      who: string;
    };
    NonComplianceCaseInput: {
      actionTaken: string | null;
      countryId: string;
      id: string;
      occurredOn: string;
      organizationId: string | null;
      policy: string;
      stage: string;
      who: string;
    };
    Notification: {
      body: string;
      cause: string;
      countryId: string | null;
      /** Format: date-time */
      createdAt: string;
      id: string;
      kind: string;
      link: string | null;
      readAt: string | null;
      title: string;
    };
    NotificationInput: {
      body: string;
      cause: string;
      countryId: string | null;
      createdAt: unknown;
      id: string;
      kind: string;
      link: string | null;
      readAt: unknown | null;
      title: string;
    };
    NotificationList: {
      items: components['schemas']['Notification'][];
      page: number;
      pageSize: number;
      total: number;
      unread: number;
    };
    NotificationListInput: {
      items: components['schemas']['NotificationInput'][];
      page: number;
      pageSize: number;
      total: number;
      unread: number;
    };
    NotificationPreferences: {
      email: boolean;
      sms: boolean;
    };
    NotificationPreferencesInput: {
      email: boolean;
      sms: boolean;
    };
    OidcProvider: {
      clientId: string;
      emailClaim: string;
      enabled: boolean;
      id: string;
      issuer: string;
      name: string;
      organizationIds: string[];
      redirectUri: string;
      scopes: string;
      staffIdClaim: string;
    };
    OidcProviderInput: {
      clientId: string;
      emailClaim: string;
      enabled: boolean;
      id: string;
      issuer: string;
      name: string;
      organizationIds: string[];
      redirectUri: string;
      scopes: string;
      staffIdClaim: string;
    };
    Organization: {
      code: string;
      executiveHead: string | null;
      id: string;
      memberOfUnsms: boolean;
      name: string;
      nameFr: string | null;
      names: {
        ar?: string;
        es?: string;
        ru?: string;
        zh?: string;
      };
      type: string;
    };
    OrganizationInput: {
      code: string;
      executiveHead: string | null;
      id: string;
      memberOfUnsms: boolean;
      name: string;
      nameFr: string | null;
      names: {
        ar?: string;
        es?: string;
        ru?: string;
        zh?: string;
      };
      type: string;
    };
    OrganizationSignIn: {
      code: string;
      localPasswords: boolean;
      name: string;
      organizationId: string;
      providers: string[];
    };
    OrganizationSignInInput: {
      code: string;
      localPasswords: boolean;
      name: string;
      organizationId: string;
      providers: string[];
    };
    Person: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      category: ('international' | 'local') | null;
      contractType: string | null;
      countryId: string;
      dateOfBirth: string | null;
      dutyStationId: string;
      dutyStationName: string;
      email: string | null;
      essential: boolean;
      familyName: string;
      gender: string | null;
      givenName: string;
      id: string;
      /** @enum {string} */
      kind: 'personnel' | 'dependant' | 'visitor';
      maipValidUntil: string | null;
      managementLevel: string | null;
      organizationCode: string;
      organizationId: string;
      phone: string | null;
      radioCallSign: string | null;
      relationship: string | null;
      sponsorId: string | null;
      staffId: string | null;
      staffType: string | null;
      status: string;
      stayUntil: string | null;
      /** Format: date-time */
      updatedAt: string;
      whereaboutsAreaId: string | null;
      whereaboutsCountryId: string | null;
      whereaboutsNote: string | null;
      whereaboutsUpdatedAt: string | null;
      zoneId: string | null;
      zoneName: string | null;
    };
    PersonInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      category: ('international' | 'local') | null;
      contractType: string | null;
      countryId: string;
      dateOfBirth: string | null;
      dutyStationId: string;
      dutyStationName: string;
      email: string | null;
      essential: boolean;
      familyName: string;
      gender: string | null;
      givenName: string;
      id: string;
      /** @enum {string} */
      kind: 'personnel' | 'dependant' | 'visitor';
      maipValidUntil: string | null;
      managementLevel: string | null;
      organizationCode: string;
      organizationId: string;
      phone: string | null;
      radioCallSign: string | null;
      relationship: string | null;
      sponsorId: string | null;
      staffId: string | null;
      staffType: string | null;
      status: string;
      stayUntil: string | null;
      updatedAt: unknown;
      whereaboutsAreaId: string | null;
      whereaboutsCountryId: string | null;
      whereaboutsNote: string | null;
      whereaboutsUpdatedAt: unknown | null;
      zoneId: string | null;
      zoneName: string | null;
    };
    PersonTraining: {
      abilities: {
        canEdit: boolean;
        canExempt: boolean;
      };
      briefings: {
        acknowledgedAt: string | null;
        briefedOn: string;
        dutyStationId: string;
        id: string;
      }[];
      certificates: components['schemas']['Certificate'][];
      exemptions: {
        id: string;
        locationId: string;
        reason: string;
        validFrom: string | null;
        validUntil: string;
      }[];
      personId: string;
    };
    PersonTrainingInput: {
      abilities: {
        canEdit: boolean;
        canExempt: boolean;
      };
      briefings: {
        acknowledgedAt: unknown | null;
        briefedOn: string;
        dutyStationId: string;
        id: string;
      }[];
      certificates: components['schemas']['CertificateInput'][];
      exemptions: {
        id: string;
        locationId: string;
        reason: string;
        validFrom: string | null;
        validUntil: string;
      }[];
      personId: string;
    };
    PhoneIssue: {
      familyName: string;
      /** Format: date-time */
      foundAt: string;
      givenName: string;
      personId: string;
      phone: string;
      reason: string;
    };
    PhoneIssueInput: {
      familyName: string;
      foundAt: unknown;
      givenName: string;
      personId: string;
      phone: string;
      reason: string;
    };
    Premises: {
      abilities: {
        canEdit: boolean;
      };
      address: string | null;
      areaId: string;
      countryId: string;
      dutyStationId: string;
      id: string;
      /** @enum {string} */
      kind: 'office' | 'compound' | 'residence' | 'warehouse' | 'guesthouse' | 'clinic' | 'other';
      latitude: number;
      longitude: number;
      name: string;
      organizationId: string | null;
      shared: boolean;
      zoneId: string | null;
    };
    PremisesInput: {
      abilities: {
        canEdit: boolean;
      };
      address: string | null;
      areaId: string;
      countryId: string;
      dutyStationId: string;
      id: string;
      /** @enum {string} */
      kind: 'office' | 'compound' | 'residence' | 'warehouse' | 'guesthouse' | 'clinic' | 'other';
      latitude: number;
      longitude: number;
      name: string;
      organizationId: string | null;
      shared: boolean;
      zoneId: string | null;
    };
    RadioCheck: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string | null;
      called: number;
      countryId: string;
      entries: {
        answered: boolean;
        answeredAt: string | null;
        callSign: string;
        id: string;
        name: string | null;
        note: string | null;
        personId: string | null;
      }[];
      /** Format: date-time */
      heldAt: string;
      id: string;
      missed: number;
      net: string;
      notes: string | null;
      placeName: string;
      zoneId: string | null;
    };
    RadioCheckInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string | null;
      called: number;
      countryId: string;
      entries: {
        answered: boolean;
        answeredAt: unknown | null;
        callSign: string;
        id: string;
        name: string | null;
        note: string | null;
        personId: string | null;
      }[];
      heldAt: unknown;
      id: string;
      missed: number;
      net: string;
      notes: string | null;
      placeName: string;
      zoneId: string | null;
    };
    RadioCheckPage: {
      abilities: {
        canRecord: boolean;
      };
      items: {
        abilities: {
          canEdit: boolean;
        };
        areaId: string | null;
        called: number;
        countryId: string;
        /** Format: date-time */
        heldAt: string;
        id: string;
        missed: number;
        net: string;
        notes: string | null;
        placeName: string;
        zoneId: string | null;
      }[];
      page: number;
      pageSize: number;
      total: number;
    };
    RadioCheckPageInput: {
      abilities: {
        canRecord: boolean;
      };
      items: {
        abilities: {
          canEdit: boolean;
        };
        areaId: string | null;
        called: number;
        countryId: string;
        heldAt: unknown;
        id: string;
        missed: number;
        net: string;
        notes: string | null;
        placeName: string;
        zoneId: string | null;
      }[];
      page: number;
      pageSize: number;
      total: number;
    };
    RadioMissedReport: {
      flagFrom: number;
      from: string;
      items: {
        called: number;
        callSign: string;
        flagged: boolean;
        lastMissedAt: string | null;
        missed: number;
        name: string | null;
        personId: string | null;
      }[];
      page: number;
      pageSize: number;
      to: string;
      total: number;
    };
    RadioMissedReportInput: {
      flagFrom: number;
      from: string;
      items: {
        called: number;
        callSign: string;
        flagged: boolean;
        lastMissedAt: unknown | null;
        missed: number;
        name: string | null;
        personId: string | null;
      }[];
      page: number;
      pageSize: number;
      to: string;
      total: number;
    };
    RadioRoster: {
      items: {
        callSign: string | null;
        name: string;
        personId: string;
      }[];
    };
    RadioRosterInput: {
      items: {
        callSign: string | null;
        name: string;
        personId: string;
      }[];
    };
    Recommendation: {
      abilities: {
        canEdit: boolean;
      };
      addressees: {
        code: string;
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      body: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
      countryId: string | null;
      deadline: string | null;
      evidence: {
        addedBy: string;
        /** Format: date-time */
        createdAt: string;
        description: string;
        documentId: string | null;
        id: string;
        url: string | null;
      }[];
      history: {
        /** Format: date-time */
        changedAt: string;
        changedBy: string;
        fromStatus: string | null;
        note: string | null;
        toStatus: string;
      }[];
      id: string;
      issuedOn: string;
      overdue: boolean;
      owner: string;
      reference: string;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
      text: string;
      /** Format: date-time */
      updatedAt: string;
    };
    RecommendationInput: {
      abilities: {
        canEdit: boolean;
      };
      addressees: {
        code: string;
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      body: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
      countryId: string | null;
      deadline: string | null;
      evidence: {
        addedBy: string;
        createdAt: unknown;
        description: string;
        documentId: string | null;
        id: string;
        url: string | null;
      }[];
      history: {
        changedAt: unknown;
        changedBy: string;
        fromStatus: string | null;
        note: string | null;
        toStatus: string;
      }[];
      id: string;
      issuedOn: string;
      overdue: boolean;
      owner: string;
      reference: string;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
      text: string;
      updatedAt: unknown;
    };
    RecommendationSummary: {
      abilities: {
        canEdit: boolean;
      };
      addressees: {
        code: string;
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      body: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
      countryId: string | null;
      deadline: string | null;
      id: string;
      issuedOn: string;
      overdue: boolean;
      owner: string;
      reference: string;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
      text: string;
      /** Format: date-time */
      updatedAt: string;
    };
    RecommendationSummaryInput: {
      abilities: {
        canEdit: boolean;
      };
      addressees: {
        code: string;
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      body: 'IASMN' | 'HLCM' | 'CEB' | 'JIU' | 'COMPLIANCE_MISSION';
      countryId: string | null;
      deadline: string | null;
      id: string;
      issuedOn: string;
      overdue: boolean;
      owner: string;
      reference: string;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'implemented' | 'not_accepted' | 'closed';
      text: string;
      updatedAt: unknown;
    };
    RecoveryCodes: {
      recoveryCodes: string[];
    };
    RecoveryCodesInput: {
      recoveryCodes: string[];
    };
    ReminderSchedule: {
      escalateAfterMinutes: number | null;
      reminders: {
        afterMinutes: number;
        channels: ('sms' | 'email' | 'in_app')[];
      }[];
    };
    ReminderScheduleInput: {
      escalateAfterMinutes: number | null;
      reminders: {
        afterMinutes: number;
        channels: ('sms' | 'email' | 'in_app')[];
      }[];
    };
    Risk: {
      abilities: {
        canAccept: boolean;
      };
      acceptance: {
        acceptableLevel: string;
        decision: {
          /** Format: date-time */
          at: string;
          level: string;
          name: string | null;
          personId: string | null;
          rationale: string;
          role: string;
        } | null;
        problem: string | null;
        reason: string;
        residualLevel: string;
        status: string;
      };
      description: string;
      exposed: string;
      goals: {
        acceptable: boolean;
        acceptableLevel: string;
        /** @enum {string} */
        code: 'within_goal_level' | 'above_goal_level' | 'needs_highest_criticality';
        goalId: string;
      }[];
      id: string;
      inherent: components['schemas']['RiskRating'];
      measureNotInPlace: boolean;
      measures: components['schemas']['RiskMeasure'][];
      mustStayInView: boolean;
      residual: components['schemas']['RiskRating'] | null;
      strategies: string[];
      suggestedStrategies: string[];
      threatCategory: string;
      threatId: string;
      threatTitle: string;
    };
    RiskAssessment: {
      abilities: {
        canEdit: boolean;
      };
      aboveAcceptable: number;
      acceptableLevel: string;
      areaId: string | null;
      assessedOn: string;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      /** Format: date-time */
      createdAt: string;
      current: boolean;
      dutyStationId: string | null;
      flagCause:
        | (
            | {
                /** @constant */
                code: 'securityLevel';
                params: {
                  from: string;
                  level: string;
                  place: string | null;
                };
              }
            | {
                /** @constant */
                code: 'incident';
                params: {
                  date: string;
                  title: string;
                };
              }
          )
        | null;
      flaggedAt: string | null;
      flaggedForReview: boolean;
      flagReason: string | null;
      goals: {
        acceptableLevel: string;
        criticality: string;
        description: string | null;
        id: string;
        title: string;
      }[];
      id: string;
      locationName: string;
      locationType: string;
      reviewDue: string;
      reviewOverdue: boolean;
      riskCount: number;
      risks: components['schemas']['Risk'][];
      sltShareable: boolean;
      staffCeiling: number | null;
      summary: string | null;
      supersededAt: string | null;
      threats: {
        capability: string | null;
        category: string;
        context: string | null;
        description: string | null;
        human: boolean;
        id: string;
        mindSet: string | null;
        title: string;
      }[];
      title: string;
      version: number;
    };
    RiskAssessmentInput: {
      abilities: {
        canEdit: boolean;
      };
      aboveAcceptable: number;
      acceptableLevel: string;
      areaId: string | null;
      assessedOn: string;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      createdAt: unknown;
      current: boolean;
      dutyStationId: string | null;
      flagCause:
        | (
            | {
                /** @constant */
                code: 'securityLevel';
                params: {
                  from: string;
                  level: string;
                  place: string | null;
                };
              }
            | {
                /** @constant */
                code: 'incident';
                params: {
                  date: string;
                  title: string;
                };
              }
          )
        | null;
      flaggedAt: unknown | null;
      flaggedForReview: boolean;
      flagReason: string | null;
      goals: {
        acceptableLevel: string;
        criticality: string;
        description: string | null;
        id: string;
        title: string;
      }[];
      id: string;
      locationName: string;
      locationType: string;
      reviewDue: string;
      reviewOverdue: boolean;
      riskCount: number;
      risks: components['schemas']['RiskInput'][];
      sltShareable: boolean;
      staffCeiling: number | null;
      summary: string | null;
      supersededAt: unknown | null;
      threats: {
        capability: string | null;
        category: string;
        context: string | null;
        description: string | null;
        human: boolean;
        id: string;
        mindSet: string | null;
        title: string;
      }[];
      title: string;
      version: number;
    };
    RiskAssessmentSummary: {
      abilities: {
        canEdit: boolean;
      };
      aboveAcceptable: number;
      acceptableLevel: string;
      areaId: string | null;
      assessedOn: string;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      /** Format: date-time */
      createdAt: string;
      current: boolean;
      dutyStationId: string | null;
      flagCause:
        | (
            | {
                /** @constant */
                code: 'securityLevel';
                params: {
                  from: string;
                  level: string;
                  place: string | null;
                };
              }
            | {
                /** @constant */
                code: 'incident';
                params: {
                  date: string;
                  title: string;
                };
              }
          )
        | null;
      flaggedAt: string | null;
      flaggedForReview: boolean;
      flagReason: string | null;
      id: string;
      locationName: string;
      locationType: string;
      reviewDue: string;
      reviewOverdue: boolean;
      riskCount: number;
      sltShareable: boolean;
      staffCeiling: number | null;
      supersededAt: string | null;
      title: string;
      version: number;
    };
    RiskAssessmentSummaryInput: {
      abilities: {
        canEdit: boolean;
      };
      aboveAcceptable: number;
      acceptableLevel: string;
      areaId: string | null;
      assessedOn: string;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      createdAt: unknown;
      current: boolean;
      dutyStationId: string | null;
      flagCause:
        | (
            | {
                /** @constant */
                code: 'securityLevel';
                params: {
                  from: string;
                  level: string;
                  place: string | null;
                };
              }
            | {
                /** @constant */
                code: 'incident';
                params: {
                  date: string;
                  title: string;
                };
              }
          )
        | null;
      flaggedAt: unknown | null;
      flaggedForReview: boolean;
      flagReason: string | null;
      id: string;
      locationName: string;
      locationType: string;
      reviewDue: string;
      reviewOverdue: boolean;
      riskCount: number;
      sltShareable: boolean;
      staffCeiling: number | null;
      supersededAt: unknown | null;
      title: string;
      version: number;
    };
    RiskHeatMap: {
      assessments: number;
      countryId: string;
      inherent: number[][];
      residual: number[][];
      residualUnrated: number;
      total: number;
    };
    RiskHeatMapInput: {
      assessments: number;
      countryId: string;
      inherent: number[][];
      residual: number[][];
      residualUnrated: number;
      total: number;
    };
    RiskInput: {
      abilities: {
        canAccept: boolean;
      };
      acceptance: {
        acceptableLevel: string;
        decision: {
          at: unknown;
          level: string;
          name: string | null;
          personId: string | null;
          rationale: string;
          role: string;
        } | null;
        problem: string | null;
        reason: string;
        residualLevel: string;
        status: string;
      };
      description: string;
      exposed: string;
      goals: {
        acceptable: boolean;
        acceptableLevel: string;
        /** @enum {string} */
        code: 'within_goal_level' | 'above_goal_level' | 'needs_highest_criticality';
        goalId: string;
      }[];
      id: string;
      inherent: components['schemas']['RiskRatingInput'];
      measureNotInPlace: boolean;
      measures: components['schemas']['RiskMeasureInput'][];
      mustStayInView: boolean;
      residual: components['schemas']['RiskRatingInput'] | null;
      strategies: string[];
      suggestedStrategies: string[];
      threatCategory: string;
      threatId: string;
      threatTitle: string;
    };
    RiskMeasure: {
      mossCode: string | null;
      placement: ('in_place' | 'partial' | 'not_in_place' | 'not_applicable') | null;
      text: string;
    };
    RiskMeasureInput: {
      mossCode: string | null;
      placement: ('in_place' | 'partial' | 'not_in_place' | 'not_applicable') | null;
      text: string;
    };
    RiskRating: {
      impact: number;
      level: string;
      likelihood: number;
      score: number;
    };
    RiskRatingInput: {
      impact: number;
      level: string;
      likelihood: number;
      score: number;
    };
    RiskRegister: {
      items: components['schemas']['RiskRegisterEntry'][];
      locations: {
        acceptableLevel: string;
        areaId: string | null;
        assessmentId: string;
        dutyStationId: string | null;
        flaggedForReview: boolean;
        locationName: string;
        locationType: string;
      }[];
    };
    RiskRegisterEntry: {
      accepted: boolean;
      assessmentId: string;
      description: string;
      exposed: string;
      id: string;
      inherent: components['schemas']['RiskRating'];
      measureCount: number;
      residual: components['schemas']['RiskRating'] | null;
      strategies: string[];
      threatCategory: string;
      threatTitle: string;
    };
    RiskRegisterEntryInput: {
      accepted: boolean;
      assessmentId: string;
      description: string;
      exposed: string;
      id: string;
      inherent: components['schemas']['RiskRatingInput'];
      measureCount: number;
      residual: components['schemas']['RiskRatingInput'] | null;
      strategies: string[];
      threatCategory: string;
      threatTitle: string;
    };
    RiskRegisterInput: {
      items: components['schemas']['RiskRegisterEntryInput'][];
      locations: {
        acceptableLevel: string;
        areaId: string | null;
        assessmentId: string;
        dutyStationId: string | null;
        flaggedForReview: boolean;
        locationName: string;
        locationType: string;
      }[];
    };
    RoadSafetyPenaltyRules: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      isDefault: boolean;
      rules: {
        count: number;
        kinds: string[];
        windowDays: number | null;
      }[];
      setBy: string | null;
      updatedAt: string | null;
    };
    RoadSafetyPenaltyRulesInput: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      isDefault: boolean;
      rules: {
        count: number;
        kinds: string[];
        windowDays: number | null;
      }[];
      setBy: string | null;
      updatedAt: unknown | null;
    };
    RoleResponsibilities: {
      countryId: string | null;
      note: components['schemas']['LocalizedLabel'] | null;
      responsibilities: {
        measurable: boolean;
        measure: string | null;
        n: number;
        status: {
          findings: {
            code: string;
            message: string;
            params: {
              [key: string]: string | number;
            };
          }[];
          ok: boolean;
          value: number | null;
        } | null;
        text: components['schemas']['LocalizedLabel'];
      }[];
      role: string;
      source: string;
      title: components['schemas']['LocalizedLabel'];
    };
    RoleResponsibilitiesInput: {
      countryId: string | null;
      note: components['schemas']['LocalizedLabelInput'] | null;
      responsibilities: {
        measurable: boolean;
        measure: string | null;
        n: number;
        status: {
          findings: {
            code: string;
            message: string;
            params: {
              [key: string]: string | number;
            };
          }[];
          ok: boolean;
          value: number | null;
        } | null;
        text: components['schemas']['LocalizedLabelInput'];
      }[];
      role: string;
      source: string;
      title: components['schemas']['LocalizedLabelInput'];
    };
    ScimToken: {
      /** Format: date-time */
      createdAt: string;
      id: string;
      lastUsedAt: string | null;
      name: string;
      organizationCode: string;
      organizationId: string;
      prefix: string;
      revokedAt: string | null;
    };
    ScimTokenInput: {
      createdAt: unknown;
      id: string;
      lastUsedAt: unknown | null;
      name: string;
      organizationCode: string;
      organizationId: string;
      prefix: string;
      revokedAt: unknown | null;
    };
    SecurityLevelDecision: {
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      /** Format: date-time */
      createdAt: string;
      current: boolean;
      decidedBy: string;
      effectiveFrom: string;
      flaggedAssessments?: number;
      healthOnly: boolean;
      id: string;
      level: string;
      reason: string;
      scale: string;
      whoConsultation: string | null;
      whoConsultationReference: string | null;
      whoConsultedOn: string | null;
      whoConsultedThrough: string | null;
      whoConsultedWith: string | null;
    };
    SecurityLevelDecisionInput: {
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      createdAt: unknown;
      current: boolean;
      decidedBy: string;
      effectiveFrom: string;
      flaggedAssessments?: number;
      healthOnly: boolean;
      id: string;
      level: string;
      reason: string;
      scale: string;
      whoConsultation: string | null;
      whoConsultationReference: string | null;
      whoConsultedOn: string | null;
      whoConsultedThrough: string | null;
      whoConsultedWith: string | null;
    };
    SecurityManagementPlan: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      id: string;
      indicators: {
        description: string;
        id: string;
        met: boolean | null;
        result: string | null;
        target: string;
      }[];
      indicatorsAssessed: number;
      indicatorsMet: number;
      indicatorsTotal: number;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      year: number;
    };
    SecurityManagementPlanInput: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      id: string;
      indicators: {
        description: string;
        id: string;
        met: boolean | null;
        result: string | null;
        target: string;
      }[];
      indicatorsAssessed: number;
      indicatorsMet: number;
      indicatorsTotal: number;
      title: string;
      updatedAt: unknown;
      year: number;
    };
    SecurityManagementPlanSummary: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      id: string;
      indicatorsAssessed: number;
      indicatorsMet: number;
      indicatorsTotal: number;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      year: number;
    };
    SecurityManagementPlanSummaryInput: {
      abilities: {
        canEdit: boolean;
      };
      countryId: string;
      id: string;
      indicatorsAssessed: number;
      indicatorsMet: number;
      indicatorsTotal: number;
      title: string;
      updatedAt: unknown;
      year: number;
    };
    SecurityPlan: {
      abilities: {
        canEdit: boolean;
        canSeeProgress: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      countryName: string;
      id: string;
      /** @enum {string} */
      kind: 'country' | 'area' | 'contingency' | 'relocation_evacuation';
      mine: {
        acknowledgedAt: string | null;
        number: number;
        versionId: string;
      } | null;
      owner: string;
      sltShareable: boolean;
      title: string;
      versions: components['schemas']['SecurityPlanVersion'][];
    };
    SecurityPlanAcknowledgement: {
      acknowledgedAt: string | null;
      name: string;
      organizationCode: string | null;
      personId: string;
      /** Format: date-time */
      requestedAt: string;
    };
    SecurityPlanAcknowledgementInput: {
      acknowledgedAt: unknown | null;
      name: string;
      organizationCode: string | null;
      personId: string;
      requestedAt: unknown;
    };
    SecurityPlanAcknowledgements: {
      items: components['schemas']['SecurityPlanAcknowledgement'][];
      page: number;
      pageSize: number;
      progress: {
        acknowledged: number;
        rate: number | null;
        requested: number;
      };
      total: number;
      versionId: string;
    };
    SecurityPlanAcknowledgementsInput: {
      items: components['schemas']['SecurityPlanAcknowledgementInput'][];
      page: number;
      pageSize: number;
      progress: {
        acknowledged: number;
        rate: number | null;
        requested: number;
      };
      total: number;
      versionId: string;
    };
    SecurityPlanDistribution: {
      newlyAsked: number;
      progress: {
        acknowledged: number;
        rate: number | null;
        requested: number;
      };
      versionId: string;
    };
    SecurityPlanDistributionInput: {
      newlyAsked: number;
      progress: {
        acknowledged: number;
        rate: number | null;
        requested: number;
      };
      versionId: string;
    };
    SecurityPlanInput: {
      abilities: {
        canEdit: boolean;
        canSeeProgress: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      countryName: string;
      id: string;
      /** @enum {string} */
      kind: 'country' | 'area' | 'contingency' | 'relocation_evacuation';
      mine: {
        acknowledgedAt: unknown | null;
        number: number;
        versionId: string;
      } | null;
      owner: string;
      sltShareable: boolean;
      title: string;
      versions: components['schemas']['SecurityPlanVersionInput'][];
    };
    SecurityPlanMyAcknowledgement: {
      /** Format: date-time */
      acknowledgedAt: string;
      planId: string;
      versionId: string;
    };
    SecurityPlanMyAcknowledgementInput: {
      acknowledgedAt: unknown;
      planId: string;
      versionId: string;
    };
    SecurityPlanPage: {
      abilities: {
        canCreate: boolean;
      };
      items: components['schemas']['SecurityPlanSummary'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SecurityPlanPageInput: {
      abilities: {
        canCreate: boolean;
      };
      items: components['schemas']['SecurityPlanSummaryInput'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SecurityPlanSummary: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      countryName: string;
      current: {
        approvedOn: string;
        id: string;
        nextReviewOn: string;
        number: number;
        progress: {
          acknowledged: number;
          rate: number | null;
          requested: number;
        };
        reviewOverdue: boolean;
      } | null;
      id: string;
      /** @enum {string} */
      kind: 'country' | 'area' | 'contingency' | 'relocation_evacuation';
      mine: {
        acknowledgedAt: string | null;
        number: number;
        versionId: string;
      } | null;
      owner: string;
      sltShareable: boolean;
      title: string;
    };
    SecurityPlanSummaryInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      /** @enum {string} */
      classification: 'public' | 'internal' | 'restricted' | 'confidential';
      countryId: string;
      countryName: string;
      current: {
        approvedOn: string;
        id: string;
        nextReviewOn: string;
        number: number;
        progress: {
          acknowledged: number;
          rate: number | null;
          requested: number;
        };
        reviewOverdue: boolean;
      } | null;
      id: string;
      /** @enum {string} */
      kind: 'country' | 'area' | 'contingency' | 'relocation_evacuation';
      mine: {
        acknowledgedAt: unknown | null;
        number: number;
        versionId: string;
      } | null;
      owner: string;
      sltShareable: boolean;
      title: string;
    };
    SecurityPlanVersion: {
      approvedBy: string;
      approvedOn: string;
      body: string | null;
      /** Format: date-time */
      createdAt: string;
      current: boolean;
      documentId: string | null;
      id: string;
      nextReviewOn: string;
      number: number;
      planId: string;
      progress: {
        acknowledged: number;
        rate: number | null;
        requested: number;
      };
      reviewOverdue: boolean;
      summary: string;
      supersededAt: string | null;
    };
    SecurityPlanVersionInput: {
      approvedBy: string;
      approvedOn: string;
      body: string | null;
      createdAt: unknown;
      current: boolean;
      documentId: string | null;
      id: string;
      nextReviewOn: string;
      number: number;
      planId: string;
      progress: {
        acknowledged: number;
        rate: number | null;
        requested: number;
      };
      reviewOverdue: boolean;
      summary: string;
      supersededAt: unknown | null;
    };
    SignInProvider: {
      id: string;
      name: string;
      organizationCodes: string[];
    };
    SignInProviderInput: {
      id: string;
      name: string;
      organizationCodes: string[];
    };
    SltPartner: {
      abilities: {
        canEdit: boolean;
      };
      contactEmail: string | null;
      contactName: string | null;
      countryId: string;
      flags: ('mou_expired' | 'mou_expires_soon' | 'mou_not_in_force')[];
      homeCountry: string | null;
      id: string;
      mouExpiresOn: string | null;
      mouReference: string | null;
      mouSignedOn: string | null;
      name: string;
      /** @enum {string} */
      partnerType: 'NGO' | 'IGO';
      sharedKinds: (
        | 'security_levels'
        | 'incident_trends'
        | 'advisories'
        | 'risk_assessments'
        | 'security_plans'
        | 'crisis_logs'
      )[];
      sharing: boolean;
    };
    SltPartnerFeed: {
      advisories: {
        body: string;
        title: string;
        validFrom: string;
        validUntil: string | null;
      }[];
      countryId: string;
      countryName: string;
      crisisLogs: {
        /** Format: date-time */
        at: string;
        classification: string;
        crisisTitle: string;
        kind: string;
        marked: boolean;
        text: string;
      }[];
      flags: ('mou_expired' | 'mou_expires_soon' | 'mou_not_in_force')[];
      generatedOn: string;
      incidentTrends: {
        category: string;
        incidents: number;
        month: string;
      }[];
      partner: {
        id: string;
        name: string;
        /** @enum {string} */
        partnerType: 'NGO' | 'IGO';
      };
      riskAssessments: {
        assessedOn: string;
        classification: string;
        locationName: string;
        marked: boolean;
        reviewDue: string;
        summary: string | null;
        title: string;
      }[];
      securityLevels: {
        areaName: string | null;
        effectiveFrom: string;
        level: string;
        scale: string;
      }[];
      securityPlans: {
        classification: string;
        kind: string;
        marked: boolean;
        summary: string | null;
        title: string;
      }[];
      sharedKinds: (
        | 'security_levels'
        | 'incident_trends'
        | 'advisories'
        | 'risk_assessments'
        | 'security_plans'
        | 'crisis_logs'
      )[];
      sharing: boolean;
    };
    SltPartnerFeedInput: {
      advisories: {
        body: string;
        title: string;
        validFrom: string;
        validUntil: string | null;
      }[];
      countryId: string;
      countryName: string;
      crisisLogs: {
        at: unknown;
        classification: string;
        crisisTitle: string;
        kind: string;
        marked: boolean;
        text: string;
      }[];
      flags: ('mou_expired' | 'mou_expires_soon' | 'mou_not_in_force')[];
      generatedOn: string;
      incidentTrends: {
        category: string;
        incidents: number;
        month: string;
      }[];
      partner: {
        id: string;
        name: string;
        /** @enum {string} */
        partnerType: 'NGO' | 'IGO';
      };
      riskAssessments: {
        assessedOn: string;
        classification: string;
        locationName: string;
        marked: boolean;
        reviewDue: string;
        summary: string | null;
        title: string;
      }[];
      securityLevels: {
        areaName: string | null;
        effectiveFrom: string;
        level: string;
        scale: string;
      }[];
      securityPlans: {
        classification: string;
        kind: string;
        marked: boolean;
        summary: string | null;
        title: string;
      }[];
      sharedKinds: (
        | 'security_levels'
        | 'incident_trends'
        | 'advisories'
        | 'risk_assessments'
        | 'security_plans'
        | 'crisis_logs'
      )[];
      sharing: boolean;
    };
    SltPartnerInput: {
      abilities: {
        canEdit: boolean;
      };
      contactEmail: string | null;
      contactName: string | null;
      countryId: string;
      flags: ('mou_expired' | 'mou_expires_soon' | 'mou_not_in_force')[];
      homeCountry: string | null;
      id: string;
      mouExpiresOn: string | null;
      mouReference: string | null;
      mouSignedOn: string | null;
      name: string;
      /** @enum {string} */
      partnerType: 'NGO' | 'IGO';
      sharedKinds: (
        | 'security_levels'
        | 'incident_trends'
        | 'advisories'
        | 'risk_assessments'
        | 'security_plans'
        | 'crisis_logs'
      )[];
      sharing: boolean;
    };
    SmtMeeting: {
      abilities: {
        canEdit: boolean;
      };
      agenda: string;
      attendees: {
        code: string;
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      body: 'smt' | 'security_cell';
      countryId: string;
      heldOn: string;
      id: string;
      minutes: string | null;
      sentToDssOn: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    SmtMeetingFlags: {
      days: number;
      items: {
        countryId: string;
        countryName: string;
        flagged: boolean;
        lastHeldOn: string | null;
      }[];
    };
    SmtMeetingFlagsInput: {
      days: number;
      items: {
        countryId: string;
        countryName: string;
        flagged: boolean;
        lastHeldOn: string | null;
      }[];
    };
    SmtMeetingInput: {
      abilities: {
        canEdit: boolean;
      };
      agenda: string;
      attendees: {
        code: string;
        id: string;
        name: string;
      }[];
      /** @enum {string} */
      body: 'smt' | 'security_cell';
      countryId: string;
      heldOn: string;
      id: string;
      minutes: string | null;
      sentToDssOn: string | null;
      updatedAt: unknown;
    };
    SsafeExemption: {
      id: string;
      locationId: string;
      personId: string;
      reason: string;
      validFrom: string | null;
      validUntil: string;
    };
    SsafeExemptionInput: {
      id: string;
      locationId: string;
      personId: string;
      reason: string;
      validFrom: string | null;
      validUntil: string;
    };
    SsafeExemptionList: {
      items: {
        id: string;
        locationId: string;
        locationName: string;
        personId: string;
        personName: string;
        reason: string;
        validFrom: string | null;
        validUntil: string;
      }[];
    };
    SsafeExemptionListInput: {
      items: {
        id: string;
        locationId: string;
        locationName: string;
        personId: string;
        personName: string;
        reason: string;
        validFrom: string | null;
        validUntil: string;
      }[];
    };
    SsafeMandate: {
      countryId: string;
      decidedBy: string;
      endsOn: string | null;
      id: string;
      locationId: string;
      locationKind: string;
      locationName: string;
      mandatoryFrom: string;
      refresherMonths: number | null;
    };
    SsafeMandateInput: {
      countryId: string;
      decidedBy: string;
      endsOn: string | null;
      id: string;
      locationId: string;
      locationKind: string;
      locationName: string;
      mandatoryFrom: string;
      refresherMonths: number | null;
    };
    SsafeMandateList: {
      abilities: {
        canDecide: boolean;
      };
      items: components['schemas']['SsafeMandate'][];
    };
    SsafeMandateListInput: {
      abilities: {
        canDecide: boolean;
      };
      items: components['schemas']['SsafeMandateInput'][];
    };
    StaffCeiling: {
      /** @enum {string} */
      appliesTo: 'all' | 'international';
      ceiling: number;
      locationId: string;
    };
    StaffCeilingEntry: {
      /** @enum {string} */
      appliesTo: 'all' | 'international';
      assessmentId: string | null;
      ceiling: number;
      /** @enum {string} */
      kind: 'duty_station' | 'area';
      locationId: string;
      locationName: string;
      /** Format: date-time */
      updatedAt: string;
    };
    StaffCeilingEntryInput: {
      /** @enum {string} */
      appliesTo: 'all' | 'international';
      assessmentId: string | null;
      ceiling: number;
      /** @enum {string} */
      kind: 'duty_station' | 'area';
      locationId: string;
      locationName: string;
      updatedAt: unknown;
    };
    StaffCeilingInput: {
      /** @enum {string} */
      appliesTo: 'all' | 'international';
      ceiling: number;
      locationId: string;
    };
    StaffCeilingList: {
      canSet: boolean;
      items: components['schemas']['StaffCeilingEntry'][];
    };
    StaffCeilingListInput: {
      canSet: boolean;
      items: components['schemas']['StaffCeilingEntryInput'][];
    };
    StressCounsellor: {
      countryId: string;
      email: string | null;
      endsOn: string | null;
      id: string;
      name: string;
      note: string | null;
      organizationCode: string | null;
      personId: string;
      phone: string | null;
      startsOn: string;
    };
    StressCounsellorInput: {
      countryId: string;
      email: string | null;
      endsOn: string | null;
      id: string;
      name: string;
      note: string | null;
      organizationCode: string | null;
      personId: string;
      phone: string | null;
      startsOn: string;
    };
    StressSupportCase: {
      abilities: {
        canEdit: boolean;
      };
      closedOn: string | null;
      counsellor: string | null;
      countryId: string;
      event: {
        id: string;
        /** @enum {string} */
        kind: 'crisis' | 'incident';
        title: string;
      } | null;
      id: string;
      nextFollowUpOn: string | null;
      notes: string | null;
      openedOn: string;
      overdue: boolean;
      person: {
        familyName: string;
        givenName: string;
        id: string;
        kind: string;
        organizationCode: string;
      };
      sessions: components['schemas']['StressSupportSession'][];
    };
    StressSupportCaseInput: {
      abilities: {
        canEdit: boolean;
      };
      closedOn: string | null;
      counsellor: string | null;
      countryId: string;
      event: {
        id: string;
        /** @enum {string} */
        kind: 'crisis' | 'incident';
        title: string;
      } | null;
      id: string;
      nextFollowUpOn: string | null;
      notes: string | null;
      openedOn: string;
      overdue: boolean;
      person: {
        familyName: string;
        givenName: string;
        id: string;
        kind: string;
        organizationCode: string;
      };
      sessions: components['schemas']['StressSupportSessionInput'][];
    };
    StressSupportSession: {
      caseId: string | null;
      event: {
        id: string;
        /** @enum {string} */
        kind: 'crisis' | 'incident';
        title: string;
      } | null;
      heldOn: string;
      id: string;
      /** @enum {string} */
      kind: 'individual' | 'family' | 'group';
      notes: string | null;
      participants: number;
    };
    StressSupportSessionInput: {
      caseId: string | null;
      event: {
        id: string;
        /** @enum {string} */
        kind: 'crisis' | 'incident';
        title: string;
      } | null;
      heldOn: string;
      id: string;
      /** @enum {string} */
      kind: 'individual' | 'family' | 'group';
      notes: string | null;
      participants: number;
    };
    StressSupportSummary: {
      byEvent: {
        event: {
          id: string;
          /** @enum {string} */
          kind: 'crisis' | 'incident';
          title: string;
        };
        followUpsOverdue: number;
        openCases: number;
        participants: number;
        peopleFollowed: number;
        sessionsHeld: number;
      }[];
      canCounsel: boolean;
      canDesignate: boolean;
      countryId: string;
      counts: {
        followUpsOverdue: number;
        openCases: number;
        participants: number;
        peopleFollowed: number;
        sessionsHeld: number;
      };
    };
    StressSupportSummaryInput: {
      byEvent: {
        event: {
          id: string;
          /** @enum {string} */
          kind: 'crisis' | 'incident';
          title: string;
        };
        followUpsOverdue: number;
        openCases: number;
        participants: number;
        peopleFollowed: number;
        sessionsHeld: number;
      }[];
      canCounsel: boolean;
      canDesignate: boolean;
      countryId: string;
      counts: {
        followUpsOverdue: number;
        openCases: number;
        participants: number;
        peopleFollowed: number;
        sessionsHeld: number;
      };
    };
    SurgeDeployment: {
      costUsd: number;
      countryId: string;
      days: number;
      endOn: string | null;
      id: string;
      launchedWithin24h: boolean;
      launchHours: number;
      notes: string | null;
      officerName: string;
      organizationCode: string;
      requestId: string;
      rosterId: string;
      /** Format: date-time */
      startAt: string;
      startDate: string;
      visaDelayDays: number | null;
      visaNeeded: boolean;
      visaObtainedOn: string | null;
      visaRequestedOn: string | null;
    };
    SurgeDeploymentInput: {
      costUsd: number;
      countryId: string;
      days: number;
      endOn: string | null;
      id: string;
      launchedWithin24h: boolean;
      launchHours: number;
      notes: string | null;
      officerName: string;
      organizationCode: string;
      requestId: string;
      rosterId: string;
      startAt: unknown;
      startDate: string;
      visaDelayDays: number | null;
      visaNeeded: boolean;
      visaObtainedOn: string | null;
      visaRequestedOn: string | null;
    };
    SurgeRequest: {
      abilities: {
        canDeploy: boolean;
        canEdit: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      countryName: string;
      deployments: components['schemas']['SurgeDeployment'][];
      expectedDays: number;
      id: string;
      neededFrom: string;
      notes: string | null;
      officersNeeded: number;
      /** @enum {string} */
      reason:
        | 'security_emergency'
        | 'capacity_reinforcement'
        | 'temporary_coverage'
        | 'humanitarian_emergency'
        | 'hostage_abduction'
        | 'other_directed';
      /** Format: date-time */
      requestedAt: string;
      requestedBy: string;
      /** @enum {string} */
      status: 'open' | 'partly_staffed' | 'fully_staffed' | 'closed' | 'cancelled';
    };
    SurgeRequestInput: {
      abilities: {
        canDeploy: boolean;
        canEdit: boolean;
      };
      areaId: string | null;
      areaName: string | null;
      countryId: string;
      countryName: string;
      deployments: components['schemas']['SurgeDeploymentInput'][];
      expectedDays: number;
      id: string;
      neededFrom: string;
      notes: string | null;
      officersNeeded: number;
      /** @enum {string} */
      reason:
        | 'security_emergency'
        | 'capacity_reinforcement'
        | 'temporary_coverage'
        | 'humanitarian_emergency'
        | 'hostage_abduction'
        | 'other_directed';
      requestedAt: unknown;
      requestedBy: string;
      /** @enum {string} */
      status: 'open' | 'partly_staffed' | 'fully_staffed' | 'closed' | 'cancelled';
    };
    SurgeRequestPage: {
      abilities: {
        canManage: boolean;
      };
      items: components['schemas']['SurgeRequest'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SurgeRequestPageInput: {
      abilities: {
        canManage: boolean;
      };
      items: components['schemas']['SurgeRequestInput'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SurgeRosterOfficer: {
      availability: string;
      availableFrom: string;
      availableUntil: string | null;
      countryId: string;
      gradeRole: string;
      id: string;
      languages: string[];
      name: string;
      notes: string | null;
      organizationCode: string;
      organizationId: string;
      personId: string;
      /** @enum {string} */
      status: 'available' | 'deployed' | 'unavailable';
    };
    SurgeRosterOfficerInput: {
      availability: string;
      availableFrom: string;
      availableUntil: string | null;
      countryId: string;
      gradeRole: string;
      id: string;
      languages: string[];
      name: string;
      notes: string | null;
      organizationCode: string;
      organizationId: string;
      personId: string;
      /** @enum {string} */
      status: 'available' | 'deployed' | 'unavailable';
    };
    SurgeRosterPage: {
      abilities: {
        canManage: boolean;
      };
      items: components['schemas']['SurgeRosterOfficer'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SurgeRosterPageInput: {
      abilities: {
        canManage: boolean;
      };
      items: components['schemas']['SurgeRosterOfficerInput'][];
      page: number;
      pageSize: number;
      total: number;
    };
    SurgeStatistics: {
      byReason: {
        averageDays: number;
        averageVisaDelayDays: number | null;
        deployments: number;
        launchedWithin24hPercent: number | null;
        /** @enum {string} */
        reason:
          | 'security_emergency'
          | 'capacity_reinforcement'
          | 'temporary_coverage'
          | 'humanitarian_emergency'
          | 'hostage_abduction'
          | 'other_directed';
        totalCostUsd: number;
        totalDays: number;
        visasCounted: number;
      }[];
      countryId: string | null;
      total: {
        averageDays: number;
        averageVisaDelayDays: number | null;
        deployments: number;
        launchedWithin24hPercent: number | null;
        totalCostUsd: number;
        totalDays: number;
        visasCounted: number;
      };
      year: number;
    };
    SurgeStatisticsInput: {
      byReason: {
        averageDays: number;
        averageVisaDelayDays: number | null;
        deployments: number;
        launchedWithin24hPercent: number | null;
        /** @enum {string} */
        reason:
          | 'security_emergency'
          | 'capacity_reinforcement'
          | 'temporary_coverage'
          | 'humanitarian_emergency'
          | 'hostage_abduction'
          | 'other_directed';
        totalCostUsd: number;
        totalDays: number;
        visasCounted: number;
      }[];
      countryId: string | null;
      total: {
        averageDays: number;
        averageVisaDelayDays: number | null;
        deployments: number;
        launchedWithin24hPercent: number | null;
        totalCostUsd: number;
        totalDays: number;
        visasCounted: number;
      };
      year: number;
    };
    TotpSetup: {
      secret: string;
      uri: string;
    };
    TotpSetupInput: {
      secret: string;
      uri: string;
    };
    TrainingIndicators: {
      byManagementLevel: components['schemas']['IndicatorRow'][];
      byStaffType: components['schemas']['IndicatorRow'][];
      countryId: string | null;
      onDate: string;
      securityPersonnel: components['schemas']['IndicatorRow'];
      total: components['schemas']['IndicatorRow'];
    };
    TrainingIndicatorsInput: {
      byManagementLevel: components['schemas']['IndicatorRowInput'][];
      byStaffType: components['schemas']['IndicatorRowInput'][];
      countryId: string | null;
      onDate: string;
      securityPersonnel: components['schemas']['IndicatorRowInput'];
      total: components['schemas']['IndicatorRowInput'];
    };
    TrainingReport: {
      courses: string[];
      expiring: {
        course: string;
        daysLeft: number;
        expiresOn: string;
        organizationId: string;
        personId: string;
        personName: string;
      }[];
      onDate: string;
      rows: {
        courses: {
          [key: string]: {
            expiring: number;
            trained: number;
          };
        };
        organizationCode: string;
        organizationId: string;
        personnel: number;
      }[];
    };
    TrainingReportInput: {
      courses: string[];
      expiring: {
        course: string;
        daysLeft: number;
        expiresOn: string;
        organizationId: string;
        personId: string;
        personName: string;
      }[];
      onDate: string;
      rows: {
        courses: {
          [key: string]: {
            expiring: number;
            trained: number;
          };
        };
        organizationCode: string;
        organizationId: string;
        personnel: number;
      }[];
    };
    TravelAdvisory: {
      areaId: string;
      body: string;
      countryId: string;
      /** Format: date-time */
      createdAt: string;
      id: string;
      locationId: string;
      locationName: string;
      notified?: number;
      title: string;
      validFrom: string;
      validUntil: string | null;
    };
    TravelAdvisoryInput: {
      areaId: string;
      body: string;
      countryId: string;
      createdAt: unknown;
      id: string;
      locationId: string;
      locationName: string;
      notified?: number;
      title: string;
      validFrom: string;
      validUntil: string | null;
    };
    TravelAdvisoryList: {
      canIssue: boolean;
      items: components['schemas']['TravelAdvisory'][];
    };
    TravelAdvisoryListInput: {
      canIssue: boolean;
      items: components['schemas']['TravelAdvisoryInput'][];
    };
    TravelLeg: {
      approverRole: string;
      areaId: string;
      arrivalOn: string;
      comment: string | null;
      countryId: string;
      decidedAt: string | null;
      departureOn: string;
      dutyStationId: string | null;
      id: string;
      locationId: string;
      locationName: string;
      seq: number;
      status: string;
    };
    TravelLegInput: {
      approverRole: string;
      areaId: string;
      arrivalOn: string;
      comment: string | null;
      countryId: string;
      decidedAt: unknown | null;
      departureOn: string;
      dutyStationId: string | null;
      id: string;
      locationId: string;
      locationName: string;
      seq: number;
      status: string;
    };
    TravelRequest: {
      abilities: {
        canCancel: boolean;
        canDecide: boolean;
      };
      clearanceNumber: string | null;
      context?: components['schemas']['ClearanceContext'];
      /** Format: date-time */
      createdAt: string;
      endsOn: string;
      evaluatedOn: string;
      /** @enum {string} */
      filedAs: 'self' | 'sponsor' | 'organization';
      filedBy: string | null;
      filedByName: string | null;
      id: string;
      legs: components['schemas']['TravelLeg'][];
      organizationId: string;
      /** @enum {string} */
      outcome: 'approve' | 'refer' | 'refuse';
      personId: string;
      purpose: string;
      reasons: components['schemas']['ClearanceReason'][];
      startsOn: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'refused' | 'cancelled';
      travelKind: string;
      travellerName: string;
    };
    TravelRequestInput: {
      abilities: {
        canCancel: boolean;
        canDecide: boolean;
      };
      clearanceNumber: string | null;
      context?: components['schemas']['ClearanceContextInput'];
      createdAt: unknown;
      endsOn: string;
      evaluatedOn: string;
      /** @enum {string} */
      filedAs: 'self' | 'sponsor' | 'organization';
      filedBy: string | null;
      filedByName: string | null;
      id: string;
      legs: components['schemas']['TravelLegInput'][];
      organizationId: string;
      /** @enum {string} */
      outcome: 'approve' | 'refer' | 'refuse';
      personId: string;
      purpose: string;
      reasons: components['schemas']['ClearanceReasonInput'][];
      startsOn: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'refused' | 'cancelled';
      travelKind: string;
      travellerName: string;
    };
    TravelRequestList: {
      items: components['schemas']['TravelRequest'][];
    };
    TravelRequestListInput: {
      items: components['schemas']['TravelRequestInput'][];
    };
    TravelWhereabouts: {
      current: components['schemas']['TravelLeg'] | null;
      home: {
        areaId: string;
        countryId: string;
        dutyStationId: string;
      };
      personId: string;
      planned: components['schemas']['TravelLeg'][];
    };
    TravelWhereaboutsInput: {
      current: components['schemas']['TravelLegInput'] | null;
      home: {
        areaId: string;
        countryId: string;
        dutyStationId: string;
      };
      personId: string;
      planned: components['schemas']['TravelLegInput'][];
    };
    UnassessedLocation: {
      areaId: string | null;
      id: string;
      locationType: string;
      name: string;
    };
    UnassessedLocationInput: {
      areaId: string | null;
      id: string;
      locationType: string;
      name: string;
    };
    UnreadCount: {
      unread: number;
    };
    UnreadCountInput: {
      unread: number;
    };
    Vehicle: {
      compliant: boolean;
      /** Format: uuid */
      countryId: string;
      /** @default null */
      description: string | null;
      /** @default false */
      hasFirstAidKit: boolean;
      /** @default false */
      hasRecoveryGear: boolean;
      /** @default false */
      hasSpareTyre: boolean;
      id: string;
      /** @default null */
      inspectedOn: string | null;
      /** Format: uuid */
      organizationId: string;
      registration: string;
      /** @default false */
      seatBeltsWork: boolean;
    };
    VehicleInput: {
      compliant: boolean;
      /** Format: uuid */
      countryId: string;
      /** @default null */
      description: string | null;
      /** @default false */
      hasFirstAidKit: boolean;
      /** @default false */
      hasRecoveryGear: boolean;
      /** @default false */
      hasSpareTyre: boolean;
      id: string;
      /** @default null */
      inspectedOn: string | null;
      /** Format: uuid */
      organizationId: string;
      registration: string;
      /** @default false */
      seatBeltsWork: boolean;
    };
    WardenZone: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      countryId: string;
      description: string | null;
      dutyStationId: string;
      id: string;
      name: string;
    };
    WardenZoneInput: {
      abilities: {
        canEdit: boolean;
      };
      areaId: string;
      countryId: string;
      description: string | null;
      dutyStationId: string;
      id: string;
      name: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

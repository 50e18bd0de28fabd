import { parseEscalationThresholds, type EscalationThresholds } from '@fieldsafe/core';
import path from 'node:path';
import { z } from 'zod';
import { SERVER_ROOT } from './paths.ts';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  FIELDSAFE_DATA_DIR: z.string().min(1).default('./data'),
  FIELDSAFE_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  FIELDSAFE_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  FIELDSAFE_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  FIELDSAFE_WEB_DIST: z.string().optional(),
  /** Days past a finding's deadline for each escalation step [000 §30]: focal point, USG, Executive Head, HLCM. */
  FIELDSAFE_ESCALATION_DAYS: z
    .string()
    .default('1,30,60,90')
    .transform((text, ctx) => {
      const parsed = parseEscalationThresholds(text);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  secureCookies: boolean;
  sessionHours: number;
  webDist: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  /** When a compliance finding escalates to each step; core's defaults when unset. */
  escalationThresholds?: EscalationThresholds;
}

/** Reads and validates the environment once; fails loudly, naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.FIELDSAFE_DATA_DIR),
    seedDemo: e.FIELDSAFE_SEED_DEMO === 'auto',
    secureCookies: e.FIELDSAFE_SECURE_COOKIES === 'true',
    sessionHours: e.FIELDSAFE_SESSION_HOURS,
    webDist: path.resolve(e.FIELDSAFE_WEB_DIST ?? path.join(SERVER_ROOT, '../web/dist')),
    logLevel: e.LOG_LEVEL,
    escalationThresholds: e.FIELDSAFE_ESCALATION_DAYS,
  };
}

import { z } from 'zod';
import type { App } from '../http/types.ts';
import { actorOf } from '../http/auth-hooks.ts';
import type { SecondFactorService } from './second-factor.service.ts';
import {
  RecoveryCodes,
  SecondFactorChallengeBody,
  TotpConfirmBody,
  TotpSetup,
} from './auth.schema.ts';

const tags = ['auth'];

export function registerSecondFactorRoutes(app: App, service: SecondFactorService) {
  app.post('/api/auth/second-factor/totp/setup', {
    schema: {
      tags,
      summary: 'Start setting up a TOTP second factor: a secret and an otpauth:// URI for the app',
      response: { 200: TotpSetup },
    },
    handler: async (req) => service.setup(actorOf(req)),
  });

  app.post('/api/auth/second-factor/totp/confirm', {
    schema: {
      tags,
      summary: 'Confirm the TOTP factor with a first code; returns ten recovery codes (shown once)',
      body: TotpConfirmBody,
      response: { 200: RecoveryCodes },
    },
    handler: async (req) => service.confirm(actorOf(req), req.body.code),
  });

  app.post('/api/auth/second-factor/challenge', {
    schema: {
      tags,
      summary: 'Pass the second factor in this session with a TOTP code or a recovery code',
      body: SecondFactorChallengeBody,
      response: { 200: z.object({ recoveryCodesLeft: z.number().int() }) },
    },
    handler: async (req) => service.challenge(actorOf(req), req.body),
  });

  app.post('/api/auth/second-factor/recovery-codes', {
    schema: {
      tags,
      summary: 'Replace my recovery codes (the old ones stop working)',
      response: { 200: RecoveryCodes },
    },
    handler: async (req) => service.regenerateRecoveryCodes(actorOf(req)),
  });

  app.delete('/api/auth/second-factor', {
    schema: {
      tags,
      summary: 'Remove my second factor (not when my roles require one)',
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      await service.remove(actor, actor.userId);
      return reply.code(204).send(null);
    },
  });

  app.delete('/api/users/:id/second-factor', {
    schema: {
      tags,
      summary: "Reset a user's second factor (system administrators; ends the user's sessions)",
      params: z.object({ id: z.uuid() }),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      await service.remove(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}

import { z } from 'zod';
import { actorOf } from '../http/auth-hooks.ts';
import { IdParams } from '../http/common.schema.ts';
import { withEtag } from '../http/etag.ts';
import type { App } from '../http/types.ts';
import { InvariantReport, PeacekeepingMissionBody, Structure } from './country.schema.ts';
import type { CountryService } from './country.service.ts';
import type { StructureService } from './structure.service.ts';
import {
  Area,
  AreaBody,
  AreaPatch,
  Country,
  DutyStation,
  DutyStationBody,
  DutyStationPatch,
  Organization,
  Premises,
  PremisesBody,
  PremisesPatch,
  WardenZone,
  WardenZoneBody,
  WardenZonePatch,
} from './structure.schema.ts';

const tags = ['registry'];

export function registerStructureRoutes(
  app: App,
  structure: StructureService,
  countries: CountryService,
) {
  app.get('/api/organizations', {
    schema: {
      tags,
      summary: 'UNSMS member organizations and partners',
      response: { 200: z.object({ items: z.array(Organization) }) },
    },
    handler: async (req, reply) => {
      actorOf(req);
      return withEtag(req, reply, { items: await structure.listOrganizations() });
    },
  });

  app.get('/api/countries', {
    schema: {
      tags,
      summary: 'ISO 3166 countries and territories, with UN presence',
      response: { 200: z.object({ items: z.array(Country) }) },
    },
    handler: async (req, reply) => {
      actorOf(req);
      return withEtag(req, reply, { items: await countries.listCountries() });
    },
  });

  app.get('/api/countries/:id/structure', {
    schema: {
      tags,
      summary: 'Areas, duty stations, warden zones and premises of a country',
      params: IdParams,
      response: { 200: Structure },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      await structure.country(actor, req.params.id);
      const [s, headcount] = await Promise.all([
        structure.structure(actor, req.params.id),
        countries.headcount(actor, req.params.id),
      ]);
      return { ...s, headcount };
    },
  });

  app.get('/api/countries/:id/invariants', {
    schema: {
      tags,
      summary: 'Accountability invariants of a country (SPEC §1): what is missing or out of date',
      params: IdParams,
      response: { 200: InvariantReport },
    },
    handler: async (req) => countries.invariants(actorOf(req), req.params.id),
  });

  app.put('/api/countries/:id/peacekeeping-mission', {
    schema: {
      tags,
      summary:
        'Record whether a peacekeeping mission is deployed in the country: its military and police heads then sit on the SMT [002 Annex B ¶16]',
      params: IdParams,
      body: PeacekeepingMissionBody,
      response: { 200: PeacekeepingMissionBody },
    },
    handler: async (req) =>
      structure.setPeacekeepingMission(actorOf(req), req.params.id, req.body.peacekeepingMission),
  });

  app.post('/api/areas', {
    schema: {
      tags,
      summary: 'Create an area of a country (capital, outside the capital, designated area)',
      body: AreaBody,
      response: { 201: Area },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await structure.createArea(actorOf(req), req.body)),
  });
  app.patch('/api/areas/:id', {
    schema: {
      tags,
      summary: 'Change an area',
      params: IdParams,
      body: AreaPatch,
      response: { 200: Area },
    },
    handler: async (req) => structure.updateArea(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/duty-stations', {
    schema: {
      tags,
      summary: 'Create a duty station (headquarters or field)',
      body: DutyStationBody,
      response: { 201: DutyStation },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await structure.createDutyStation(actorOf(req), req.body)),
  });
  app.patch('/api/duty-stations/:id', {
    schema: {
      tags,
      summary: 'Change a duty station',
      params: IdParams,
      body: DutyStationPatch,
      response: { 200: DutyStation },
    },
    handler: async (req) => structure.updateDutyStation(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/warden-zones', {
    schema: {
      tags,
      summary: 'Create a warden zone of a duty station',
      body: WardenZoneBody,
      response: { 201: WardenZone },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await structure.createZone(actorOf(req), req.body)),
  });
  app.patch('/api/warden-zones/:id', {
    schema: {
      tags,
      summary: 'Change a warden zone',
      params: IdParams,
      body: WardenZonePatch,
      response: { 200: WardenZone },
    },
    handler: async (req) => structure.updateZone(actorOf(req), req.params.id, req.body),
  });
  app.post('/api/premises', {
    schema: {
      tags,
      summary: 'Record premises (office, compound, residence …) with coordinates',
      body: PremisesBody,
      response: { 201: Premises },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await structure.createPremises(actorOf(req), req.body)),
  });
  app.patch('/api/premises/:id', {
    schema: {
      tags,
      summary: 'Change premises',
      params: IdParams,
      body: PremisesPatch,
      response: { 200: Premises },
    },
    handler: async (req) => structure.updatePremises(actorOf(req), req.params.id, req.body),
  });
}

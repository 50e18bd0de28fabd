import {
  abilitiesOf,
  groupBy,
  mayIn,
  mayInWholeCountry,
  scopesFor,
  type Abilities,
  type Permission,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { createCountryService } from '../registry/country.service.ts';
import { createTravelService } from '../travel/travel.service.ts';
import {
  SHOWN,
  activeCrises,
  activeCrisisCounts,
  areasWithoutLevel,
  myCrises,
  myPlans,
  myTraining,
  newIncidents,
  overdue,
  overseenCountries,
  pendingClearances,
  radioNets,
  risksToAccept,
  ssafeExemptionsEnding,
  zonesOf,
} from './home.queries.ts';
import {
  item,
  type Home,
  type HomeItem,
  type HomeSection,
  type HomeSectionKey,
} from './home.schema.ts';

function section(
  key: HomeSectionKey,
  items: HomeItem[],
  link: string | null,
  total = items.length,
): HomeSection {
  return { key, total, link, items: items.slice(0, SHOWN) };
}

/** The country the country sections are about: the one asked for when the actor works there. */
function countryOf(actor: RequestActor, abilities: Abilities, asked: string | undefined) {
  const own = abilities.countries.map((c) => c.countryId);
  if (asked && (abilities.anyCountry || own.includes(asked))) return asked;
  if (abilities.anyCountry) return null;
  // Where the person holds an appointment first, then their duty station.
  return actor.appointments.find((a) => a.countryId)?.countryId ?? own[0] ?? null;
}

/** Whether the permission reaches beyond the person's own record and a warden's zone. */
function beyondZone(actor: RequestActor, permission: Permission) {
  return scopesFor(actor, permission).some((s) => s.kind !== 'zone' && s.kind !== 'self');
}

export function createHomeService(db: Db) {
  const travel = createTravelService(db);
  const countries = createCountryService(db);

  /** What is the person's own: a crisis they must answer, their clearances, training and plans. */
  async function mine(actor: RequestActor, day: string) {
    const personId = actor.personId;
    if (!personId) return { prompt: [], own: [] };
    const [crisesIn, requests, training, plans] = await Promise.all([
      myCrises(db, personId),
      travel.list(actor, { view: 'mine' }),
      myTraining(db, personId, day),
      myPlans(db, personId),
    ]);
    const clearances = requests.items
      .filter((r) => r.endsOn >= day && r.status !== 'cancelled')
      .map((r) =>
        item({
          id: r.id,
          link: `/travel/requests/${r.id}`,
          title: r.purpose,
          countryId: r.countryId,
          date: r.startsOn,
          status: r.status,
          reasons: r.reasons
            .filter((x) => x.severity !== 'info' || r.status === 'pending')
            .map((x) => ({ severity: x.severity, message: x.message })),
        }),
      );
    return {
      prompt: crisesIn.length ? [section('crisisPrompt', crisesIn, '/crisis')] : [],
      own: [
        section('myClearances', clearances, '/travel'),
        section('myTraining', training, '/training/me'),
        section('myPlans', plans, '/preparedness/plans'),
      ],
    };
  }

  /** A warden's zones, who is left to reach in an active crisis, and their nets' radio checks. */
  async function zones(actor: RequestActor, day: string) {
    const zonesFor = (p: Permission) => [
      ...new Set(scopesFor(actor, p).flatMap((s) => (s.kind === 'zone' ? [s.zoneId] : []))),
    ];
    const zoneIds = zonesFor('crisis.account');
    const netIds = zonesFor('radio_check.record');
    const [z, nets] = await Promise.all([zonesOf(db, zoneIds), radioNets(db, netIds, day)]);
    return [
      ...(zoneIds.length
        ? [section('myZones', z.zones, null), section('toReach', z.toReach, '/crisis')]
        : []),
      ...(netIds.length ? [section('radioChecksDue', nets, '/preparedness/radio')] : []),
    ];
  }

  /** What waits in one country for those who account for it and those who decide. */
  async function country(
    actor: RequestActor,
    abilities: Abilities,
    countryId: string,
    day: string,
  ) {
    const may = (p: Permission) => mayIn(abilities, p, countryId);
    const accountable = may('invariants.read');
    const wants = {
      crises: may('crisis.read') && beyondZone(actor, 'crisis.read'),
      decideClearances: may('travel.approve'),
      clearances: accountable && may('travel.read') && !may('travel.approve'),
      incidents: may('incident.manage'),
      overdue: accountable,
      invariants: mayInWholeCountry(abilities, 'invariants.read', countryId),
      risks: may('risk.accept'),
      levels: may('security_level.write'),
      ssafe: may('training.mandate'),
    };
    const none = Promise.resolve(null);
    const [crisesHere, toDecide, waiting, incidentsHere, late, report, toAccept, levels, ssafe] =
      await Promise.all([
        wants.crises ? activeCrises(db, actor, countryId) : none,
        wants.decideClearances ? pendingClearances(db, actor, countryId, 'travel.approve') : none,
        wants.clearances ? pendingClearances(db, actor, countryId, 'travel.read') : none,
        wants.incidents ? newIncidents(db, actor, countryId) : none,
        wants.overdue ? overdue(db, actor, [countryId], day) : none,
        wants.invariants ? countries.report(countryId) : none,
        wants.risks ? risksToAccept(db, actor, countryId) : none,
        wants.levels ? areasWithoutLevel(db, actor, countryId, day) : none,
        wants.ssafe ? ssafeExemptionsEnding(db, actor, countryId, day) : none,
      ]);
    const out: HomeSection[] = [];
    if (crisesHere) out.push(section('activeCrises', crisesHere, '/crisis'));
    if (toDecide)
      out.push(section('decideClearances', toDecide.items, '/travel/queue', toDecide.total));
    if (toAccept) out.push(section('decideRisks', toAccept, '/risk'));
    if (levels) out.push(section('decideLevels', levels, '/risk'));
    if (ssafe)
      out.push(section('decideSsafe', ssafe.items, '/training#ssafe-exemption', ssafe.total));
    if (waiting) out.push(section('clearancesWaiting', waiting.items, '/travel', waiting.total));
    if (incidentsHere)
      out.push(
        section('incidentsWaiting', incidentsHere.items, '/incidents/queue', incidentsHere.total),
      );
    if (late) {
      const of = (k: 'drill' | 'finding' | 'review') =>
        late.filter((x) => x.kind === k).map(({ kind: _kind, ...rest }) => rest);
      if (may('preparedness.read'))
        out.push(section('overdueDrills', of('drill'), '/preparedness/drills'));
      if (may('moss.read')) out.push(section('overdueFindings', of('finding'), '/compliance'));
      if (may('risk.read')) out.push(section('overdueReviews', of('review'), '/risk'));
    }
    if (report) {
      const errors = report.findings.filter((f) => f.severity === 'error');
      out.push(
        section(
          'invariantErrors',
          errors.map((f, i) =>
            item({
              id: `${f.code}:${f.areaId ?? f.zoneId ?? f.organizationId ?? f.appointmentId ?? i}`,
              link: f.appointmentId ? '/appointments' : '/',
              code: f.code,
              params: f.params,
              countryId,
            }),
          ),
          '/',
        ),
      );
    }
    return out;
  }

  /** Every country the actor oversees: invariant errors, active crises, overdue items. */
  async function overview(actor: RequestActor, abilities: Abilities, day: string) {
    const ids = await overseenCountries(db, actor);
    const whole = ids.filter((id) => mayInWholeCountry(abilities, 'invariants.read', id));
    const [reports, crisisCounts, late] = await Promise.all([
      countries.reports(whole),
      activeCrisisCounts(db, actor, ids),
      overdue(db, actor, ids, day),
    ]);
    const errors = new Map(
      reports.map((r) => [r.countryId, r.findings.filter((f) => f.severity === 'error').length]),
    );
    const lateIn = groupBy(late, (x) => x.countryId);
    const items = ids.map((id) =>
      item({
        id,
        link: '/',
        countryId: id,
        counts: {
          errors: errors.get(id) ?? 0,
          crises: crisisCounts.get(id) ?? 0,
          overdue: lateIn.get(id)?.length ?? 0,
        },
      }),
    );
    const weight = (x: HomeItem) =>
      (x.counts?.crises ?? 0) * 1000 + (x.counts?.errors ?? 0) * 10 + (x.counts?.overdue ?? 0);
    items.sort((a, b) => weight(b) - weight(a));
    return section('overview', items, null);
  }

  return {
    /** The person's home: the sections their appointments and abilities call for. */
    async home(actor: RequestActor, asked?: string): Promise<Home> {
      const day = today();
      const abilities = abilitiesOf(actor);
      const countryId = countryOf(actor, abilities, asked);
      const [own, zoneSections, countrySections, overviewSection] = await Promise.all([
        mine(actor, day),
        zones(actor, day),
        countryId ? country(actor, abilities, countryId, day) : Promise.resolve([]),
        abilities.anyCountry ? overview(actor, abilities, day) : Promise.resolve(null),
      ]);
      return {
        countryId,
        sections: [
          ...own.prompt,
          ...zoneSections,
          ...(overviewSection ? [overviewSection] : []),
          ...countrySections,
          ...own.own,
        ],
      };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;

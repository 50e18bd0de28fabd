import { MissedCheckins } from './MissedCheckins.tsx';
import { useMemo } from 'react';
import { useMe } from '../../auth.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useCan } from '../../abilities.ts';
import { HomeSections } from './HomeSections.tsx';
import { LevelsInForce } from './LevelsInForce.tsx';
import { useHome } from './home.ts';
import { ErrorBox, Loading } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import {
  countryName,
  useAppointments,
  useCountries,
  useInvariants,
  useStructure,
} from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type Structure = Schemas['CountryStructure'];
import { AddStructure } from './AddStructure.tsx';
import { CountryPicker } from './CountryPicker.tsx';
import { InvariantsPanel } from './InvariantsPanel.tsx';
import { KeyAppointments } from './KeyAppointments.tsx';
import { OrganizationsPanel } from './OrganizationsPanel.tsx';
import { StructureTree } from './StructureTree.tsx';
import { formatNumber } from '@fieldsafe/core';

function canEditStructure(s: Structure): boolean {
  return [...s.areas, ...s.dutyStations, ...s.wardenZones, ...s.premises].some(
    (x) => x.abilities.canEdit,
  );
}

function Headcount({ structure }: { structure: Structure }) {
  const { t, locale } = useI18n();
  const n = (v: number | undefined) => formatNumber(v ?? 0, locale);
  const items: [string, number | undefined][] = [
    [t('dash.personnel'), structure.headcount.personnel],
    [t('dash.dependants'), structure.headcount.dependant],
    [t('dash.visitors'), structure.headcount.visitor],
  ];
  return (
    <section aria-label={t('dash.headcount')} className="stats">
      {items.map(([label, v]) => (
        <div key={label} className="stat">
          <span className="stat-value">{n(v)}</span>
          <span className="stat-label">{label}</span>
        </div>
      ))}
    </section>
  );
}

/** The structure of the country for those who read it: headcount, checks, tree and appointments. */
function CountryDetails({ countryId }: { countryId: string }) {
  const me = useMe();
  const can = useCan();
  const structure = useStructure(countryId);
  // Only those who answer for the structure see its invariants: no request for the others.
  const mayCheck = can.whole('invariants.read', countryId);
  const invariants = useInvariants(mayCheck ? countryId : null);
  const appointments = useAppointments({ countryId, status: 'active' }, true);

  const wardens = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const a of appointments.data?.items ?? []) {
      if (a.role !== 'WARDEN' || !a.zoneId) continue;
      m.set(a.zoneId, [...(m.get(a.zoneId) ?? []), a.personName]);
    }
    return m;
  }, [appointments.data]);
  const editable = structure.data ? me.isSystemAdmin || canEditStructure(structure.data) : false;

  return (
    <>
      {structure.data && <Headcount structure={structure.data} />}
      <MissedCheckins countryId={countryId} />

      {!mayCheck ? null : invariants.isPending ? (
        <Loading />
      ) : invariants.error ? (
        <ErrorBox error={invariants.error} onRetry={() => void invariants.refetch()} />
      ) : invariants.data ? (
        <InvariantsPanel report={invariants.data} />
      ) : null}

      <div className="grid-2">
        <div>
          {structure.isPending ? (
            <Loading />
          ) : structure.error ? (
            <ErrorBox error={structure.error} onRetry={() => void structure.refetch()} />
          ) : (
            <>
              <StructureTree structure={structure.data} wardens={wardens} />
              {editable && <AddStructure countryId={countryId} structure={structure.data} />}
            </>
          )}
        </div>
        <div>
          {appointments.isPending ? (
            <Loading />
          ) : appointments.error ? (
            <ErrorBox error={appointments.error} onRetry={() => void appointments.refetch()} />
          ) : (
            <KeyAppointments appointments={appointments.data.items} structure={structure.data} />
          )}
          {invariants.data && (
            <OrganizationsPanel
              countryId={countryId}
              organizations={invariants.data.organizations}
            />
          )}
        </div>
      </div>
    </>
  );
}

/**
 * The person's home: what needs them now, in the sections the server chose from their
 * appointments and abilities (`GET /api/home`), then the country's structure for those who read it.
 */
export function DashboardPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const { countryId, choices } = useCurrentCountry();
  const countries = useCountries();
  const home = useHome(countryId);

  const canPick = choices === null || choices.length > 1;
  const country = countryId ? countries.data?.items.find((c) => c.id === countryId) : undefined;
  // Whoever reads more of the structure than their own record sees the country's details.
  const readsStructure = countryId ? can.here('structure.read', countryId) : false;

  return (
    <div className="page">
      <div className="page-head">
        <h1 data-testid="country-name">
          {!countryId
            ? t('home.title')
            : country
              ? countryName(country, locale)
              : countries.isPending
                ? t('common.loading')
                : ''}
        </h1>
        {canPick && <CountryPicker label={countryId ? t('country.change') : t('country.pick')} />}
      </div>
      {!countryId && choices !== null && choices.length === 0 && (
        <p className="muted">{t('country.pickHelp')}</p>
      )}
      {home.isPending ? (
        <Loading />
      ) : home.error ? (
        <ErrorBox error={home.error} onRetry={() => void home.refetch()} />
      ) : (
        <HomeSections sections={home.data.sections} />
      )}
      {countryId && can.here('security_level.read', countryId) && (
        <LevelsInForce countryId={countryId} />
      )}
      {countryId && readsStructure && <CountryDetails countryId={countryId} />}
    </div>
  );
}

import { Link } from 'react-router';
import { Badge, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import type { AppointmentRole } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
type Structure = Schemas['CountryStructure'];

const KEY_ROLES: AppointmentRole[] = [
  'DO',
  'DO_AI',
  'CSA',
  'DEPUTY_SA',
  'CSO',
  'CSFP',
  'ASC',
  'SMT_MEMBER',
];

export function KeyAppointments({
  appointments,
  structure,
}: {
  appointments: Appointment[];
  structure: Structure | undefined;
}) {
  const { t, locale } = useI18n();
  const orgs = useOrganizations();
  const key = appointments
    .filter((a) => KEY_ROLES.includes(a.role))
    .sort(
      (a, b) =>
        KEY_ROLES.indexOf(a.role) - KEY_ROLES.indexOf(b.role) ||
        a.personName.localeCompare(b.personName),
    );
  const areaName = (id: string | null) => structure?.areas.find((a) => a.id === id)?.name;
  const orgCode = (id: string | null) => orgs.data?.items.find((o) => o.id === id)?.code;

  return (
    <section className="card" aria-labelledby="key-title">
      <div className="card-head">
        <h2 id="key-title">{t('dash.keyAppointments')}</h2>
        <Link to="/appointments" className="small">
          {t('nav.appointments')}{' '}
          <span className="dir-icon" aria-hidden="true">
            →
          </span>
        </Link>
      </div>
      {key.length === 0 ? (
        <p className="empty">{t('dash.noKeyAppointments')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('appt.role')}</th>
                <th scope="col">{t('appt.person')}</th>
                <th scope="col">{t('appt.place')}</th>
                <th scope="col">{t('appt.letter')}</th>
                <th scope="col">{t('appt.endsOn')}</th>
              </tr>
            </thead>
            <tbody>
              {key.map((a) => (
                <tr key={a.id}>
                  <td>{t(`role.${a.role}`)}</td>
                  <td>
                    <Link to={`/people/${a.personId}`}>{a.personName}</Link>
                  </td>
                  <td>
                    {[areaName(a.areaId), orgCode(a.organizationId)].filter(Boolean).join(' · ') ||
                      t('appt.wholeCountry')}
                  </td>
                  <td>
                    {a.hasLetter ? (
                      <Badge tone="ok">{t('dash.letterOk')}</Badge>
                    ) : (
                      <Badge tone="warning">{t('dash.letterMissing')}</Badge>
                    )}
                  </td>
                  <td>{a.endsOn ? formatDate(a.endsOn, locale) : t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

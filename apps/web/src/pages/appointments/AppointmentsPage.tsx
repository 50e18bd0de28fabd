import { Fragment, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, errorMessage } from '../../api.ts';
import { useMe } from '../../auth.tsx';
import { useCurrentCountry } from '../../country.tsx';
import {
  Badge,
  ErrorBox,
  Loading,
  Notice,
  SelectField,
  formatDate,
  today,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import {
  countryName,
  useAppointments,
  useCountries,
  useInvariants,
  useOrganizations,
  useStructure,
} from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
import { AppointmentEdit } from './AppointmentEdit.tsx';
import { AppointmentForm } from './AppointmentForm.tsx';
import { patchBody } from './letter.ts';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';
import { useCan } from '../../abilities.ts';
import { AppointmentFlags, ConfirmAdInterim, StructureFlags } from './StructureFlags.tsx';

const STATUSES = ['active', 'upcoming', 'ended', 'all'] as const;
const TONE: Record<Appointment['status'], 'ok' | 'info' | 'neutral'> = {
  active: 'ok',
  upcoming: 'info',
  ended: 'neutral',
};

function EndButton({ appointment }: { appointment: Appointment }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const end = useMutation({
    mutationFn: () =>
      api.patch<Appointment>(
        `/api/appointments/${appointment.id}`,
        patchBody(appointment, { endsOn: today() }),
      ),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['appointments'] }),
        qc.invalidateQueries({ queryKey: ['invariants'] }),
      ]);
    },
  });
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        disabled={end.isPending}
        onClick={() => end.mutate()}
      >
        {end.isPending ? t('common.saving') : t('appt.endToday')}
      </button>
      {end.error && (
        <span className="error-text small" role="alert">
          {errorMessage(end.error)}
        </span>
      )}
    </>
  );
}

export function AppointmentsPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const { countryId } = useCurrentCountry();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('active');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const can = useCan();
  // The structure's flags for those who answer for it (as on the dashboard): no refused request
  // for a staff member or warden who reads the appointments.
  const report = useInvariants(
    countryId && can.whole('invariants.read', countryId) ? countryId : null,
  );
  const countries = useCountries();
  const orgs = useOrganizations();
  const structure = useStructure(countryId);
  const list = useAppointments({ countryId: countryId ?? undefined, status }, Boolean(countryId));

  if (!countryId) return <ChooseCountry />;

  const items = list.data?.items ?? [];
  const canAppoint =
    items.some((a) => a.abilities.canEdit) ||
    can.here('appointment.write') ||
    me.abilities.appoints.length > 0;
  const place = (a: Appointment) => {
    const s = structure.data;
    const parts = [
      s?.areas.find((x) => x.id === a.areaId)?.name,
      s?.wardenZones.find((x) => x.id === a.zoneId)?.name,
      orgs.data?.items.find((o) => o.id === a.organizationId)?.code,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('appt.wholeCountry');
  };
  const country = countries.data?.items.find((c) => c.id === countryId);

  return (
    <div className="page">
      <div className="page-head">
        <h1>
          {t('appt.title')} <span className="muted small">· {countryName(country, locale)}</span>
        </h1>
        <div className="button-row">
          <SelectField
            label={t('appt.filter')}
            name="status"
            value={status}
            onChange={(v) => setStatus(STATUSES.find((s) => s === v) ?? 'active')}
            options={STATUSES.map((s) => ({ value: s, label: t(`appt.status.${s}`) }))}
          />
          {canAppoint && !creating && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setCreated(false);
                setCreating(true);
              }}
            >
              {t('appt.new')}
            </button>
          )}
        </div>
      </div>
      {created && <Notice>{t('appt.created')}</Notice>}
      {creating && (
        <AppointmentForm
          countryId={countryId}
          onDone={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            setCreated(true);
          }}
        />
      )}

      {report.data && <StructureFlags report={report.data} />}

      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="card empty">{t('appt.empty')}</p>
      ) : (
        <section className="card">
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive">
              <thead>
                <tr>
                  <th scope="col">{t('appt.role')}</th>
                  <th scope="col">{t('appt.person')}</th>
                  <th scope="col">{t('appt.place')}</th>
                  <th scope="col">{t('appt.letter')}</th>
                  <th scope="col">{t('appt.period')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <Fragment key={a.id}>
                    <tr>
                      <td data-label={t('appt.role')}>{t(`role.${a.role}`)}</td>
                      <td data-label={t('appt.person')}>
                        <Link to={`/people/${a.personId}`}>{a.personName}</Link>
                      </td>
                      <td data-label={t('appt.place')}>{place(a)}</td>
                      <td data-label={t('appt.letter')}>
                        {a.hasLetter ? (
                          <span>
                            {a.letterReference ?? ''}{' '}
                            {a.letterDate ? `(${formatDate(a.letterDate, locale)})` : ''}{' '}
                            {a.letterDocumentId && (
                              <a
                                href={`/api/documents/${a.letterDocumentId}`}
                                target="_blank"
                                rel="noopener"
                              >
                                {t('appt.download')}
                              </a>
                            )}
                          </span>
                        ) : (
                          <Badge tone="warning">{t('dash.letterMissing')}</Badge>
                        )}
                      </td>
                      <td data-label={t('appt.period')}>
                        {formatDate(a.startsOn, locale)} –{' '}
                        {a.endsOn ? formatDate(a.endsOn, locale) : '…'}
                      </td>
                      <td data-label={t('common.status')}>
                        <Badge tone={TONE[a.status]}>{t(`appt.status.${a.status}`)}</Badge>
                        <AppointmentFlags appointment={a} report={report.data} />
                      </td>
                      <td className="actions">
                        {a.abilities.canConfirmAdInterim && (
                          <button
                            type="button"
                            className="btn btn-small btn-primary"
                            aria-expanded={confirming === a.id}
                            onClick={() => setConfirming(confirming === a.id ? null : a.id)}
                          >
                            {t('appt.confirm')}
                          </button>
                        )}
                        {a.abilities.canEdit && (
                          <div className="button-row">
                            <button
                              type="button"
                              className="btn btn-small"
                              aria-expanded={editing === a.id}
                              onClick={() => setEditing(editing === a.id ? null : a.id)}
                            >
                              {t('common.edit')}
                            </button>
                            {a.status !== 'ended' && !(a.endsOn && a.endsOn <= today()) && (
                              <EndButton appointment={a} />
                            )}
                          </div>
                        )}
                      </td>
                    </tr>
                    {confirming === a.id && (
                      <tr className="edit-row">
                        <td colSpan={7}>
                          <ConfirmAdInterim appointment={a} onDone={() => setConfirming(null)} />
                        </td>
                      </tr>
                    )}
                    {editing === a.id && (
                      <tr className="edit-row">
                        <td colSpan={7}>
                          <AppointmentEdit appointment={a} onDone={() => setEditing(null)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

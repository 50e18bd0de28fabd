import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  FormActions,
  FormError,
  TextField,
  formatDate,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';
import { FindingList } from '../dashboard/InvariantsPanel.tsx';

type Appointment = Schemas['Appointment'];
type Report = Schemas['InvariantReport'];
type Finding = Schemas['InvariantFinding'];

/** The flags of the country's structure that no single appointment carries [002 Annex B ¶15–24]. */
const STRUCTURE_CODES: readonly Finding['code'][] = [
  'NO_DO',
  'MULTIPLE_DO',
  'NO_DO_AI',
  'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
  'PEACEKEEPING_HEAD_NOT_ON_SMT',
];

/** The country's structure flags, and whether a peacekeeping mission is deployed (the DO sets it). */
export function StructureFlags({ report }: { report: Report }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const flags = report.findings.filter((f) => !f.appointmentId && STRUCTURE_CODES.includes(f.code));
  const toggle = useMutation({
    mutationFn: () =>
      api.put(`/api/countries/${report.countryId}/peacekeeping-mission`, {
        peacekeepingMission: !report.peacekeepingMission,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['invariants'] }),
  });
  return (
    <section className="card" data-testid="structure-flags" aria-labelledby="structure-flags">
      <div className="card-head">
        <h2 id="structure-flags">{t('appt.structure')}</h2>
        <span className="muted small">
          {t(report.peacekeepingMission ? 'appt.mission.yes' : 'appt.mission.no')}
        </span>
      </div>
      {flags.length === 0 ? (
        <p className="all-pass">
          <span aria-hidden="true">✓</span> {t('appt.structureComplete')}
        </p>
      ) : (
        <FindingList findings={flags} />
      )}
      {report.abilities.canSetPeacekeepingMission && (
        <div className="button-row">
          <button
            type="button"
            className="btn btn-small"
            disabled={toggle.isPending}
            onClick={() => toggle.mutate()}
          >
            {t(report.peacekeepingMission ? 'appt.mission.unset' : 'appt.mission.set')}
          </button>
        </div>
      )}
      <FormError error={toggle.error} />
    </section>
  );
}

/** An appointment's own flags (the letter is shown in its own column). */
export function AppointmentFlags({
  appointment: a,
  report,
}: {
  appointment: Appointment;
  report: Report | null | undefined;
}) {
  const { t, locale } = useI18n();
  const flags = (report?.findings ?? []).filter(
    (f) => f.appointmentId === a.id && f.code !== 'APPOINTMENT_WITHOUT_LETTER',
  );
  return (
    <>
      {a.csaAdInterim && (
        <p className="small" data-testid="ad-interim">
          <Badge tone={a.adInterimConfirmation ? 'ok' : 'error'}>{t('appt.csaAdInterim')}</Badge>{' '}
          {a.adInterimConfirmation &&
            t('appt.confirmedBy', {
              name: a.adInterimConfirmation.byName,
              date: formatDate(a.adInterimConfirmation.on, locale),
              reference: a.adInterimConfirmation.reference,
            })}
        </p>
      )}
      {a.smtSeat && (
        <p className="small">
          <Badge tone="info">{t(`appt.seat.${a.smtSeat}`)}</Badge>
        </p>
      )}
      {flags.length > 0 && (
        <FindingList findings={flags} className="findings small" testId="appointment-flags" />
      )}
    </>
  );
}

/** The DO confirms in writing a single-agency officer acting as CSA/SA a.i. [002 Annex B ¶24]. */
export function ConfirmAdInterim({
  appointment,
  onDone,
}: {
  appointment: Appointment;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    { confirmedOn: today(), reference: '' },
    (d) => api.post<Appointment>(`/api/appointments/${appointment.id}/ad-interim-confirmation`, d),
    { invalidate: [['appointments'], ['invariants']], onDone },
  );
  return (
    <section className="card">
      <h2>{t('appt.confirmTitle', { name: appointment.personName })}</h2>
      <p className="muted small">{t('appt.confirmHelp')}</p>
      <form className="form-grid" onSubmit={submit} noValidate data-testid="confirm-ad-interim">
        <TextField
          label={t('appt.confirmedOn')}
          name="confirmedOn"
          type="date"
          value={draft.confirmedOn}
          onChange={set('confirmedOn')}
          errors={errors}
          required
        />
        <TextField
          label={t('appt.confirmReference')}
          name="reference"
          value={draft.reference}
          onChange={set('reference')}
          errors={errors}
          required
        />
        <FormActions save={save} label={t('appt.confirm')} onCancel={onDone} />
      </form>
    </section>
  );
}

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  FormActions,
  FormCard,
  formatDate,
  orNull,
  SelectField,
  TextAreaField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { SupportSessionKind as SessionKind } from '@fieldsafe/core';
import type { ApiBody, ItemOf, Schemas } from '../../schema.ts';

type SupportCase = Schemas['StressSupportCase'];
type SupportCases = ApiBody<'/api/countries/{id}/stress-support/cases'>;
type SupportEvent = Omit<ItemOf<'/api/countries/{id}/stress-support/events'>, 'at'>;
type SupportEvents = ApiBody<'/api/countries/{id}/stress-support/events'>;
type SupportSession = Schemas['StressSupportSession'];

const eventLabel = (t: ReturnType<typeof useI18n>['t'], e: SupportEvent | null) =>
  e ? `${t(e.kind === 'crisis' ? 'support.crisis' : 'support.incident')}: ${e.title}` : '—';

/** The counsellor's view: every follow-up case of the country, and the forms to add to it. */
export function CounsellorDesk({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<'case' | 'group' | null>(null);
  const cases = useQuery({
    queryKey: ['stress-support', countryId, 'cases'],
    queryFn: () => api.get<SupportCases>(`/api/countries/${countryId}/stress-support/cases`),
  });
  return (
    <section aria-labelledby="support-cases-title">
      <div className="page-head">
        <h2 id="support-cases-title">{t('support.cases')}</h2>
        <div className="button-row">
          <button type="button" className="btn btn-primary" onClick={() => setForm('case')}>
            {t('support.openCase')}
          </button>
          <button type="button" className="btn" onClick={() => setForm('group')}>
            {t('support.groupSession')}
          </button>
        </div>
      </div>
      {form === 'case' && <OpenCaseForm countryId={countryId} onClose={() => setForm(null)} />}
      {form === 'group' && <GroupSessionForm countryId={countryId} onClose={() => setForm(null)} />}
      <QueryView query={cases}>
        {(d) => (
          <>
            {d.items.length === 0 ? (
              <p className="card empty">{t('support.noCases')}</p>
            ) : (
              d.items.map((c) => <CaseCard key={c.id} c={c} />)
            )}
            {d.groupSessions.length > 0 && (
              <section className="card">
                <h3>{t('support.groupSessions')}</h3>
                <ul className="findings">
                  {d.groupSessions.map((s) => (
                    <li key={s.id}>
                      {formatDate(s.heldOn, locale)} · {eventLabel(t, s.event)} ·{' '}
                      {t('support.participantsN', { n: s.participants })}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** One follow-up case: the counsellor may plan, record a session and close; the person reads it. */
export function CaseCard({ c }: { c: SupportCase }) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<'session' | 'plan' | null>(null);
  const closed = c.closedOn !== null && c.closedOn <= today();
  return (
    <section className="card" data-testid="support-case">
      <div className="card-head">
        <h3>
          {c.person.givenName} {c.person.familyName}
          {' · '}
          {c.person.organizationCode}
          {c.person.kind === 'dependant' ? ` · ${t('support.family')}` : ''}
        </h3>
        {closed ? (
          <Badge tone="neutral">
            {t('support.closed', { date: formatDate(c.closedOn, locale) })}
          </Badge>
        ) : c.overdue ? (
          <Badge tone="error">{t('support.overdue')}</Badge>
        ) : (
          <Badge tone="ok">{t('support.onTrack')}</Badge>
        )}
      </div>
      <p>{eventLabel(t, c.event)}</p>
      <p>
        {t('support.openedOn', { date: formatDate(c.openedOn, locale) })}
        {' · '}
        {c.nextFollowUpOn
          ? t('support.nextOn', { date: formatDate(c.nextFollowUpOn, locale) })
          : t('support.noNext')}
        {c.counsellor ? ` · ${t('support.by', { name: c.counsellor })}` : ''}
      </p>
      {c.notes && <p style={{ whiteSpace: 'pre-line' }}>{c.notes}</p>}
      {c.sessions.length > 0 && (
        <ul className="findings">
          {c.sessions.map((s) => (
            <li key={s.id}>
              {formatDate(s.heldOn, locale)} · {t(`support.kind.${s.kind}`)}
            </li>
          ))}
        </ul>
      )}
      {c.abilities.canEdit && !closed && form === null && (
        <div className="button-row">
          <button type="button" className="btn btn-small" onClick={() => setForm('session')}>
            {t('support.recordSession')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setForm('plan')}>
            {t('support.plan')}
          </button>
        </div>
      )}
      {form === 'session' && <CaseSessionForm c={c} onClose={() => setForm(null)} />}
      {form === 'plan' && <PlanForm c={c} onClose={() => setForm(null)} />}
    </section>
  );
}

function useEventOptions(countryId: string) {
  const { t } = useI18n();
  const events = useQuery({
    queryKey: ['stress-support', countryId, 'events'],
    queryFn: () => api.get<SupportEvents>(`/api/countries/${countryId}/stress-support/events`),
  });
  return (events.data?.items ?? []).map((e) => ({
    value: `${e.kind}:${e.id}`,
    label: e.title,
    group: t(e.kind === 'crisis' ? 'support.crisis' : 'support.incident'),
  }));
}

/** `crisis:<id>` or `incident:<id>` as the two API fields. */
function eventFields(value: string) {
  const [kind, id] = value.split(':');
  return {
    crisisId: kind === 'crisis' && id ? id : null,
    incidentId: kind === 'incident' && id ? id : null,
  };
}

function OpenCaseForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const options = useEventOptions(countryId);
  const [personId, setPersonId] = useState<string | null>(null);
  const { draft, set, save, errors, submit } = useDraftForm(
    { event: '', openedOn: today(), nextFollowUpOn: '', notes: '' },
    (d) =>
      api.post<SupportCase>(`/api/countries/${countryId}/stress-support/cases`, {
        personId,
        ...eventFields(d.event),
        openedOn: d.openedOn,
        nextFollowUpOn: orNull(d.nextFollowUpOn),
        notes: orNull(d.notes),
      }),
    { invalidate: [['stress-support', countryId]], onDone: onClose },
  );
  return (
    <FormCard title={t('support.openCase')} submit={submit} testId="open-case-form">
      <PersonPicker
        label={t('support.person')}
        name="personId"
        value={personId}
        onChange={setPersonId}
        countryId={countryId}
        errors={errors}
        required
      />
      <SelectField
        label={t('support.event')}
        name="crisisId"
        value={draft.event}
        onChange={set('event')}
        options={options}
        empty=""
        errors={errors}
        required
      />
      <TextField
        label={t('support.openedOnLabel')}
        name="openedOn"
        type="date"
        value={draft.openedOn}
        onChange={set('openedOn')}
        errors={errors}
        required
      />
      <TextField
        label={t('support.nextFollowUp')}
        name="nextFollowUpOn"
        type="date"
        value={draft.nextFollowUpOn}
        onChange={set('nextFollowUpOn')}
        errors={errors}
      />
      <TextAreaField
        label={t('support.notes')}
        name="notes"
        value={draft.notes}
        onChange={set('notes')}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

function GroupSessionForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const options = useEventOptions(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    { event: '', heldOn: today(), participants: '' },
    (d) =>
      api.post<SupportSession>(`/api/countries/${countryId}/stress-support/sessions`, {
        ...eventFields(d.event),
        kind: 'group',
        heldOn: d.heldOn,
        participants: Number(d.participants),
      }),
    { invalidate: [['stress-support', countryId]], onDone: onClose },
  );
  return (
    <FormCard title={t('support.groupSession')} submit={submit} testId="group-session-form">
      <SelectField
        label={t('support.event')}
        name="crisisId"
        value={draft.event}
        onChange={set('event')}
        options={options}
        empty=""
        errors={errors}
        required
      />
      <TextField
        label={t('support.heldOn')}
        name="heldOn"
        type="date"
        value={draft.heldOn}
        onChange={set('heldOn')}
        errors={errors}
        required
      />
      <TextField
        label={t('support.participants')}
        name="participants"
        type="number"
        value={draft.participants}
        onChange={set('participants')}
        errors={errors}
        required
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

function CaseSessionForm({ c, onClose }: { c: SupportCase; onClose: () => void }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      kind: c.person.kind === 'dependant' ? 'family' : 'individual',
      heldOn: today(),
      participants: '1',
    },
    (d) =>
      api.post<SupportSession>(`/api/countries/${c.countryId}/stress-support/sessions`, {
        caseId: c.id,
        kind: d.kind as SessionKind,
        heldOn: d.heldOn,
        participants: Number(d.participants),
      }),
    { invalidate: [['stress-support', c.countryId]], onDone: onClose },
  );
  return (
    <FormCard title={t('support.recordSession')} submit={submit} testId="session-form">
      <SelectField
        label={t('support.kind')}
        name="kind"
        value={draft.kind}
        onChange={set('kind')}
        options={(['individual', 'family'] as const).map((k) => ({
          value: k,
          label: t(`support.kind.${k}`),
        }))}
        errors={errors}
      />
      <TextField
        label={t('support.heldOn')}
        name="heldOn"
        type="date"
        value={draft.heldOn}
        onChange={set('heldOn')}
        errors={errors}
        required
      />
      <TextField
        label={t('support.participants')}
        name="participants"
        type="number"
        value={draft.participants}
        onChange={set('participants')}
        errors={errors}
        required
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

function PlanForm({ c, onClose }: { c: SupportCase; onClose: () => void }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    { nextFollowUpOn: c.nextFollowUpOn ?? '', closedOn: '', notes: c.notes ?? '' },
    (d) =>
      api.patch<SupportCase>(`/api/stress-support/cases/${c.id}`, {
        nextFollowUpOn: orNull(d.nextFollowUpOn),
        closedOn: orNull(d.closedOn),
        notes: orNull(d.notes),
      }),
    { invalidate: [['stress-support', c.countryId]], onDone: onClose },
  );
  return (
    <FormCard title={t('support.plan')} submit={submit} testId="plan-form">
      <TextField
        label={t('support.nextFollowUp')}
        name="nextFollowUpOn"
        type="date"
        value={draft.nextFollowUpOn}
        onChange={set('nextFollowUpOn')}
        errors={errors}
      />
      <TextField
        label={t('support.closedOn')}
        name="closedOn"
        type="date"
        value={draft.closedOn}
        onChange={set('closedOn')}
        errors={errors}
      />
      <TextAreaField
        label={t('support.notes')}
        name="notes"
        value={draft.notes}
        onChange={set('notes')}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

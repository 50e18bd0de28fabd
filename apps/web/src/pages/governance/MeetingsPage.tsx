import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  FormActions,
  formatDate,
  FormCard,
  FormError,
  orNull,
  SelectField,
  TextAreaField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import { GovernanceTabs } from './GovernanceTabs.tsx';
import type { Schemas } from '../../schema.ts';

type CountryMeetings = Schemas['CountrySmtMeetings'];
type Meeting = Schemas['SmtMeeting'];

const DAYS = 90;
type Body = CountryMeetings['body'];
const BODIES: readonly Body[] = ['smt', 'security_cell'];

/**
 * The meetings of the current country's SMT (flagged when none was held in the last 90 days)
 * or of its security cell, chaired by the CSA, with the cell's members [002 Annex B J.6–7].
 */
export function MeetingsPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [adding, setAdding] = useState(false);
  const [body, setBody] = useState<Body>('smt');
  const meetings = useQuery({
    queryKey: ['smt-meetings', countryId, body],
    queryFn: () =>
      api.get<CountryMeetings>(
        withQuery(`/api/countries/${countryId ?? ''}/smt-meetings`, { days: DAYS, body }),
      ),
    enabled: Boolean(countryId),
  });
  return (
    <CountryPage
      title={t(`gov.body.${body}`)}
      action={
        <div className="button-row">
          <SelectField
            label={t('gov.body.label')}
            name="body"
            value={body}
            onChange={(v) => {
              setAdding(false);
              setBody(BODIES.find((b) => b === v) ?? 'smt');
            }}
            options={BODIES.map((b) => ({ value: b, label: t(`gov.body.${b}`) }))}
          />
          {meetings.data?.abilities.canEdit && (
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              {t(body === 'smt' ? 'gov.smt.add' : 'gov.cell.add')}
            </button>
          )}
        </div>
      }
      tabs={<GovernanceTabs />}
    >
      {(countryId) => (
        <QueryView query={meetings}>
          {(data) => (
            <>
              {data.body === 'security_cell' ? (
                <CellMembers members={data.members} />
              ) : data.flagged ? (
                <p className="alert alert-error" role="status" data-testid="smt-flag">
                  {data.lastHeldOn
                    ? t('gov.smt.flagged', {
                        days: data.days,
                        date: formatDate(data.lastHeldOn, locale),
                      })
                    : t('gov.smt.never')}
                </p>
              ) : (
                <p className="alert alert-success" role="status">
                  {t('gov.smt.recent', { date: formatDate(data.lastHeldOn, locale) })}
                </p>
              )}
              {adding && (
                <MeetingForm countryId={countryId} body={body} onClose={() => setAdding(false)} />
              )}
              {data.items.length === 0 ? (
                <p className="card empty">{t('gov.smt.empty')}</p>
              ) : (
                data.items.map((m) => <MeetingCard key={m.id} meeting={m} />)
              )}
            </>
          )}
        </QueryView>
      )}
    </CountryPage>
  );
}

/** The security officers who sit in the cell, its chair first [002 Annex B J.6, M.3]. */
function CellMembers({ members }: { members: CountryMeetings['members'] }) {
  const { t } = useI18n();
  return (
    <section className="card" data-testid="cell-members">
      <h2>{t('gov.cell.members')}</h2>
      {members.length === 0 ? (
        <p className="empty">{t('gov.cell.noMembers')}</p>
      ) : (
        <ul>
          {members.map((m) => (
            <li key={m.appointmentId}>
              {m.personName} · {t(`role.${m.role}`)}
              {m.organizationCode ? ` (${m.organizationCode})` : ''}{' '}
              {m.chair && <Badge tone="info">{t('gov.cell.chair')}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingCard({ meeting: m }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const send = useMutation({
    mutationFn: () => api.patch<Meeting>(`/api/smt-meetings/${m.id}`, { sentToDssOn: today() }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['smt-meetings', m.countryId] }),
  });
  return (
    <section className="card">
      <div className="card-head">
        <h2>{formatDate(m.heldOn, locale)}</h2>
        {m.body === 'security_cell' ? null : m.sentToDssOn ? (
          <Badge tone="ok">{t('gov.smt.sent', { date: formatDate(m.sentToDssOn, locale) })}</Badge>
        ) : (
          <Badge tone="warning">{t('gov.smt.notSent')}</Badge>
        )}
      </div>
      <h3>{t('gov.smt.agenda')}</h3>
      <p style={{ whiteSpace: 'pre-line' }}>{m.agenda}</p>
      <h3>{t('gov.smt.attendees')}</h3>
      <p>{m.attendees.length ? m.attendees.map((a) => a.code).join(', ') : t('common.none')}</p>
      <h3>{t('gov.smt.minutes')}</h3>
      <p style={{ whiteSpace: 'pre-line' }}>{m.minutes ?? t('gov.smt.noMinutes')}</p>
      {m.abilities.canEdit && m.body === 'smt' && !m.sentToDssOn && (
        <div className="button-row">
          <button
            type="button"
            className="btn btn-small"
            disabled={send.isPending}
            onClick={() => send.mutate()}
          >
            {t('gov.smt.markSent')}
          </button>
        </div>
      )}
      <FormError error={send.error} />
    </section>
  );
}

function MeetingForm({
  countryId,
  body,
  onClose,
}: {
  countryId: string;
  body: Body;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const orgs = useOrganizations();
  const [attendees, setAttendees] = useState<string[]>([]);
  const { draft, set, save, errors, submit } = useDraftForm(
    { heldOn: today(), agenda: '', minutes: '', sentToDssOn: '' },
    (d) =>
      api.post<Meeting>(`/api/countries/${countryId}/smt-meetings`, {
        body,
        heldOn: d.heldOn,
        agenda: d.agenda,
        minutes: orNull(d.minutes),
        sentToDssOn: orNull(d.sentToDssOn),
        attendeeIds: attendees,
      }),
    { invalidate: [['smt-meetings', countryId]], onDone: onClose },
  );
  return (
    <FormCard title={t(body === 'smt' ? 'gov.smt.add' : 'gov.cell.add')} submit={submit}>
      <TextField
        label={t('gov.smt.heldOn')}
        name="heldOn"
        type="date"
        value={draft.heldOn}
        onChange={set('heldOn')}
        errors={errors}
        required
      />
      {body === 'smt' && (
        <TextField
          label={t('gov.smt.sentToDssOn')}
          name="sentToDssOn"
          type="date"
          value={draft.sentToDssOn}
          onChange={set('sentToDssOn')}
          errors={errors}
        />
      )}
      <TextAreaField
        label={t('gov.smt.agenda')}
        name="agenda"
        value={draft.agenda}
        onChange={set('agenda')}
        rows={4}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('gov.smt.minutes')}
        name="minutes"
        value={draft.minutes}
        onChange={set('minutes')}
        rows={6}
        errors={errors}
      />
      <fieldset className="field">
        <legend>{t('gov.smt.attendees')}</legend>
        <select
          multiple
          size={8}
          aria-label={t('gov.smt.attendees')}
          value={attendees}
          onChange={(e) => setAttendees([...e.target.selectedOptions].map((o) => o.value))}
        >
          {[...(orgs.data?.items ?? [])]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.code}
              </option>
            ))}
        </select>
      </fieldset>
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

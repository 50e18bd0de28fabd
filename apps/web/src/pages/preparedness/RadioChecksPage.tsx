import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  FormActions,
  FormCard,
  Loading,
  orNull,
  Pager,
  SelectField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { PreparednessTabs } from './PreparednessTabs.tsx';
import type { Schemas } from '../../schema.ts';
import { addDays, formatDateTime } from '@fieldsafe/core';

type MissedReport = Schemas['RadioMissedReport'];
type RadioCheck = Schemas['RadioCheck'];
type RadioList = Schemas['RadioCheckPage'];
type Roster = Schemas['RadioRoster'];

const daysBefore = (n: number) => addDays(today(), -n);

const formatTime = (iso: string, locale: string) => formatDateTime(iso, locale);

/** The radio-check log of the current country: roll calls, missed calls, missed by person. */
export function RadioChecksPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['radio-checks', countryId, page],
    queryFn: () =>
      api.get<RadioList>(withQuery('/api/radio-checks', { countryId: countryId ?? '', page })),
    enabled: Boolean(countryId),
  });
  return (
    <CountryPage
      title={t('prep.radio.title')}
      action={
        list.data?.abilities.canRecord && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('prep.radio.record')}
          </button>
        )
      }
      tabs={<PreparednessTabs />}
    >
      {(countryId) => (
        <>
          {adding && <RollCallForm countryId={countryId} onClose={() => setAdding(false)} />}
          <Missed countryId={countryId} />
          <QueryView query={list}>
            {(data) =>
              data.items.length === 0 ? (
                <p className="card empty">{t('prep.radio.empty')}</p>
              ) : (
                <>
                  {data.items.map((c) => (
                    <CheckCard key={c.id} check={c} />
                  ))}
                  <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
                </>
              )
            }
          </QueryView>
        </>
      )}
    </CountryPage>
  );
}

function CheckCard({ check: c }: { check: RadioList['items'][number] }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const detail = useQuery({
    queryKey: ['radio-check', c.id],
    queryFn: () => api.get<RadioCheck>(`/api/radio-checks/${c.id}`),
    enabled: open,
  });
  return (
    <section className="card" data-testid="radio-check">
      <div className="card-head">
        <h2>
          {c.net} · {c.placeName}
        </h2>
        <span>{formatTime(c.heldAt, locale)}</span>
        {c.missed > 0 ? (
          <Badge tone="error">{t('prep.radio.missedCount', { n: c.missed, of: c.called })}</Badge>
        ) : (
          <Badge tone="ok">{t('prep.radio.allAnswered', { of: c.called })}</Badge>
        )}
      </div>
      {c.notes && <p>{c.notes}</p>}
      <button type="button" className="btn btn-small" onClick={() => setOpen((o) => !o)}>
        {open ? t('common.close') : t('prep.radio.show')}
      </button>
      {open && (
        <QueryView query={detail} retry={false}>
          {(check) => (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th>{t('prep.radio.callSign')}</th>
                    <th>{t('prep.radio.person')}</th>
                    <th>{t('prep.radio.answer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {check.entries.map((e) => (
                    <tr key={e.id} className={e.answered ? undefined : 'row-error'}>
                      <td>{e.callSign}</td>
                      <td>{e.name ?? t('common.none')}</td>
                      <td>
                        {e.answered ? (
                          <Badge tone="ok">
                            {e.answeredAt
                              ? formatTime(e.answeredAt, locale)
                              : t('prep.radio.answered')}
                          </Badge>
                        ) : (
                          <Badge tone="error">{t('prep.radio.missed')}</Badge>
                        )}{' '}
                        {e.note}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryView>
      )}
    </section>
  );
}

function Missed({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState(daysBefore(30));
  const [to, setTo] = useState(today());
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['radio-missed', countryId, from, to, page],
    queryFn: () =>
      api.get<MissedReport>(withQuery('/api/radio-checks/missed', { countryId, from, to, page })),
    enabled: Boolean(from && to),
  });
  return (
    <section className="card" data-testid="radio-missed">
      <h2>{t('prep.radio.missedReport')}</h2>
      <div className="form-grid">
        <TextField
          label={t('prep.radio.from')}
          name="from"
          type="date"
          value={from}
          onChange={setFrom}
        />
        <TextField label={t('prep.radio.to')} name="to" type="date" value={to} onChange={setTo} />
      </div>
      <QueryView query={q} retry={false}>
        {(report) =>
          report.items.length === 0 ? (
            <p className="empty">{t('prep.radio.noneMissed')}</p>
          ) : (
            <>
              <div className="table-wrap" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th>{t('prep.radio.person')}</th>
                      <th>{t('prep.radio.callSign')}</th>
                      <th>{t('prep.radio.missed')}</th>
                      <th>{t('prep.radio.lastMissed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.items.map((r) => (
                      <tr key={`${r.personId ?? ''}-${r.callSign}`} data-testid="missed-row">
                        <td>{r.name ?? t('common.none')}</td>
                        <td>{r.callSign}</td>
                        <td>
                          <Badge tone={r.flagged ? 'error' : 'warning'}>
                            {r.missed} / {r.called}
                          </Badge>
                        </td>
                        <td>{r.lastMissedAt ? formatTime(r.lastMissedAt, locale) : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="help">{t('prep.radio.flagRule', { n: report.flagFrom })}</p>
              <Pager page={page} pageSize={report.pageSize} total={report.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function RollCallForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const structure = useStructure(countryId);
  const [missed, setMissed] = useState<Set<string>>(new Set());
  const { draft, set, save, errors, submit } = useDraftForm(
    { zoneId: '', net: '', date: today(), time: '19:00', notes: '' },
    (d): Promise<RadioCheck> => {
      const m = -new Date().getTimezoneOffset();
      const off = `${m >= 0 ? '+' : '-'}${String(Math.floor(Math.abs(m) / 60)).padStart(2, '0')}:${String(Math.abs(m) % 60).padStart(2, '0')}`;
      return api.post<RadioCheck>('/api/radio-checks', {
        countryId,
        zoneId: d.zoneId || null,
        net: d.net,
        heldAt: `${d.date}T${d.time}:00${off}`,
        notes: orNull(d.notes),
        entries: callable.map((p) => ({
          personId: p.personId,
          answered: !missed.has(p.personId),
        })),
      });
    },
    { invalidate: [['radio-checks'], ['radio-missed']], onDone: onClose },
  );
  const zoneId = draft.zoneId;
  const roster = useQuery({
    queryKey: ['radio-roster', countryId, zoneId],
    queryFn: () =>
      api.get<Roster>(
        withQuery('/api/radio-checks/roster', { countryId, zoneId: zoneId || undefined }),
      ),
    enabled: Boolean(zoneId),
  });
  const callable = (roster.data?.items ?? []).filter((p) => p.callSign);
  const toggle = (id: string) =>
    setMissed((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <FormCard title={t('prep.radio.record')} submit={submit}>
      <SelectField
        label={t('prep.radio.zone')}
        name="zoneId"
        value={draft.zoneId}
        onChange={set('zoneId')}
        empty={t('prep.radio.chooseZone')}
        options={(structure.data?.wardenZones ?? []).map((z) => ({ value: z.id, label: z.name }))}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.radio.net')}
        name="net"
        value={draft.net}
        onChange={set('net')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.radio.date')}
        name="heldAt"
        type="date"
        value={draft.date}
        onChange={set('date')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.radio.time')}
        name="time"
        value={draft.time}
        onChange={set('time')}
        required
      />
      <TextField
        label={t('prep.radio.notes')}
        name="notes"
        value={draft.notes}
        onChange={set('notes')}
        errors={errors}
      />
      <fieldset className="field">
        <legend>{t('prep.radio.rollCall')}</legend>
        {!zoneId ? (
          <p className="help">{t('prep.radio.chooseZone')}</p>
        ) : roster.isPending ? (
          <Loading />
        ) : callable.length === 0 ? (
          <p className="empty">{t('prep.radio.noCallSigns')}</p>
        ) : (
          callable.map((p) => (
            <label key={p.personId} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={missed.has(p.personId)}
                onChange={() => toggle(p.personId)}
              />{' '}
              {t('prep.radio.markMissed', { callSign: p.callSign ?? '', name: p.name })}
            </label>
          ))
        )}
      </fieldset>
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

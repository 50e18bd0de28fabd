import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors, withQuery } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  orNull,
  Pager,
  SelectField,
  SubmitButton,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { CountryPicker } from '../dashboard/CountryPicker.tsx';
import { PreparednessTabs } from './PreparednessTabs.tsx';
import type { MissedReport, RadioCheck, RadioList, Roster } from './types.ts';

const daysBefore = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const formatTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

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
  const data = list.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('prep.radio.title')}</h1>
        {data?.abilities.canRecord && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('prep.radio.record')}
          </button>
        )}
      </div>
      <PreparednessTabs />
      <CountryPicker label={t('gov.country')} />
      {!countryId ? (
        <p className="card empty">{t('gov.chooseCountry')}</p>
      ) : (
        <>
          {adding && <RollCallForm countryId={countryId} onClose={() => setAdding(false)} />}
          <Missed countryId={countryId} />
          {list.isPending ? (
            <Loading />
          ) : list.error ? (
            <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
          ) : data && data.items.length === 0 ? (
            <p className="card empty">{t('prep.radio.empty')}</p>
          ) : data ? (
            <>
              {data.items.map((c) => (
                <CheckCard key={c.id} check={c} />
              ))}
              <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          ) : null}
        </>
      )}
    </div>
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
      {open &&
        (detail.isPending ? (
          <Loading />
        ) : detail.error ? (
          <ErrorBox error={detail.error} />
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('prep.radio.callSign')}</th>
                  <th>{t('prep.radio.person')}</th>
                  <th>{t('prep.radio.answer')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.data.entries.map((e) => (
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
        ))}
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
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorBox error={q.error} />
      ) : q.data.items.length === 0 ? (
        <p className="empty">{t('prep.radio.noneMissed')}</p>
      ) : (
        <>
          <div className="table-wrap">
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
                {q.data.items.map((r) => (
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
          <p className="help">{t('prep.radio.flagRule', { n: q.data.flagFrom })}</p>
          <Pager page={page} pageSize={q.data.pageSize} total={q.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}

function RollCallForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const structure = useStructure(countryId);
  const [zoneId, setZoneId] = useState('');
  const [net, setNet] = useState('');
  const [date, setDate] = useState(today());
  const [time, setTime] = useState('19:00');
  const [notes, setNotes] = useState('');
  const [missed, setMissed] = useState<Set<string>>(new Set());
  const roster = useQuery({
    queryKey: ['radio-roster', countryId, zoneId],
    queryFn: () =>
      api.get<Roster>(
        withQuery('/api/radio-checks/roster', { countryId, zoneId: zoneId || undefined }),
      ),
    enabled: Boolean(zoneId),
  });
  const callable = (roster.data?.items ?? []).filter((p) => p.callSign);
  const save = useMutation({
    mutationFn: () => {
      const m = -new Date().getTimezoneOffset();
      const off = `${m >= 0 ? '+' : '-'}${String(Math.floor(Math.abs(m) / 60)).padStart(2, '0')}:${String(Math.abs(m) % 60).padStart(2, '0')}`;
      return api.post<RadioCheck>('/api/radio-checks', {
        countryId,
        zoneId: zoneId || null,
        net,
        heldAt: `${date}T${time}:00${off}`,
        notes: orNull(notes),
        entries: callable.map((p) => ({
          personId: p.personId,
          answered: !missed.has(p.personId),
        })),
      });
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['radio-checks'] });
      await qc.invalidateQueries({ queryKey: ['radio-missed'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  const toggle = (id: string) =>
    setMissed((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <section className="card">
      <h2>{t('prep.radio.record')}</h2>
      <form className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label={t('prep.radio.zone')}
          name="zoneId"
          value={zoneId}
          onChange={setZoneId}
          empty={t('prep.radio.chooseZone')}
          options={(structure.data?.wardenZones ?? []).map((z) => ({ value: z.id, label: z.name }))}
          errors={errors}
          required
        />
        <TextField
          label={t('prep.radio.net')}
          name="net"
          value={net}
          onChange={setNet}
          errors={errors}
          required
        />
        <TextField
          label={t('prep.radio.date')}
          name="heldAt"
          type="date"
          value={date}
          onChange={setDate}
          errors={errors}
          required
        />
        <TextField
          label={t('prep.radio.time')}
          name="time"
          value={time}
          onChange={setTime}
          required
        />
        <TextField
          label={t('prep.radio.notes')}
          name="notes"
          value={notes}
          onChange={setNotes}
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
        <FormError error={save.error} />
        <div className="form-actions button-row">
          <SubmitButton busy={save.isPending} label={t('common.save')} />
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

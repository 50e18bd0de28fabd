import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors, withQuery } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import {
  Badge,
  ErrorBox,
  formatDate,
  FormError,
  Loading,
  orNull,
  Pager,
  SelectField,
  SubmitButton,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { SurgeTabs } from './SurgeTabs.tsx';
import type { Paged, RosterOfficer, RosterStatus } from './types.ts';

const STATUSES: RosterStatus[] = ['available', 'deployed', 'unavailable'];
const TONE: Record<RosterStatus, 'ok' | 'info' | 'neutral'> = {
  available: 'ok',
  deployed: 'info',
  unavailable: 'neutral',
};
const statusKey = (s: string) => `surge.rosterStatus.${s}` as MessageKey;

/** The roster of deployable security officers; headquarters adds officers and sets availability. */
export function RosterPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const [language, setLanguage] = useState('');
  const [adding, setAdding] = useState(false);
  const query = {
    page,
    pageSize: 50,
    status: status || undefined,
    language: language || undefined,
  };
  const list = useQuery({
    queryKey: ['surge-roster', query],
    queryFn: () => api.get<Paged<RosterOfficer>>(withQuery('/api/surge/roster', query)),
    placeholderData: keepPreviousData,
  });
  const toggle = useMutation({
    mutationFn: (o: RosterOfficer) =>
      api.patch<RosterOfficer>(`/api/surge/roster/${o.id}`, {
        availability: o.availability === 'available' ? 'unavailable' : 'available',
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surge-roster'] }),
  });
  const canManage = list.data?.abilities.canManage ?? false;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('surge.roster.title')}</h1>
        {canManage && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('surge.roster.add')}
          </button>
        )}
      </div>
      <SurgeTabs />
      <div className="form-grid">
        <SelectField
          label={t('common.status')}
          name="status"
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          empty={t('common.any')}
        />
        <TextField
          label={t('surge.roster.language')}
          name="language"
          value={language}
          onChange={(v) => {
            setLanguage(v.trim());
            setPage(1);
          }}
          placeholder="fr"
        />
      </div>
      {adding && <RosterForm onClose={() => setAdding(false)} />}
      <FormError error={toggle.error} />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="card empty" data-testid="surge-roster-empty">
          {t('surge.roster.empty')}
        </p>
      ) : (
        <div className="card table-wrap">
          <table data-testid="surge-roster">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('common.organization')}</th>
                <th scope="col">{t('surge.roster.grade')}</th>
                <th scope="col">{t('surge.roster.languages')}</th>
                <th scope="col">{t('surge.roster.availability')}</th>
                <th scope="col">{t('common.status')}</th>
                {canManage && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{o.organizationCode}</td>
                  <td>{o.gradeRole}</td>
                  <td>{o.languages.join(', ')}</td>
                  <td>
                    {formatDate(o.availableFrom, locale)} →{' '}
                    {o.availableUntil ? formatDate(o.availableUntil, locale) : '…'}
                  </td>
                  <td>
                    <Badge tone={TONE[o.status]}>{t(statusKey(o.status))}</Badge>
                  </td>
                  {canManage && (
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={toggle.isPending}
                        onClick={() => toggle.mutate(o)}
                      >
                        {o.availability === 'available'
                          ? t('surge.roster.markUnavailable')
                          : t('surge.roster.markAvailable')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={setPage}
          />
        </div>
      )}
    </div>
  );
}

function RosterForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [d, setD] = useState({
    gradeRole: '',
    languages: '',
    availableFrom: today(),
    availableUntil: '',
  });
  const save = useMutation({
    mutationFn: () =>
      api.post<RosterOfficer>('/api/surge/roster', {
        personId,
        gradeRole: d.gradeRole,
        languages: d.languages
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean),
        availableFrom: d.availableFrom,
        availableUntil: orNull(d.availableUntil),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['surge-roster'] });
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="card">
      <h2>{t('surge.roster.add')}</h2>
      <form className="form-grid" onSubmit={submit} noValidate data-testid="surge-roster-form">
        <PersonPicker
          label={t('surge.officer')}
          name="personId"
          value={personId}
          onChange={setPersonId}
          errors={errors}
          required
        />
        <TextField
          label={t('surge.roster.grade')}
          name="gradeRole"
          value={d.gradeRole}
          onChange={set('gradeRole')}
          errors={errors}
          required
        />
        <TextField
          label={t('surge.roster.languagesHelp')}
          name="languages"
          value={d.languages}
          onChange={set('languages')}
          errors={errors}
        />
        <TextField
          label={t('surge.roster.availableFrom')}
          name="availableFrom"
          type="date"
          value={d.availableFrom}
          onChange={set('availableFrom')}
          errors={errors}
          required
        />
        <TextField
          label={t('surge.roster.availableUntil')}
          name="availableUntil"
          type="date"
          value={d.availableUntil}
          onChange={set('availableUntil')}
          errors={errors}
        />
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

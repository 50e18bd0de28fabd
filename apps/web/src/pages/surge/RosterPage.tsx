import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  FormActions,
  formatDate,
  FormCard,
  FormError,
  orNull,
  Pager,
  SelectField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { SurgeTabs } from './SurgeTabs.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type RosterOfficer = Schemas['SurgeRosterOfficer'];
type RosterStatus = Schemas['SurgeRosterOfficer']['status'];

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
    queryFn: () => api.get<ApiBody<'/api/surge/roster'>>(withQuery('/api/surge/roster', query)),
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
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
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
                  {data.items.map((o) => (
                    <tr key={o.id}>
                      <td>{o.name}</td>
                      <td>{o.organizationCode}</td>
                      <td>{o.gradeRole}</td>
                      <td>{o.languages.join(', ')}</td>
                      <td>
                        {formatDate(o.availableFrom, locale)}{' '}
                        <span className="dir-icon" aria-hidden="true">
                          →
                        </span>{' '}
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
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={setPage}
              />
            </div>
          )
        }
      </QueryView>
    </div>
  );
}

function RosterForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      personId: null as string | null,
      gradeRole: '',
      languages: '',
      availableFrom: today(),
      availableUntil: '',
    },
    (d) =>
      api.post<RosterOfficer>('/api/surge/roster', {
        personId: d.personId,
        gradeRole: d.gradeRole,
        languages: d.languages
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean),
        availableFrom: d.availableFrom,
        availableUntil: orNull(d.availableUntil),
      }),
    { invalidate: [['surge-roster']], onDone: onClose },
  );
  return (
    <FormCard title={t('surge.roster.add')} submit={submit} testId="surge-roster-form">
      <PersonPicker
        label={t('surge.officer')}
        name="personId"
        value={draft.personId}
        onChange={set('personId')}
        errors={errors}
        required
      />
      <TextField
        label={t('surge.roster.grade')}
        name="gradeRole"
        value={draft.gradeRole}
        onChange={set('gradeRole')}
        errors={errors}
        required
      />
      <TextField
        label={t('surge.roster.languagesHelp')}
        name="languages"
        value={draft.languages}
        onChange={set('languages')}
        errors={errors}
      />
      <TextField
        label={t('surge.roster.availableFrom')}
        name="availableFrom"
        type="date"
        value={draft.availableFrom}
        onChange={set('availableFrom')}
        errors={errors}
        required
      />
      <TextField
        label={t('surge.roster.availableUntil')}
        name="availableUntil"
        type="date"
        value={draft.availableUntil}
        onChange={set('availableUntil')}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

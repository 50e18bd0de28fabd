import { formatDateTime } from '@fieldsafe/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { ClassificationBadge, ClassificationFields } from '../../components/Classification.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type LogEntry = Schemas['CrisisLogEntry'];

const KINDS = ['alternate_work', 'relocation', 'evacuation', 'note'] as const;

/**
 * The crisis log: decisions with who took them [002 Annex B ¶13, 003 ¶181] — the
 * Secretary-General on the USG's recommendation for an evacuation, the DO for relocation and
 * alternate work, or the DO in exigent circumstances with the immediate report to the USG.
 */
export function CrisisLog({
  id,
  canManage,
  canAccount,
}: {
  id: string;
  canManage: boolean;
  canAccount: boolean;
}) {
  const { t, locale } = useI18n();
  const log = useQuery({
    queryKey: ['crisis', id, 'log'],
    queryFn: () => api.get<LogEntry[]>(`/api/crises/${id}/log`),
  });
  const {
    draft: d,
    set,
    save: add,
    errors,
    submit,
  } = useDraftForm(
    {
      kind: canManage ? 'relocation' : 'note',
      text: '',
      authority: 'DO',
      recommendedBy: '',
      exigent: false,
      classification: 'restricted',
      sltShareable: false,
    },
    (d) => {
      const sharing = { classification: d.classification, sltShareable: d.sltShareable };
      const isEvacuation = d.kind === 'evacuation';
      return api.post<LogEntry>(
        `/api/crises/${id}/log`,
        d.kind === 'note'
          ? { kind: 'note', text: d.text, ...sharing }
          : {
              ...sharing,
              kind: d.kind,
              text: d.text,
              authority: isEvacuation && !d.exigent ? 'SECRETARY_GENERAL' : 'DO',
              recommendedBy: isEvacuation && !d.exigent ? d.recommendedBy || null : null,
              exigent: d.exigent,
            },
      );
    },
    { invalidate: [['crisis', id, 'log']], reset: true },
  );
  const isEvacuation = d.kind === 'evacuation';
  const authority = isEvacuation ? d.authority : 'DO';
  const kinds = canManage ? KINDS : (['note'] as const);
  return (
    <section className="card" aria-labelledby="crisis-log">
      <h2 id="crisis-log">{t('crisis.log')}</h2>
      <ol data-testid="crisis-log">
        {(log.data ?? []).map((e) => (
          <li key={e.id}>
            <strong>{formatDateTime(e.at, locale)}</strong> —{' '}
            {t(`crisis.kind.${e.kind}` as 'crisis.kind.note')}: {e.text}
            {e.decidedBy ? <span className="muted"> ({e.decidedBy})</span> : null}{' '}
            {e.authority === 'SECRETARY_GENERAL' && (
              <Badge tone="info">
                {t('crisis.bySg', { recommendedBy: e.recommendedBy ?? '—' })}
              </Badge>
            )}
            {e.exigent && <Badge tone="warning">{t('crisis.exigent')}</Badge>}{' '}
            <ClassificationBadge level={e.classification} shareable={e.sltShareable} />{' '}
            {e.usgReportPending ? (
              <UsgReport crisisId={id} entryId={e.id} canManage={canManage} />
            ) : e.reportedToUsgAt ? (
              <span className="muted small">
                {t('crisis.usgReported', {
                  at: formatDateTime(e.reportedToUsgAt, locale),
                  reference: e.usgReportReference ?? '—',
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {(canManage || canAccount) && (
        <form className="subcard" onSubmit={submit} noValidate>
          <div className="form-grid">
            <SelectField
              label={t('crisis.decision')}
              name="kind"
              value={d.kind}
              onChange={set('kind')}
              options={kinds.map((k) => ({ value: k, label: t(`crisis.kind.${k}`) }))}
              errors={errors}
            />
            {d.kind !== 'note' && (
              <CheckboxField
                label={t('crisis.exigentLabel')}
                name="exigent"
                checked={d.exigent}
                onChange={set('exigent')}
                errors={errors}
              />
            )}
            {isEvacuation && !d.exigent && (
              <TextField
                label={t('crisis.recommendedBy')}
                name="recommendedBy"
                value={d.recommendedBy}
                onChange={set('recommendedBy')}
                help={t('crisis.recommendedByHelp')}
                errors={errors}
                required
              />
            )}
          </div>
          {d.kind !== 'note' && (
            <p className="muted small">
              {authority === 'DO' || d.exigent
                ? t(d.exigent ? 'crisis.exigentHelp' : 'crisis.doDecides')
                : t('crisis.sgDecides')}
            </p>
          )}
          <TextAreaField
            label={t('crisis.decisionText')}
            name="text"
            value={d.text}
            onChange={set('text')}
            errors={errors}
            required
          />
          <ClassificationFields
            value={d.classification}
            onChange={set('classification')}
            shareable={{ checked: d.sltShareable, onChange: set('sltShareable') }}
            errors={errors}
          />
          <FormError error={add.error} />
          <SubmitButton busy={add.isPending} label={t('crisis.record')} />
        </form>
      )}
    </section>
  );
}

function UsgReport({
  crisisId,
  entryId,
  canManage,
}: {
  crisisId: string;
  entryId: string;
  canManage: boolean;
}) {
  const { t } = useI18n();
  const {
    draft,
    set,
    save: report,
    errors,
    submit,
  } = useDraftForm(
    { reference: '' },
    (d) => api.post<LogEntry>(`/api/crises/${crisisId}/log/${entryId}/usg-report`, d),
    { invalidate: [['crisis', crisisId, 'log']] },
  );
  return (
    <span>
      <Badge tone="error">{t('crisis.usgPending')}</Badge>
      {canManage && (
        <form className="inline-form" onSubmit={submit} noValidate>
          <TextField
            label={t('crisis.usgReference')}
            name="reference"
            value={draft.reference}
            onChange={set('reference')}
            errors={errors}
            required
          />
          <SubmitButton busy={report.isPending} label={t('crisis.usgReport')} />
        </form>
      )}
    </span>
  );
}

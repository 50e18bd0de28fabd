import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  CheckboxField,
  FormActions,
  orNull,
  SelectField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import type { ApiBody, Schemas } from '../../schema.ts';

type Deployment = Schemas['SurgeDeployment'];
type SurgeRequest = Schemas['SurgeRequest'];

/** `datetime-local` value (local time) to an ISO date-time with offset. */
function localToIso(v: string): string {
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Deploys an officer of the roster to a request. */
export function DeploymentForm({
  request,
  onClose,
}: {
  request: SurgeRequest;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const roster = useQuery({
    queryKey: ['surge-roster', 'picker'],
    queryFn: () => api.get<ApiBody<'/api/surge/roster'>>('/api/surge/roster?pageSize=200'),
  });
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      rosterId: '',
      startAt: '',
      endOn: '',
      costUsd: '0',
      visaNeeded: false,
      visaRequestedOn: '',
      visaObtainedOn: '',
      notes: '',
    },
    (d) =>
      api.post<Deployment>(`/api/surge/requests/${request.id}/deployments`, {
        rosterId: d.rosterId,
        startAt: localToIso(d.startAt),
        endOn: orNull(d.endOn),
        costUsd: Number(d.costUsd),
        visaNeeded: d.visaNeeded,
        visaRequestedOn: d.visaNeeded ? orNull(d.visaRequestedOn) : null,
        visaObtainedOn: d.visaNeeded ? orNull(d.visaObtainedOn) : null,
        notes: orNull(d.notes),
      }),
    { invalidate: [['surge-requests'], ['surge-roster']], onDone: onClose },
  );
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="surge-deployment-form">
      <SelectField
        label={t('surge.officer')}
        name="rosterId"
        value={draft.rosterId}
        onChange={set('rosterId')}
        options={(roster.data?.items ?? []).map((o) => ({
          value: o.id,
          label: `${o.name} (${o.organizationCode}, ${o.gradeRole}) — ${t(`surge.rosterStatus.${o.status}` as MessageKey)}`,
        }))}
        empty={roster.isPending ? t('common.loading') : t('common.choose')}
        errors={errors}
        required
      />
      <div className={`field${errors.startAt ? ' field-invalid' : ''}`}>
        <label htmlFor={`start-${request.id}`}>
          {t('surge.deployments.arrival')}
          <span aria-hidden="true"> *</span>
        </label>
        <input
          id={`start-${request.id}`}
          name="startAt"
          type="datetime-local"
          value={draft.startAt}
          onChange={(e) => set('startAt')(e.target.value)}
          required
        />
        {errors.startAt && <small className="field-error">{errors.startAt}</small>}
      </div>
      <TextField
        label={t('surge.deployments.end')}
        name="endOn"
        type="date"
        value={draft.endOn}
        onChange={set('endOn')}
        errors={errors}
      />
      <TextField
        label={t('surge.deployments.costUsd')}
        name="costUsd"
        type="number"
        step="1"
        value={draft.costUsd}
        onChange={set('costUsd')}
        errors={errors}
      />
      <CheckboxField
        label={t('surge.deployments.visaNeeded')}
        name="visaNeeded"
        checked={draft.visaNeeded}
        onChange={set('visaNeeded')}
        errors={errors}
      />
      {draft.visaNeeded && (
        <>
          <TextField
            label={t('surge.deployments.visaRequestedOn')}
            name="visaRequestedOn"
            type="date"
            value={draft.visaRequestedOn}
            onChange={set('visaRequestedOn')}
            errors={errors}
          />
          <TextField
            label={t('surge.deployments.visaObtainedOn')}
            name="visaObtainedOn"
            type="date"
            value={draft.visaObtainedOn}
            onChange={set('visaObtainedOn')}
            errors={errors}
          />
        </>
      )}
      <FormActions save={save} label={t('surge.deployments.save')} onCancel={onClose} />
    </form>
  );
}

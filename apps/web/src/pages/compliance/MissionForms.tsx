import { CHECKLIST_ACTOR_CATEGORIES } from '@fieldsafe/core';
import { api } from '../../api.ts';
import {
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  orNull,
  today,
} from '../../components/ui.tsx';
import { ClassificationFields } from '../../components/Classification.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';

const SEVERITIES = ['minor', 'major', 'critical'] as const;

/** Records a compliance mission to the country. */
export function NewMission({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    () => ({ visitedOn: today(), team: '', briefedDoSmtOn: '' }),
    (d) =>
      api.post(`/api/countries/${countryId}/compliance-missions`, {
        visitedOn: d.visitedOn,
        team: d.team,
        briefedDoSmtOn: orNull(d.briefedDoSmtOn),
      }),
    { invalidate: [['moss', countryId]], reset: true },
  );
  return (
    <form className="subcard" onSubmit={submit} noValidate>
      <h3>{t('compliance.newMission')}</h3>
      <div className="form-grid">
        <TextField
          label={t('compliance.visitedOn')}
          name="visitedOn"
          type="date"
          value={draft.visitedOn}
          onChange={set('visitedOn')}
          required
          errors={errors}
        />
        <TextField
          label={t('compliance.team')}
          name="team"
          value={draft.team}
          onChange={set('team')}
          required
          errors={errors}
        />
        <TextField
          label={t('compliance.briefed')}
          name="briefedDoSmtOn"
          type="date"
          value={draft.briefedDoSmtOn}
          onChange={set('briefedDoSmtOn')}
          errors={errors}
        />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('compliance.newMission')} />
    </form>
  );
}

/** The actor category (checklist) and organization of a finding or of an actor's checklist. */
export function ActorFields({
  draft,
  set,
  errors,
}: {
  draft: { actorCategory: string; organizationId: string };
  set: (key: 'actorCategory' | 'organizationId') => (value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const orgs = useOrganizations();
  return (
    <>
      <SelectField
        label={t('compliance.actorCategory')}
        name="actorCategory"
        value={draft.actorCategory}
        onChange={set('actorCategory')}
        options={CHECKLIST_ACTOR_CATEGORIES.map((c) => ({
          value: c,
          label: t(`compliance.actor.${c}`),
        }))}
        errors={errors}
      />
      <SelectField
        label={t('common.organization')}
        name="organizationId"
        value={draft.organizationId}
        onChange={set('organizationId')}
        options={[...(orgs.data?.items ?? [])]
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((o) => ({ value: o.id, label: o.code }))}
        empty={t('common.none')}
        errors={errors}
      />
    </>
  );
}

/** Adds a finding with an owner and a deadline to a mission. */
export function NewFinding({ missionId, countryId }: { missionId: string; countryId: string }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      actorCategory: 'organization',
      organizationId: '',
      text: '',
      severity: 'major',
      owner: '',
      deadline: '',
      classification: 'restricted',
    },
    (d) =>
      api.post(`/api/compliance-missions/${missionId}/findings`, {
        ...d,
        organizationId: orNull(d.organizationId),
      }),
    { invalidate: [['moss', countryId]], reset: true },
  );
  return (
    <form className="subcard" noValidate onSubmit={submit}>
      <h4>{t('compliance.addFinding')}</h4>
      <div className="form-grid">
        <TextField
          label={t('compliance.finding')}
          name="text"
          value={draft.text}
          onChange={set('text')}
          required
          errors={errors}
        />
        <ActorFields draft={draft} set={set} errors={errors} />
        <SelectField
          label={t('compliance.severity')}
          name="severity"
          value={draft.severity}
          onChange={set('severity')}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`compliance.severity.${s}`) }))}
          errors={errors}
        />
        <TextField
          label={t('compliance.owner')}
          name="owner"
          value={draft.owner}
          onChange={set('owner')}
          required
          errors={errors}
        />
        <TextField
          label={t('compliance.deadline')}
          name="deadline"
          type="date"
          value={draft.deadline}
          onChange={set('deadline')}
          required
          errors={errors}
        />
        <ClassificationFields
          value={draft.classification}
          onChange={set('classification')}
          errors={errors}
        />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('compliance.addFinding')} />
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';

const ACTOR_CATEGORIES = [
  'do',
  'smt',
  'security_adviser',
  'organization',
  'area_coordinator',
  'wardens',
] as const;
const SEVERITIES = ['minor', 'major', 'critical'] as const;

/** Records a compliance mission to the country. */
export function NewMission({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [d, setD] = useState({ visitedOn: today(), team: '', briefedDoSmtOn: '' });
  const save = useMutation({
    mutationFn: () =>
      api.post(`/api/countries/${countryId}/compliance-missions`, {
        visitedOn: d.visitedOn,
        team: d.team,
        briefedDoSmtOn: orNull(d.briefedDoSmtOn),
      }),
    onSuccess: () => {
      setD({ visitedOn: today(), team: '', briefedDoSmtOn: '' });
      void qc.invalidateQueries({ queryKey: ['moss', countryId] });
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="subcard" onSubmit={submit} noValidate>
      <h3>{t('compliance.newMission')}</h3>
      <div className="form-grid">
        <TextField
          label={t('compliance.visitedOn')}
          name="visitedOn"
          type="date"
          value={d.visitedOn}
          onChange={(v) => setD({ ...d, visitedOn: v })}
          required
          errors={errors}
        />
        <TextField
          label={t('compliance.team')}
          name="team"
          value={d.team}
          onChange={(v) => setD({ ...d, team: v })}
          required
          errors={errors}
        />
        <TextField
          label={t('compliance.briefed')}
          name="briefedDoSmtOn"
          type="date"
          value={d.briefedDoSmtOn}
          onChange={(v) => setD({ ...d, briefedDoSmtOn: v })}
          errors={errors}
        />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('compliance.newMission')} />
    </form>
  );
}

/** Adds a finding with an owner and a deadline to a mission. */
export function NewFinding({ missionId, countryId }: { missionId: string; countryId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const orgs = useOrganizations();
  const empty = {
    actorCategory: 'organization',
    organizationId: '',
    text: '',
    severity: 'major',
    owner: '',
    deadline: '',
  };
  const [d, setD] = useState(empty);
  const save = useMutation({
    mutationFn: () =>
      api.post(`/api/compliance-missions/${missionId}/findings`, {
        ...d,
        organizationId: orNull(d.organizationId),
      }),
    onSuccess: () => {
      setD(empty);
      void qc.invalidateQueries({ queryKey: ['moss', countryId] });
    },
  });
  const errors = fieldErrors(save.error);
  const set = (k: keyof typeof empty) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="subcard"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h4>{t('compliance.addFinding')}</h4>
      <div className="form-grid">
        <TextField
          label={t('compliance.finding')}
          name="text"
          value={d.text}
          onChange={set('text')}
          required
          errors={errors}
        />
        <SelectField
          label={t('compliance.actorCategory')}
          name="actorCategory"
          value={d.actorCategory}
          onChange={set('actorCategory')}
          options={ACTOR_CATEGORIES.map((c) => ({ value: c, label: t(`compliance.actor.${c}`) }))}
          errors={errors}
        />
        <SelectField
          label={t('common.organization')}
          name="organizationId"
          value={d.organizationId}
          onChange={set('organizationId')}
          options={[...(orgs.data?.items ?? [])]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((o) => ({ value: o.id, label: o.code }))}
          empty={t('common.none')}
          errors={errors}
        />
        <SelectField
          label={t('compliance.severity')}
          name="severity"
          value={d.severity}
          onChange={set('severity')}
          options={SEVERITIES.map((s) => ({ value: s, label: t(`compliance.severity.${s}`) }))}
          errors={errors}
        />
        <TextField
          label={t('compliance.owner')}
          name="owner"
          value={d.owner}
          onChange={set('owner')}
          required
          errors={errors}
        />
        <TextField
          label={t('compliance.deadline')}
          name="deadline"
          type="date"
          value={d.deadline}
          onChange={set('deadline')}
          required
          errors={errors}
        />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('compliance.addFinding')} />
    </form>
  );
}

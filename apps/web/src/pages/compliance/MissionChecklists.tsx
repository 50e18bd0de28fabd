import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CHECKLIST_ANSWERS } from '@fieldsafe/core';
import { api } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  Pager,
  Percent,
  SelectField,
  SubmitButton,
  TextField,
  orNull,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ActorFields } from './MissionForms.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type Checklist = Schemas['ComplianceChecklist'];
type Default = Schemas['DefaultComplianceChecklist'];
type Item = Default['categories'][number]['items'][number];

const PAGE = 5;
const TONE = {
  compliant: 'ok',
  partly: 'warning',
  not_compliant: 'error',
  not_applicable: 'neutral',
} as const;

/** The default checklist (the server's data), fetched once. */
function useDefaultChecklist() {
  return useQuery({
    queryKey: ['compliance', 'checklist'],
    queryFn: () => api.get<Default>('/api/compliance/checklist'),
    staleTime: Infinity,
  });
}

interface ChecklistProps {
  checklist: Checklist;
  items: Item[];
  missionId: string;
}

/** Records one answer (compliant, partly, not, n/a) with a note and whether verified on site. */
function AnswerForm({ checklist, items, missionId }: ChecklistProps) {
  const { t, locale } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    () => ({ item: items[0]?.item ?? '', answer: 'compliant', note: '', verified: false }),
    (d) =>
      api.patch(`/api/compliance-checklists/${checklist.id}`, {
        answers: [{ item: d.item, answer: d.answer, note: orNull(d.note), verified: d.verified }],
      }),
    { invalidate: [['compliance', missionId, 'checklists']], reset: true },
  );
  return (
    <form className="subcard" noValidate onSubmit={submit} data-testid="checklist-answer">
      <div className="form-grid">
        <SelectField
          label={t('checklist.item')}
          name="answers.0.item"
          value={draft.item}
          onChange={set('item')}
          options={items.map((i) => ({ value: i.item, label: i.text[locale] }))}
          errors={errors}
        />
        <SelectField
          label={t('checklist.answer')}
          name="answers.0.answer"
          value={draft.answer}
          onChange={set('answer')}
          options={CHECKLIST_ANSWERS.map((a) => ({ value: a, label: t(`checklist.answer.${a}`) }))}
          errors={errors}
        />
        <TextField
          label={t('checklist.note')}
          name="answers.0.note"
          value={draft.note}
          onChange={set('note')}
          errors={errors}
        />
        <CheckboxField
          label={t('checklist.verified')}
          name="answers.0.verified"
          checked={draft.verified}
          onChange={set('verified')}
        />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('checklist.save')} />
    </form>
  );
}

/** One actor's checklist: the summary, the items with their answers (paged), the answer form. */
function ActorChecklist({ checklist, items, missionId }: ChecklistProps) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const answers = new Map(checklist.answers.map((a) => [a.item, a]));
  const s = checklist.summary;
  return (
    <div className="subcard" data-testid="actor-checklist">
      <h4>
        {checklist.actorName}{' '}
        <small className="muted">
          ({t(`compliance.actor.${checklist.actorCategory}`)}
          {checklist.organizationCode && `, ${checklist.organizationCode}`})
        </small>
      </h4>
      <p>
        {t('checklist.rate')}:{' '}
        {s.percent === null ? t('common.none') : <Percent value={s.percent} />}
        <br />
        <small className="muted">
          {t('checklist.summary', {
            compliant: s.compliant,
            partly: s.partly,
            notCompliant: s.notCompliant,
            notApplicable: s.notApplicable,
            unanswered: s.unanswered,
            verified: s.verified,
          })}
        </small>
      </p>
      <ul>
        {items.slice((page - 1) * PAGE, page * PAGE).map((i) => {
          const a = answers.get(i.item);
          return (
            <li key={i.item}>
              {a ? (
                <Badge tone={TONE[a.answer as keyof typeof TONE] ?? 'neutral'}>
                  {t(`checklist.answer.${a.answer}` as 'checklist.answer.compliant')}
                </Badge>
              ) : (
                <Badge tone="neutral">{t('checklist.unanswered')}</Badge>
              )}{' '}
              {i.text[locale]}
              {a?.verified && <small className="muted"> — {t('checklist.verified')}</small>}
              {a?.note && <small className="muted"> — {a.note}</small>}
            </li>
          );
        })}
      </ul>
      <Pager page={page} pageSize={PAGE} total={items.length} onPage={setPage} />
      {checklist.abilities.canEdit && (
        <AnswerForm checklist={checklist} items={items} missionId={missionId} />
      )}
    </div>
  );
}

/** Adds an actor met by the mission; the server gives them their category's default checklist. */
function AddActor({ missionId }: { missionId: string }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    { actorCategory: 'organization', organizationId: '', actorName: '' },
    (d) =>
      api.post(`/api/compliance-missions/${missionId}/checklists`, {
        ...d,
        organizationId: orNull(d.organizationId),
      }),
    { invalidate: [['compliance', missionId, 'checklists']], reset: true },
  );
  return (
    <form className="subcard" noValidate onSubmit={submit}>
      <h4>{t('checklist.addActor')}</h4>
      <div className="form-grid">
        <TextField
          label={t('checklist.actorName')}
          name="actorName"
          value={draft.actorName}
          onChange={set('actorName')}
          required
          errors={errors}
        />
        <ActorFields draft={draft} set={set} errors={errors} />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('checklist.addActor')} />
    </form>
  );
}

/** The checklists a mission filled, one per actor met, folded under the mission. */
export function MissionChecklists({ missionId }: { missionId: string }) {
  const { t } = useI18n();
  const defaults = useDefaultChecklist();
  const lists = useQuery({
    queryKey: ['compliance', missionId, 'checklists'],
    queryFn: () =>
      api.get<ApiBody<'/api/compliance-missions/{id}/checklists'>>(
        `/api/compliance-missions/${missionId}/checklists`,
      ),
  });
  const itemsOf = (category: string) =>
    defaults.data?.categories.find((c) => c.actorCategory === category)?.items ?? [];
  return (
    <details data-testid="mission-checklists">
      <summary>{t('checklist.title', { n: lists.data?.items.length ?? 0 })}</summary>
      {lists.isPending || defaults.isPending ? (
        <Loading />
      ) : lists.error || defaults.error ? (
        <ErrorBox error={lists.error ?? defaults.error} />
      ) : (
        <>
          {lists.data.items.length === 0 && <p className="empty">{t('checklist.none')}</p>}
          {lists.data.items.map((c) => (
            <ActorChecklist
              key={c.id}
              checklist={c}
              items={itemsOf(c.actorCategory)}
              missionId={missionId}
            />
          ))}
          {lists.data.abilities.canManage && <AddActor missionId={missionId} />}
        </>
      )}
    </details>
  );
}

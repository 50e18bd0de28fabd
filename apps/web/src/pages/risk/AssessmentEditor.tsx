import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addDays, daysBetween, suggestedStrategies, type RatingValue } from '@fieldsafe/core';
import { useNavigate, useSearchParams } from 'react-router';
import { api, fieldErrors } from '../../api.ts';
import {
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { LevelBadge } from './HeatMap.tsx';
import { useCeilings } from '../travel/queries.ts';
import { useAssessment } from './queries.ts';
import {
  GOAL_CRITICALITY as CRITICALITY,
  EXPOSED,
  RISK_LEVELS as LEVELS,
  ACAT_STRATEGIES as STRATEGIES,
  THREAT_CATEGORIES,
} from '@fieldsafe/core';
import { levelOf } from './levels.ts';
import type { Schemas } from '../../schema.ts';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';

type Assessment = Schemas['RiskAssessment'];

const STEPS = ['goals', 'threats', 'risks', 'decisions', 'review'] as const;
type Step = (typeof STEPS)[number];
const SCALE = ['1', '2', '3', '4', '5'];

interface RiskDraft {
  threat: string;
  exposed: string;
  description: string;
  il: string;
  ii: string;
  rl: string;
  ri: string;
  strategies: string[] | null;
  measures: string;
}

function emptyDraft() {
  return {
    location: '',
    title: '',
    summary: '',
    acceptableLevel: 'medium',
    assessedOn: today(),
    reviewDue: '',
    staffCeiling: '',
    /** The ceiling in force when the location was chosen: left as is, it is not sent. */
    staffCeilingShown: '',
    goals: [{ title: '', criticality: 'high', description: '' }],
    threats: [
      {
        category: 'crime',
        title: '',
        description: '',
        human: true,
        mindSet: '',
        capability: '',
        context: '',
      },
    ],
    risks: [] as RiskDraft[],
  };
}
type Draft = ReturnType<typeof emptyDraft>;

/**
 * The review date a new version starts with: the current one's while it is still ahead, else the
 * same review period counted from today (a new version never starts without one).
 */
export function carriedReviewDue(a: Pick<Assessment, 'assessedOn' | 'reviewDue'>, on: string) {
  if (a.reviewDue > on) return a.reviewDue;
  return addDays(on, Math.max(1, daysBetween(a.assessedOn, a.reviewDue)));
}

function fromAssessment(a: Assessment): Draft {
  const location = a.dutyStationId
    ? `duty_station:${a.dutyStationId}`
    : a.areaId
      ? `area:${a.areaId}`
      : 'country:';
  return {
    location,
    title: a.title,
    summary: a.summary ?? '',
    acceptableLevel: a.acceptableLevel,
    assessedOn: today(),
    reviewDue: carriedReviewDue(a, today()),
    staffCeiling: a.staffCeiling === null ? '' : String(a.staffCeiling),
    staffCeilingShown: a.staffCeiling === null ? '' : String(a.staffCeiling),
    // Only the fields of a new goal: the stored goal's id is not part of a new version.
    goals: a.goals.map((g) => ({
      title: g.title,
      criticality: g.criticality,
      description: g.description ?? '',
    })),
    threats: a.threats.map((th) => ({
      category: th.category,
      title: th.title,
      description: th.description ?? '',
      human: th.human,
      mindSet: th.mindSet ?? '',
      capability: th.capability ?? '',
      context: th.context ?? '',
    })),
    risks: a.risks.map((r) => ({
      threat: String(a.threats.findIndex((th) => th.id === r.threatId)),
      exposed: r.exposed,
      description: r.description,
      il: String(r.inherent.likelihood),
      ii: String(r.inherent.impact),
      rl: r.residual ? String(r.residual.likelihood) : '',
      ri: r.residual ? String(r.residual.impact) : '',
      strategies: r.strategies,
      measures: r.measures.join('\n'),
    })),
  };
}

function toBody(d: Draft, countryId: string) {
  const [type = 'country', id = ''] = d.location.split(':');
  const num = (v: string) => (v === '' ? null : Number(v));
  return {
    locationType: type,
    countryId,
    areaId: type === 'area' ? id : null,
    dutyStationId: type === 'duty_station' ? id : null,
    title: d.title,
    summary: orNull(d.summary),
    acceptableLevel: d.acceptableLevel,
    assessedOn: d.assessedOn,
    reviewDue: d.reviewDue,
    // The ceiling is shared with travel clearance: empty and never set means "keep whatever is
    // in force" (not sent); emptied means lift it.
    staffCeiling:
      d.staffCeiling === '' && d.staffCeilingShown === '' ? undefined : num(d.staffCeiling),
    goals: d.goals.map((g) => ({ ...g, description: orNull(g.description) })),
    threats: d.threats.map((th) => ({
      ...th,
      description: orNull(th.description),
      mindSet: orNull(th.mindSet),
      capability: orNull(th.capability),
      context: orNull(th.context),
    })),
    risks: d.risks.map((r) => ({
      threat: Number(r.threat),
      exposed: r.exposed,
      description: r.description,
      inherent: { likelihood: num(r.il), impact: num(r.ii) },
      residual: r.rl === '' && r.ri === '' ? null : { likelihood: num(r.rl), impact: num(r.ri) },
      ...(r.strategies ? { strategies: r.strategies } : {}),
      measures: r.measures
        .split('\n')
        .map((m) => m.trim())
        .filter(Boolean),
    })),
  };
}

/** Which step holds a field named by the API, so an error takes the user to it. */
function stepOf(path: string): Step {
  if (path.startsWith('goals')) return 'goals';
  if (path.startsWith('threats')) return 'threats';
  if (/^risks\.\d+\.(residual|strategies|measures)/.test(path)) return 'decisions';
  if (path.startsWith('risks')) return 'risks';
  return 'review';
}

/** The assessment wizard: goals → threats → risks → decisions → review. */
export function AssessmentEditor() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [params] = useSearchParams();
  const from = params.get('from');
  const source = useAssessment(from);
  const structure = useStructure(countryId);
  const ceilings = useCeilings(countryId);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [step, setStep] = useState<Step>('goals');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (source.data && !loaded) {
      setDraft(fromAssessment(source.data));
      setLoaded(true);
    }
  }, [source.data, loaded]);

  const save = useMutation({
    mutationFn: () => api.post<Assessment>('/api/risk/assessments', toBody(draft, countryId ?? '')),
    onSuccess: (a) => {
      void qc.invalidateQueries({ queryKey: ['risk'] });
      void navigate(`/risk/assessments/${a.id}`);
    },
    onError: (e) => {
      const first = Object.keys(fieldErrors(e))[0];
      if (first) setStep(stepOf(first));
    },
  });
  const errors = fieldErrors(save.error);

  if (!countryId) return <ChooseCountry />;
  if (from && source.isPending) return <Loading />;
  if (source.error) return <ErrorBox error={source.error} />;

  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const setItem = <K extends 'goals' | 'threats' | 'risks'>(
    key: K,
    i: number,
    p: Partial<Draft[K][number]>,
  ) =>
    setDraft((d) => ({
      ...d,
      [key]: d[key].map((x, j) => (j === i ? { ...x, ...p } : x)),
    }));
  const remove = (key: 'goals' | 'threats' | 'risks', i: number) =>
    setDraft((d) => ({ ...d, [key]: d[key].filter((_, j) => j !== i) }));

  const locations = [
    { value: 'country:', label: t('risk.wholeCountry') },
    ...(structure.data?.areas ?? []).map((a) => ({
      value: `area:${a.id}`,
      label: a.name,
      group: t('common.area'),
    })),
    ...(structure.data?.dutyStations ?? []).map((s) => ({
      value: `duty_station:${s.id}`,
      label: s.name,
      group: t('common.dutyStation'),
    })),
  ];
  const scale = (prefix: 'risk.likelihood' | 'risk.impact') =>
    SCALE.map((v) => ({ value: v, label: `${v} — ${t(`${prefix}.${v}` as 'risk.impact.1')}` }));
  const index = STEPS.indexOf(step);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'review') save.mutate();
    else setStep(STEPS[index + 1] ?? 'review');
  };

  return (
    <form className="page" onSubmit={submit} noValidate>
      <div className="page-head">
        <h1>{from ? t('risk.newVersion') : t('risk.newAssessment')}</h1>
      </div>
      <nav className="button-row" aria-label={t('risk.steps')}>
        {STEPS.map((s, i) => (
          <button
            key={s}
            type="button"
            className={`btn btn-small${s === step ? ' btn-active' : ''}`}
            aria-current={s === step ? 'step' : undefined}
            onClick={() => setStep(s)}
          >
            {i + 1}. {t(`risk.step.${s}`)}
          </button>
        ))}
      </nav>

      {step === 'goals' && (
        <section className="card">
          <h2>{t('risk.step.goals')}</h2>
          {draft.goals.map((g, i) => (
            <div key={i} className="subcard form-grid">
              <TextField
                label={t('risk.goal')}
                name={`goals.${i}.title`}
                value={g.title}
                onChange={(v) => setItem('goals', i, { title: v })}
                required
                errors={errors}
              />
              <SelectField
                label={t('risk.criticalityLabel')}
                name={`goals.${i}.criticality`}
                value={g.criticality}
                onChange={(v) => setItem('goals', i, { criticality: v })}
                options={CRITICALITY.map((c) => ({ value: c, label: t(`risk.criticality.${c}`) }))}
                errors={errors}
              />
              <button type="button" className="btn btn-small" onClick={() => remove('goals', i)}>
                {t('risk.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              patch({
                goals: [...draft.goals, { title: '', criticality: 'medium', description: '' }],
              })
            }
          >
            {t('risk.addGoal')}
          </button>
        </section>
      )}

      {step === 'threats' && (
        <section className="card">
          <h2>{t('risk.step.threats')}</h2>
          {draft.threats.map((th, i) => (
            <div key={i} className="subcard">
              <div className="form-grid">
                <SelectField
                  label={t('risk.categoryLabel')}
                  name={`threats.${i}.category`}
                  value={th.category}
                  onChange={(v) => setItem('threats', i, { category: v, human: v !== 'hazards' })}
                  options={THREAT_CATEGORIES.map((c) => ({
                    value: c,
                    label: t(`risk.category.${c}`),
                  }))}
                  errors={errors}
                />
                <TextField
                  label={t('risk.threat')}
                  name={`threats.${i}.title`}
                  value={th.title}
                  onChange={(v) => setItem('threats', i, { title: v })}
                  required
                  errors={errors}
                />
              </div>
              <CheckboxField
                label={t('risk.human')}
                name={`threats.${i}.human`}
                checked={th.human}
                onChange={(v) => setItem('threats', i, { human: v })}
              />
              {th.human && (
                <div className="form-grid">
                  <TextField
                    label={t('risk.mindSet')}
                    name={`threats.${i}.mindSet`}
                    value={th.mindSet}
                    onChange={(v) => setItem('threats', i, { mindSet: v })}
                    errors={errors}
                  />
                  <TextField
                    label={t('risk.capability')}
                    name={`threats.${i}.capability`}
                    value={th.capability}
                    onChange={(v) => setItem('threats', i, { capability: v })}
                    errors={errors}
                  />
                  <TextField
                    label={t('risk.context')}
                    name={`threats.${i}.context`}
                    value={th.context}
                    onChange={(v) => setItem('threats', i, { context: v })}
                    errors={errors}
                  />
                </div>
              )}
              <button type="button" className="btn btn-small" onClick={() => remove('threats', i)}>
                {t('risk.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              patch({
                threats: [
                  ...draft.threats,
                  {
                    category: 'crime',
                    title: '',
                    description: '',
                    human: true,
                    mindSet: '',
                    capability: '',
                    context: '',
                  },
                ],
              })
            }
          >
            {t('risk.addThreat')}
          </button>
        </section>
      )}

      {step === 'risks' && (
        <section className="card">
          <h2>{t('risk.step.risks')}</h2>
          {draft.risks.map((r, i) => (
            <div key={i} className="subcard form-grid">
              <SelectField
                label={t('risk.threat')}
                name={`risks.${i}.threat`}
                value={r.threat}
                onChange={(v) => setItem('risks', i, { threat: v })}
                options={draft.threats.map((th, j) => ({
                  value: String(j),
                  label: th.title || `#${j + 1}`,
                }))}
                errors={errors}
              />
              <SelectField
                label={t('risk.exposedLabel')}
                name={`risks.${i}.exposed`}
                value={r.exposed}
                onChange={(v) => setItem('risks', i, { exposed: v })}
                options={EXPOSED.map((x) => ({ value: x, label: t(`risk.exposed.${x}`) }))}
                errors={errors}
              />
              <TextField
                label={t('risk.risk')}
                name={`risks.${i}.description`}
                value={r.description}
                onChange={(v) => setItem('risks', i, { description: v })}
                required
                errors={errors}
              />
              <SelectField
                label={t('risk.likelihoodLabel')}
                name={`risks.${i}.inherent.likelihood`}
                value={r.il}
                onChange={(v) => setItem('risks', i, { il: v })}
                options={scale('risk.likelihood')}
                empty={t('common.choose')}
                errors={errors}
              />
              <SelectField
                label={t('risk.impactLabel')}
                name={`risks.${i}.inherent.impact`}
                value={r.ii}
                onChange={(v) => setItem('risks', i, { ii: v })}
                options={scale('risk.impact')}
                empty={t('common.choose')}
                errors={errors}
              />
              <p>
                {r.il && r.ii ? (
                  <LevelBadge
                    level={levelOf(Number(r.il), Number(r.ii))}
                    score={Number(r.il) * Number(r.ii)}
                  />
                ) : null}
              </p>
              <button type="button" className="btn btn-small" onClick={() => remove('risks', i)}>
                {t('risk.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              patch({
                risks: [
                  ...draft.risks,
                  {
                    threat: '0',
                    exposed: 'personnel',
                    description: '',
                    il: '',
                    ii: '',
                    rl: '',
                    ri: '',
                    strategies: null,
                    measures: '',
                  },
                ],
              })
            }
          >
            {t('risk.addRisk')}
          </button>
        </section>
      )}

      {step === 'decisions' && (
        <section className="card">
          <h2>{t('risk.step.decisions')}</h2>
          <SelectField
            label={t('risk.acceptableLevel')}
            name="acceptableLevel"
            value={draft.acceptableLevel}
            onChange={(v) => patch({ acceptableLevel: v })}
            options={LEVELS.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))}
            errors={errors}
          />
          {draft.risks.map((r, i) => {
            const rated = r.il !== '' && r.ii !== '';
            const suggested = rated
              ? [
                  ...suggestedStrategies({
                    likelihood: Number(r.il) as RatingValue,
                    impact: Number(r.ii) as RatingValue,
                  }),
                ]
              : [];
            const chosen = r.strategies ?? suggested;
            return (
              <div key={i} className="subcard">
                <h3>{r.description || `#${i + 1}`}</h3>
                <p className="muted">
                  {t('risk.suggested')}:{' '}
                  {suggested.map((s) => t(`risk.strategy.${s}`)).join(' & ') || t('common.none')}
                </p>
                <fieldset>
                  <legend>{t('risk.strategy')}</legend>
                  {STRATEGIES.map((s) => (
                    <CheckboxField
                      key={s}
                      label={t(`risk.strategy.${s}`)}
                      name={`risks.${i}.strategies.${s}`}
                      checked={chosen.includes(s)}
                      onChange={(on) =>
                        setItem('risks', i, {
                          strategies: on ? [...chosen, s] : chosen.filter((x) => x !== s),
                        })
                      }
                    />
                  ))}
                </fieldset>
                <TextAreaField
                  label={t('risk.measures')}
                  name={`risks.${i}.measures`}
                  value={r.measures}
                  onChange={(v) => setItem('risks', i, { measures: v })}
                  help={t('risk.measuresHelp')}
                  errors={errors}
                />
                <div className="form-grid">
                  <SelectField
                    label={`${t('risk.residual')} — ${t('risk.likelihoodLabel')}`}
                    name={`risks.${i}.residual.likelihood`}
                    value={r.rl}
                    onChange={(v) => setItem('risks', i, { rl: v })}
                    options={scale('risk.likelihood')}
                    empty={t('risk.notRated')}
                    errors={errors}
                  />
                  <SelectField
                    label={`${t('risk.residual')} — ${t('risk.impactLabel')}`}
                    name={`risks.${i}.residual.impact`}
                    value={r.ri}
                    onChange={(v) => setItem('risks', i, { ri: v })}
                    options={scale('risk.impact')}
                    empty={t('risk.notRated')}
                    errors={errors}
                  />
                </div>
              </div>
            );
          })}
        </section>
      )}

      {step === 'review' && (
        <section className="card">
          <h2>{t('risk.step.review')}</h2>
          <div className="form-grid">
            <SelectField
              label={t('risk.location')}
              name="locationType"
              value={draft.location}
              onChange={(v) => {
                // Show the ceiling in force at the chosen place (set here or in travel admin).
                const [, placeId = ''] = v.split(':');
                const inForce = ceilings.data?.items.find((c) => c.locationId === placeId);
                const shown = inForce ? String(inForce.ceiling) : '';
                patch(
                  draft.staffCeiling === draft.staffCeilingShown
                    ? { location: v, staffCeiling: shown, staffCeilingShown: shown }
                    : { location: v },
                );
              }}
              options={locations}
              empty={t('common.choose')}
              required
              errors={{
                ...errors,
                locationType: errors.areaId ?? errors.dutyStationId ?? errors.locationType ?? '',
              }}
            />
            <TextField
              label={t('risk.titleLabel')}
              name="title"
              value={draft.title}
              onChange={(v) => patch({ title: v })}
              required
              errors={errors}
            />
            <TextField
              label={t('risk.assessedOn')}
              name="assessedOn"
              type="date"
              value={draft.assessedOn}
              onChange={(v) => patch({ assessedOn: v })}
              required
              errors={errors}
            />
            <TextField
              label={t('risk.reviewDue')}
              name="reviewDue"
              type="date"
              value={draft.reviewDue}
              onChange={(v) => patch({ reviewDue: v })}
              required
              errors={errors}
            />
            <TextField
              label={t('risk.staffCeiling')}
              name="staffCeiling"
              type="number"
              value={draft.staffCeiling}
              onChange={(v) => patch({ staffCeiling: v })}
              help={t('risk.staffCeilingHelp')}
              errors={errors}
            />
          </div>
          <TextAreaField
            label={t('risk.summary')}
            name="summary"
            value={draft.summary}
            onChange={(v) => patch({ summary: v })}
            errors={errors}
          />
          <p className="muted">
            {t('risk.reviewCounts', {
              goals: draft.goals.length,
              threats: draft.threats.length,
              risks: draft.risks.length,
            })}
          </p>
        </section>
      )}

      <FormError error={save.error} />
      <div className="form-actions">
        {index > 0 && (
          <button
            type="button"
            className="btn"
            onClick={() => setStep(STEPS[index - 1] ?? 'goals')}
          >
            <span className="dir-icon" aria-hidden="true">
              ←
            </span>{' '}
            {t('common.previous')}
          </button>
        )}
        {step === 'review' ? (
          <SubmitButton busy={save.isPending} label={t('risk.save')} />
        ) : (
          <button type="submit" className="btn btn-primary">
            {t('common.next')}{' '}
            <span className="dir-icon" aria-hidden="true">
              →
            </span>
          </button>
        )}
      </div>
    </form>
  );
}

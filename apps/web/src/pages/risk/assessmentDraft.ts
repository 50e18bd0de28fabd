import type { Dispatch, SetStateAction } from 'react';
import { addDays, daysBetween } from '@fieldsafe/core';
import { orNull, today } from '../../components/ui.tsx';
import type { Translate } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

// The draft of the assessment wizard (AssessmentEditor.tsx) that its steps edit, and how it
// becomes the body of a new assessment.

type Assessment = Schemas['RiskAssessment'];

export const STEPS = ['goals', 'threats', 'risks', 'decisions', 'review'] as const;
export type Step = (typeof STEPS)[number];

export interface RiskDraft {
  threat: string;
  exposed: string;
  description: string;
  il: string;
  ii: string;
  rl: string;
  ri: string;
  strategies: string[] | null;
  /** Mitigation measures: text, and the code of the MOSS measure it is ('' when none). */
  measures: MeasureDraft[];
  /** Indexes of the programme goals this risk threatens. */
  goals: number[];
}

export interface MeasureDraft {
  text: string;
  mossCode: string;
}

/** A new programme goal; its acceptable level is the assessment's until one is chosen (''). */
export function newGoal(criticality = 'medium') {
  return { title: '', criticality, description: '', acceptableLevel: '' };
}

/** A new threat: human (crime) until another category says otherwise. */
export function newThreat() {
  return {
    category: 'crime',
    title: '',
    description: '',
    human: true,
    mindSet: '',
    capability: '',
    context: '',
  };
}

/** A new risk: to people, of the first threat, not yet rated. */
export function newRisk(): RiskDraft {
  return {
    threat: '0',
    exposed: 'personnel',
    description: '',
    il: '',
    ii: '',
    rl: '',
    ri: '',
    strategies: null,
    measures: [],
    goals: [],
  };
}

export function emptyDraft() {
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
    goals: [newGoal('high')],
    threats: [newThreat()],
    risks: [] as RiskDraft[],
    classification: 'restricted',
    sltShareable: false,
  };
}
export type Draft = ReturnType<typeof emptyDraft>;

/**
 * The review date a new version starts with: the current one's while it is still ahead, else the
 * same review period counted from today (a new version never starts without one).
 */
export function carriedReviewDue(a: Pick<Assessment, 'assessedOn' | 'reviewDue'>, on: string) {
  if (a.reviewDue > on) return a.reviewDue;
  return addDays(on, Math.max(1, daysBetween(a.assessedOn, a.reviewDue)));
}

export function fromAssessment(a: Assessment): Draft {
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
      acceptableLevel: g.acceptableLevel === a.acceptableLevel ? '' : g.acceptableLevel,
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
      measures: r.measures.map((m) => ({ text: m.text, mossCode: m.mossCode ?? '' })),
      goals: r.goals.map((g) => a.goals.findIndex((x) => x.id === g.goalId)).filter((i) => i >= 0),
    })),
    classification: a.classification,
    sltShareable: a.sltShareable,
  };
}

export function toBody(d: Draft, countryId: string) {
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
    classification: d.classification,
    sltShareable: d.sltShareable,
    // The ceiling is shared with travel clearance: empty and never set means "keep whatever is
    // in force" (not sent); emptied means lift it.
    staffCeiling:
      d.staffCeiling === '' && d.staffCeilingShown === '' ? undefined : num(d.staffCeiling),
    goals: d.goals.map((g) => ({
      ...g,
      description: orNull(g.description),
      acceptableLevel: orNull(g.acceptableLevel),
    })),
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
      // Every measure is sent, even an empty one, so the API's field names match the rows.
      measures: r.measures.map((m) => ({ text: m.text, mossCode: orNull(m.mossCode) })),
      goals: r.goals,
    })),
  };
}

/** Which step holds a field named by the API, so an error takes the user to it. */
export function stepOf(path: string): Step {
  if (path.startsWith('goals')) return 'goals';
  if (path.startsWith('threats')) return 'threats';
  if (/^risks\.\d+\.(residual|strategies|measures)/.test(path)) return 'decisions';
  if (path.startsWith('risks')) return 'risks';
  return 'review';
}

/** The 1–5 ratings of likelihood or impact, each with what it means. */
export function scale(t: Translate, prefix: 'risk.likelihood' | 'risk.impact') {
  return ['1', '2', '3', '4', '5'].map((v) => ({
    value: v,
    label: `${v} — ${t(`${prefix}.${v}` as 'risk.impact.1')}`,
  }));
}

/** The lists of the draft: goals, threats and risks. */
export type ListKey = 'goals' | 'threats' | 'risks';

/** Changes to the draft: some top-level fields; one goal, threat or risk, adding or removing one. */
export function draftEdits(setDraft: Dispatch<SetStateAction<Draft>>) {
  return {
    patch: (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p })),
    setItem: <K extends ListKey>(key: K, i: number, p: Partial<Draft[K][number]>) =>
      setDraft((d) => ({
        ...d,
        [key]: d[key].map((x, j) => (j === i ? { ...x, ...p } : x)),
      })),
    add: <K extends ListKey>(key: K, item: Draft[K][number]) =>
      setDraft((d) => ({ ...d, [key]: [...d[key], item] })),
    remove: (key: ListKey, i: number) =>
      setDraft((d) => ({
        ...d,
        [key]: d[key].filter((_, j) => j !== i),
        // A risk's goals are indexes: removing a goal drops it and shifts the later ones.
        ...(key === 'goals'
          ? {
              risks: d.risks.map((r) => ({
                ...r,
                goals: r.goals.filter((g) => g !== i).map((g) => (g > i ? g - 1 : g)),
              })),
            }
          : {}),
      })),
  };
}
export type DraftEdits = ReturnType<typeof draftEdits>;

/** What every step gets: the draft, the field messages of the last save and how to edit. */
export interface StepProps {
  draft: Draft;
  errors: Record<string, string>;
  edit: DraftEdits;
}

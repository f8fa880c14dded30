import type { TreatmentPlan } from '../../planning/index.js';

/** The plan formats of `securebase plan`. */
export const PLAN_FORMATS = ['json', 'md', 'text'] as const;
/** One of {@link PLAN_FORMATS}. */
export type PlanFormat = (typeof PLAN_FORMATS)[number];

interface Doc {
  title(text: string): string;
  heading(text: string): string;
  item(text: string): string;
  para(text: string): string;
}

const MD: Doc = {
  title: (t) => `# ${t}\n`,
  heading: (t) => `\n## ${t}\n`,
  item: (t) => `- ${t}`,
  para: (t) => `${t}\n`,
};

const TEXT: Doc = {
  title: (t) => `${t}\n${'='.repeat(t.length)}\n`,
  heading: (t) => `\n${t}\n${'-'.repeat(t.length)}`,
  item: (t) => `  * ${t}`,
  para: (t) => `${t}\n`,
};

/**
 * Renders a treatment plan for a clinician to read, as Markdown or plain text, from the public
 * plan object only: the disclaimer first, then safety (with the plan's own words for the person,
 * whose crisis help names the numbers of the plan's region only), techniques, phases, exercises (offered and
 * withheld), the measurement schedule and the rules applied.
 */
export function renderPlan(plan: TreatmentPlan, format: 'md' | 'text'): string {
  const d = format === 'md' ? MD : TEXT;
  const out: string[] = [d.title('Treatment plan (decision support)'), d.para(plan.disclaimer)];
  out.push(d.heading('Safety'));
  out.push(d.item(`Risk: ${plan.risk.status}${plan.risk.reasons.length > 0 ? ` (${plan.risk.reasons.join('; ')})` : ''}`));
  out.push(d.item(`Safety first: ${plan.safetyFirst ? 'yes' : 'no'}`));
  for (const m of plan.forPerson) out.push(d.item(`To share with the person (${m.kind}): ${m.text}`));
  for (const a of plan.safetyActions) out.push(d.item(`${a.title ?? a.id}${a.rule ? ` (rule ${a.rule})` : ''}`));
  for (const c of plan.contraindications) out.push(d.item(`Contraindication: ${typeof c === 'string' ? c : JSON.stringify(c)}`));
  out.push(d.heading(`Sessions: ${plan.plannedSessions} (${plan.delivery})`));
  for (const p of plan.phases) out.push(d.item(`${p.title}, sessions ${p.firstSession}–${p.lastSession}: ${p.goals.join('; ')}`));
  out.push(d.heading('Techniques'));
  for (const t of plan.techniques) out.push(d.item(`${t.rank}. ${t.name} (${t.fit}): ${t.reason}${t.adaptation ? ` Adaptation: ${t.adaptation}` : ''}`));
  if (plan.adaptations.length > 0) {
    out.push(d.heading('Stance and pacing'));
    for (const a of plan.adaptations) out.push(d.item(a));
  }
  out.push(d.heading('Attachment'));
  out.push(d.item(`Style: ${plan.attachment.style ?? 'not derived'} (${plan.attachment.method})`));
  out.push(d.item(plan.attachment.caveat));
  out.push(d.heading('Exercises offered'));
  for (const e of plan.exercises) out.push(d.item(`${e.title} (${e.id}, ${e.variant}, ${e.phase}): ${e.reason}`));
  if (plan.withheldExercises.length > 0) {
    out.push(d.heading('Exercises withheld'));
    for (const e of plan.withheldExercises) out.push(d.item(`${e.title} (${e.id}): ${e.reasons.join('; ')}`));
  }
  out.push(d.heading('Measurement'));
  for (const m of plan.measurementSchedule) out.push(d.item(`${m.instrument} (${m.role}) at sessions ${m.sessions.join(', ')}: ${m.reason}`));
  out.push(d.heading('Rules applied'));
  for (const r of plan.appliedRules)
    out.push(d.item(typeof r === 'string' ? r : `${(r as { id?: string }).id ?? ''} ${(r as { source?: string }).source ?? ''}`.trim()));
  out.push('', d.para(`Planning rules ${plan.rulesVersion}. A plan supports a clinician's judgement; it is not a substitute for professional care.`));
  return `${out.join('\n')}\n`;
}

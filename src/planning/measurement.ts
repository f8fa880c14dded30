import type { MeasurementRule } from './types.js';

/**
 * The measurement table: which instrument, at which sessions, why, and when it applies. Every
 * instrument id is one the library scores (a test checks each against the `instruments`
 * registry); `attachment` stands for the formulation's attachment measure (ECR-R unless it names
 * another). Schedules follow the clinical brief §D.1 and §E (common practice, not a validated
 * schedule ⚠). In a self-guided app a "session" is one planned weekly check-in.
 *
 * @example
 * ```ts
 * MEASUREMENT_RULES.find((m) => m.instrument === 'phq-9')?.timing; // => { kind: 'every-session' }
 * ```
 * @category Planning
 */
export const MEASUREMENT_RULES = [
  {
    id: 'measure.phq-9',
    instrument: 'phq-9',
    role: 'monitoring',
    timing: { kind: 'every-session' },
    reason:
      'Depression severity and the item 9 risk question. Given at every session: the brief allows every session or every two weeks, and every session is the safer choice because item 9 screens for risk.',
    source: 'Clinical brief §D.1 (phase 2: PHQ-9 each session or fortnightly), §E (Kroenke et al. 2001 ✅) and §C.2.',
    when: { kind: 'always' },
  },
  {
    id: 'measure.gad-7',
    instrument: 'gad-7',
    role: 'monitoring',
    timing: { kind: 'every-session' },
    reason: 'Anxiety severity, tracked alongside the PHQ-9 to watch tolerance while the work goes on.',
    source: 'Clinical brief §D.1 (phase 2: GAD-7 each session or fortnightly) and §E (Spitzer et al. 2006 ✅).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.attachment',
    instrument: 'attachment',
    role: 'outcome',
    timing: { kind: 'baseline-end' },
    reason: 'Attachment anxiety and avoidance change slowly, so they are measured at the start and at the end.',
    source: 'Clinical brief §D.1 (phase 1 baseline battery; phase 4 end-of-treatment battery) and §E (ECR-R, Fraley, Waller & Brennan 2000 ✅).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.ders-16',
    instrument: 'ders-16',
    role: 'outcome',
    timing: { kind: 'baseline-mid-end' },
    reason: 'Emotion regulation (technique 3), at the start, at the mid point and at the end; the 16-item form is short enough to repeat.',
    source: 'Clinical brief §D.1 (phase 3: DERS mid-point) and §E (DERS-16, Bjureberg et al. 2016 ✅).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.scs-sf',
    instrument: 'scs-sf',
    role: 'outcome',
    timing: { kind: 'baseline-mid-end' },
    reason: 'Self-compassion, the target of reparenting and self-compassion practice (techniques 4 and 5).',
    source: 'Clinical brief §D.1 (phase 3: SCS-SF mid-point) and §E (Raes et al. 2011 ◐).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.maas',
    instrument: 'maas',
    role: 'outcome',
    timing: { kind: 'baseline-end' },
    reason: 'Mindful attention (technique 5), at the start and at the end.',
    source: 'Clinical brief §E (technique 5: FFMQ or MAAS; Brown & Ryan 2003 ◐).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.wai-sr',
    instrument: 'wai-sr',
    role: 'process',
    timing: { kind: 'from-then-every', first: 3, every: 5 },
    reason: 'The working alliance with the therapist: first at session 3, then every 5 sessions; a drop is a rupture marker to talk about.',
    source: 'Clinical brief §B.2 (corrective.alliance-monitoring: after session 3–5, then every 4–6 sessions ◐) and §D.1 (WAI-SR at session 3–5).',
    when: { kind: 'delivery', context: 'therapist-led' },
  },
] as const satisfies readonly MeasurementRule[];

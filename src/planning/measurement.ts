import type { MeasurementRule } from './planning-rule.js';

/**
 * The measurement table: which instrument, at which sessions, why, and when it applies. Every
 * instrument id is one the library scores (a test checks each against the `instruments`
 * registry); `attachment` stands for the formulation's attachment measure (ECR-R unless it names
 * another). Schedules follow common practice and each instrument's source (not a validated
 * schedule). In a self-guided app a "session" is one planned weekly check-in.
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
      'Depression severity and the item 9 risk question. Given at every session: common practice is every session or every two weeks, and every session is the safer choice because item 9 screens for risk.',
    source:
      'Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16(9):606–613, doi:10.1046/j.1525-1497.2001.016009606.x (2-week time frame); Simon et al. (2013), doi:10.1176/appi.ps.201200587 (item 9 and risk).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.gad-7',
    instrument: 'gad-7',
    role: 'monitoring',
    timing: { kind: 'every-session' },
    reason: 'Anxiety severity, tracked alongside the PHQ-9 to watch tolerance while the work goes on.',
    source: 'Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092–1097, doi:10.1001/archinte.166.10.1092.',
    when: { kind: 'always' },
  },
  {
    id: 'measure.attachment',
    instrument: 'attachment',
    role: 'outcome',
    timing: { kind: 'baseline-end' },
    reason: 'Attachment anxiety and avoidance change slowly, so they are measured at the start and at the end.',
    source:
      'Fraley, Waller & Brennan (2000), JPSP 78(2):350–365, doi:10.1037/0022-3514.78.2.350; Taylor et al. (2015), Psychotherapy Research 25(2):222–238, doi:10.1080/10503307.2014.886791 (attachment changes over therapy).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.ders-16',
    instrument: 'ders-16',
    role: 'outcome',
    timing: { kind: 'baseline-mid-end' },
    reason: 'Emotion regulation (technique 3), at the start, at the mid point and at the end; the 16-item form is short enough to repeat.',
    source: 'Bjureberg et al. (2016), J Psychopathol Behav Assess, doi:10.1007/s10862-015-9514-x (DERS-16).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.scs-sf',
    instrument: 'scs-sf',
    role: 'outcome',
    timing: { kind: 'baseline-mid-end' },
    reason: 'Self-compassion, the target of reparenting and self-compassion practice (techniques 4 and 5).',
    source: 'Raes, Pommier, Neff & Van Gucht (2011), Clin Psychol Psychother 18(3):250–255, doi:10.1002/cpp.702 (SCS-SF).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.maas',
    instrument: 'maas',
    role: 'outcome',
    timing: { kind: 'baseline-end' },
    reason: 'Mindful attention (technique 5), at the start and at the end.',
    source: 'Brown & Ryan (2003), JPSP 84(4):822–848, doi:10.1037/0022-3514.84.4.822 (MAAS).',
    when: { kind: 'always' },
  },
  {
    id: 'measure.wai-sr',
    instrument: 'wai-sr',
    role: 'process',
    timing: { kind: 'from-then-every', first: 3, every: 5 },
    reason: 'The working alliance with the therapist: first at session 3, then every 5 sessions; a drop is a rupture marker to talk about.',
    source:
      'Hatcher & Gillaspy (2006), Psychotherapy Research 16(1):12–25, doi:10.1080/10503300500352500 (WAI-SR); Eubanks, Muran & Safran (2018), Psychotherapy 55(4):508–519 (ruptures and repair). The interval is common practice, not a published rule.',
    when: { kind: 'delivery', context: 'therapist-led' },
  },
] as const satisfies readonly MeasurementRule[];

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
  {
    id: 'measure.c-ssrs-screener',
    instrument: 'c-ssrs-screener',
    role: 'monitoring',
    timing: { kind: 'every-session' },
    reason:
      'Suicide risk is positive or not yet known. The C-SSRS screener asks about intent, a plan and recent suicidal behaviour, and its triage says how urgent the next step is. It is given at every session until a clinician has reviewed the risk.',
    source:
      'Posner et al. (2011), Am J Psychiatry 168(12):1266–1277, doi:10.1176/appi.ajp.2011.10111704 (C-SSRS); the Columbia Lighthouse Project triage guidelines, https://cssrs.columbia.edu/ (a yes to intent or plan, or behaviour in the past 3 months, is imminent risk).',
    when: {
      kind: 'any',
      of: [
        { kind: 'risk', status: 'positive' },
        { kind: 'risk', status: 'unknown' },
      ],
    },
  },
  {
    id: 'measure.pcl-5',
    instrument: 'pcl-5',
    role: 'outcome',
    timing: { kind: 'from-then-every', first: 1, every: 4 },
    reason:
      'Unresolved trauma is a concern, so PTSD symptoms are tracked with the PCL-5. It asks about the past month, so it is given at the start and then every 4 sessions.',
    source:
      'Weathers et al. (2013), the PTSD Checklist for DSM-5, National Center for PTSD, https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp; Blevins et al. (2015), J Trauma Stress 28(6):489–498, doi:10.1002/jts.22059.',
    when: { kind: 'concern', any: ['unresolved-trauma'] },
  },
  {
    id: 'measure.itq',
    instrument: 'itq',
    role: 'outcome',
    timing: { kind: 'baseline-end' },
    reason:
      'Unresolved trauma is a concern. The ITQ tells ICD-11 PTSD from complex PTSD at the start (complex PTSD calls for a longer stabilisation phase) and is given again at the end.',
    source:
      'Cloitre et al. (2018), Acta Psychiatr Scand, doi:10.1111/acps.12956 (ITQ); Cloitre et al. (2011), J Trauma Stress 24(6):615–627, doi:10.1002/jts.20697 (phase-based treatment of complex PTSD).',
    when: { kind: 'concern', any: ['unresolved-trauma'] },
  },
] as const satisfies readonly MeasurementRule[];

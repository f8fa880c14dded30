import { SOURCES } from '../sources.js';
import { TECHNIQUE_EVIDENCE_DISCLAIMER, type Technique } from '../types.js';

/**
 * Technique 3, emotion regulation skills: widen the window of tolerance so a person can feel,
 * name and manage emotions without amplifying (hyperactivating) or suppressing (deactivating)
 * them, and can stay engaged in exploration.
 *
 * Mostly low-risk, self-guided skills. Medical cautions (breathing with heart or lung conditions,
 * TIPP with heart conditions or eating disorders) are listed in `cautions`, because the
 * contraindication vocabulary does not name them.
 *
 * @example
 * ```ts
 * regulate.protocols.filter((p) => p.delivery.includes('self')).length; // => 6
 * ```
 * @category Techniques
 */
export const regulate = {
  id: 'regulate',
  name: 'Emotion regulation skills',
  version: '1.0.0',
  aims: [
    'Widen the window of tolerance: recognise optimal, hyperaroused and hypoaroused states and choose a matching skill.',
    'Feel and name emotions without amplifying or suppressing them.',
    'Lower physiological arousal quickly when it is too high, and re-orient to the present when the person shuts down or spaces out.',
    'Stay regulated enough to take part in exploration and relational work.',
  ],
  rationale: [
    {
      level: 'theory',
      statement:
        'Insecure attachment goes with secondary regulation strategies: hyperactivating (amplifying distress, rumination) and deactivating (suppressing needs and feelings). Regulation skills offer security-based alternatives.',
      citations: [SOURCES.mikulincerShaver2003, SOURCES.mikulincerShaver2012],
    },
    {
      level: 'expert-consensus',
      statement: 'Trauma experts largely endorse phase-based care that builds emotion regulation before trauma processing, though strict phasing is debated.',
      citations: [SOURCES.cloitre2011],
    },
    {
      level: 'meta-analysis',
      statement: 'Attachment anxiety predicts poorer outcome, which argues for building regulation early with hyperactivating clients.',
      citations: [SOURCES.levy2018],
    },
  ],
  phases: ['stabilisation', 'working-through', 'consolidation-ending'],
  indications: ['anxiety', 'depression', 'emotion-dysregulation', 'unresolved-trauma', 'interpersonal-conflict', 'relationship-distress', 'loneliness'],
  contraindications: ['active-suicidality', 'severe-dissociation', 'substance-intoxication'],
  cautions: [
    'Forced deep breathing can cause dizziness or hyperventilation in people prone to panic: coach slow and gentle breathing.',
    'Respiratory or heart conditions, or pregnancy: advise medical guidance before breathing or TIPP practices (not expressible as a contraindication id).',
    'TIPP (cold water, intense exercise) needs a medical caution gate: heart conditions, beta-blockers, temperature intolerance, eating disorders.',
    'For some trauma survivors attention to the breath is triggering: offer other anchors (feet, hands, sounds).',
    'Taste or food soothing may not suit people with eating disorders; substance use is not self-soothing.',
    'Opposite action is not for emotions that fit a real threat; avoid it with active suicidality outside a DBT framework.',
    'Do not use grounding or breathing practices while driving.',
    'Avoid implying a fixed "broken nervous system".',
  ],
  strategies: [
    {
      strategy: 'deactivating',
      fit: 'prioritise',
      adaptation:
        'Start with affect labeling and psychoeducation to build awareness of feelings; use opposite action toward closeness; frame skills as practical and optional. Numbing may show up as hypoarousal.',
    },
    {
      strategy: 'hyperactivating',
      fit: 'prioritise',
      adaptation:
        'Emphasise the window of tolerance, slow paced breathing and self-soothing for down-regulation; affect labeling adds distance from overwhelming feeling; use gentle distance instead of clinging when a feeling does not fit the facts.',
    },
    {
      strategy: 'disorganised',
      fit: 'prioritise',
      adaptation:
        'Core of phase 1 stabilisation: grounding, window-of-tolerance check-ins and a safety plan, with eyes open, short practices and a clear way out.',
    },
  ],
  deliveryModes: ['self', 'guided'],
  protocols: [
    {
      id: 'regulate.affect-labeling',
      name: 'Affect labeling ("name it")',
      aim: 'Reduce intensity and increase clarity by putting feelings into words.',
      steps: [
        'Pause.',
        'Notice body sensations.',
        'Pick the word or words that fit best (offer a list of feeling words).',
        'Rate intensity 0–10.',
        'Optionally note the trigger and the urge.',
      ],
      duration: '1–5 min; repeatable as a daily log',
      phases: ['stabilisation', 'working-through'],
      delivery: ['self'],
      indications: ['emotion-dysregulation', 'anxiety', 'depression'],
      contraindications: ['severe-dissociation', 'substance-intoxication'],
      cautions: [
        'Low risk. Some later studies suggest naming can interfere with other strategies: keep it brief and optional.',
        'The body-noticing step is screened like other body-focused steps (a conservative choice; the skill itself is low risk).',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating'],
      strategyNotes: ['Deactivating: builds awareness of and access to feelings. Hyperactivating: adds distance from overwhelming feeling.'],
      requiresScreening: true,
      evidence: {
        level: 'experimental',
        statement: 'Labeling feelings reduced amygdala response in laboratory studies; these are lab experiments, not clinical trials.',
        citations: [SOURCES.lieberman2007, SOURCES.torreLieberman2018],
      },
    },
    {
      id: 'regulate.window-of-tolerance',
      name: 'Window of tolerance: learning and self-monitoring',
      aim: 'Recognise optimal, hyperaroused and hypoaroused states and choose matching skills.',
      steps: [
        'Explain the three zones with examples (too high: panic, racing thoughts, anger; too low: numb, shut down, disconnected).',
        'The person lists their own signs of each zone.',
        'Map skills: calming skills for too high, grounding and gentle activation for too low.',
        'Daily check-in of the zone.',
        'Review which skills moved them back.',
      ],
      duration: '10–20 min introduction; 1-min check-ins',
      phases: ['stabilisation'],
      delivery: ['self'],
      indications: ['unresolved-trauma', 'anxiety', 'emotion-dysregulation', 'depression'],
      contraindications: [],
      cautions: ['Low risk; avoid implying a fixed "broken nervous system".'],
      suitedStrategies: ['disorganised', 'hyperactivating', 'deactivating'],
      strategyNotes: [
        'Core for fearful or unresolved clients; hyperactivating for hyperarousal; deactivating may present as hypoarousal or numbing (unverified).',
      ],
      requiresScreening: false,
      evidence: {
        level: 'theory',
        statement:
          'A clinical model (Siegel 1999; Ogden et al. 2006) used widely in trauma-sensitive practice; no trials of the psychoeducation itself were found.',
        citations: [SOURCES.siegel1999, SOURCES.ogden2006, SOURCES.treleaven2018],
      },
    },
    {
      id: 'regulate.paced-breathing',
      name: 'Slow paced breathing',
      aim: 'Lower physiological arousal quickly.',
      steps: [
        'Sit or stand comfortably; eyes open is fine.',
        'Breathe gently, not deeply, through the nose if comfortable.',
        'Make the out-breath a little longer than the in-breath.',
        'Aim for a slow rate (roughly 5–7 breaths a minute; research uses under 10), optionally with a visual pacer.',
        'Continue 2–5 min, then notice any change.',
      ],
      duration: '1–10 min',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['anxiety', 'emotion-dysregulation', 'interpersonal-conflict'],
      contraindications: [],
      cautions: [
        'Coach slow and gentle, not deep: forced deep breathing can provoke hyperventilation or dizziness.',
        'Respiratory or heart conditions: medical advice first.',
        'For some trauma survivors the breath is triggering: offer another anchor.',
      ],
      suitedStrategies: ['hyperactivating', 'disorganised'],
      strategyNotes: ['Hyperactivating: down-regulation. Fearful: as part of grounding.'],
      requiresScreening: false,
      evidence: {
        level: 'meta-analysis',
        statement:
          'In nonclinical samples slow breathing lowered blood pressure and raised heart rate variability right away; its effect on negative emotion was marginal. Evidence in clinical samples was not reviewed here.',
        citations: [SOURCES.zaccaro2018, SOURCES.shao2024, SOURCES.linehan2015],
      },
    },
    {
      id: 'regulate.grounding-54321',
      name: '5-4-3-2-1 sensory grounding',
      aim: 'Re-orient to the present during anxiety, flashbacks or dissociation.',
      steps: [
        'Notice and name, aloud or silently: 5 things you see, 4 you feel or touch, 3 you hear, 2 you smell (or recall), 1 you taste (or recall).',
        'Optionally finish with a slow breath and a statement of the date and place.',
      ],
      duration: '2–5 min',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['self'],
      deliveryNote: 'Also the grounding exit of other exercises.',
      indications: ['anxiety', 'unresolved-trauma', 'emotion-dysregulation'],
      contraindications: [],
      cautions: ['Very low risk; not while driving.'],
      suitedStrategies: ['disorganised', 'hyperactivating'],
      requiresScreening: false,
      evidence: {
        level: 'clinical-practice',
        statement: 'A widely used clinical tool of uncertain origin; no dedicated trials were found.',
        citations: [SOURCES.groundingPractice],
      },
    },
    {
      id: 'regulate.dbt-opposite-action',
      name: 'Opposite action',
      aim: "Change an unwanted emotion when it does not fit the facts or acting on it isn't effective.",
      steps: [
        'Name the emotion.',
        'Check the facts: does the emotion, and its intensity, fit the situation?',
        'Identify the action urge.',
        'If it is not justified or effective, choose the opposite action (fear: approach; shame: share with a safe person; sadness: get active; anger: gentle distance or kindness).',
        'Do it fully: posture, voice, thoughts.',
        'Repeat until the emotion eases.',
      ],
      duration: '5–15 min planning; practice in daily life',
      phases: ['stabilisation', 'working-through'],
      delivery: ['self', 'guided'],
      deliveryNote: 'Self-guided as psychoeducation and planning; fuller practice is guided.',
      indications: ['depression', 'anxiety', 'emotion-dysregulation', 'interpersonal-conflict', 'loneliness'],
      contraindications: ['active-suicidality'],
      cautions: ['Not for emotions that fit a real threat (fear in real danger).', 'Avoid with active suicidality unless within a DBT framework.'],
      suitedStrategies: ['deactivating', 'hyperactivating'],
      strategyNotes: ['Deactivating: fear or avoidance of closeness, approach. Hyperactivating: anger or clinging, gentle distance.'],
      requiresScreening: false,
      evidence: {
        level: 'clinical-practice',
        statement: 'A skill from DBT skills training; only the manual is cited, and evidence for this skill on its own was not researched.',
        citations: [SOURCES.linehan2015],
      },
    },
    {
      id: 'regulate.dbt-self-soothe',
      name: 'Self-soothe with the five senses',
      aim: 'Tolerate distress without making things worse.',
      steps: [
        'Choose one comforting input per sense (sight, sound, smell, taste, touch).',
        'Prepare a self-soothe kit in advance.',
        'TIPP for very high arousal (brief cold on the face, short intense exercise, paced breathing, paired muscle relaxation) only behind a medical caution gate.',
      ],
      duration: '5–20 min; TIPP temperature about 30 s',
      phases: ['stabilisation', 'working-through'],
      delivery: ['self'],
      deliveryNote: 'TIPP only with a medical caution gate; the script in this library leaves TIPP out.',
      indications: ['emotion-dysregulation', 'anxiety', 'unresolved-trauma'],
      contraindications: [],
      cautions: [
        'TIPP cold water or exercise: heart conditions, beta-blockers, temperature intolerance, eating disorders.',
        'Taste or food soothing may be unsuitable with eating disorders.',
        'Substance use is not self-soothing.',
      ],
      suitedStrategies: ['hyperactivating', 'disorganised', 'deactivating'],
      strategyNotes: ['Hyperactivating and fearful: distress tolerance. Deactivating: permission to care for oneself.'],
      requiresScreening: false,
      evidence: {
        level: 'clinical-practice',
        statement: 'A skill from DBT skills training; only the manual and the DBT self-help TIPP safety note are cited.',
        citations: [SOURCES.linehan2015],
      },
    },
  ],
  measures: [
    { instrument: 'ders-16', role: 'outcome', when: 'Baseline, mid-point and end; short enough for frequent tracking.' },
    { instrument: 'ders-36', role: 'outcome', when: 'Baseline and end, when the full 36-item form is wanted.' },
    { instrument: 'phq-9', role: 'monitoring', when: 'Each session or fortnightly.' },
    { instrument: 'gad-7', role: 'monitoring', when: 'Each session or fortnightly.' },
  ],
  evidenceDisclaimer: TECHNIQUE_EVIDENCE_DISCLAIMER,
  notes: [
    'Protocols, steps and cautions are paraphrased from the sources cited. DBT handouts are copyrighted and not reproduced.',
    'Medical cautions (heart, lung, pregnancy, beta-blockers, eating disorders) cannot be expressed with the Contraindication vocabulary; they are listed as cautions.',
    'Decision: affect labeling is screened like a body-focused step because it asks people to notice body sensations.',
    'Decision: the self-soothe script leaves TIPP out, since it needs a medical caution gate that scripts cannot express.',
  ],
} as const satisfies Technique;

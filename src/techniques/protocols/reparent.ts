import { SOURCES } from '../sources.js';
import { TECHNIQUE_EVIDENCE_DISCLAIMER, type Technique } from '../types.js';

/**
 * Technique 4, reparenting: build new, internalised experiences of being protected, seen,
 * soothed, valued and supported to explore, which the person did not adequately receive
 *. Two routes: meeting the needs of one's younger self (younger-self
 * dialogue, imagery rescripting), and responding to situations as one needed caregivers to
 * respond (self-reparenting, limited reparenting, Ideal Parent Figure imagery).
 *
 * Imagery and memory work: Ideal Parent Figures, imagery rescripting and limited reparenting are
 * therapist-only; only the everyday self-reparenting practice and the younger-self letter are
 * self-guided, with safeguards.
 *
 * @example
 * ```ts
 * reparent.protocols.find((p) => p.id === 'reparent.imagery-rescripting')?.evidence.level; // => 'meta-analysis'
 * ```
 * @category Techniques
 */
export const reparent = {
  id: 'reparent',
  name: 'Reparenting',
  version: '1.0.0',
  aims: [
    'Build new, internalised experiences of being protected, seen, soothed, valued and supported to explore.',
    'Let the adult self recognise and respond to the younger self’s unmet needs.',
    'Translate needs found in therapy into how the person treats themself in current situations.',
  ],
  rationale: [
    {
      level: 'pilot',
      statement:
        'Ideal Parent Figure imagery aims to build a new, positive internal working model; an uncontrolled pilot (n = 17, adults with childhood trauma and complex PTSD, 5 weeks) found medium to large improvements maintained at 8 months.',
      citations: [SOURCES.brownElliott2016, SOURCES.parra2017],
    },
    {
      level: 'meta-analysis',
      statement:
        'Imagery rescripting of aversive memories had g ≈ 0.68 against passive controls across RCTs, and about equal effects to other evidence-based treatments.',
      citations: [SOURCES.kip2023, SOURCES.morina2017],
    },
    {
      level: 'trial',
      statement:
        'Schema therapy, in which limited reparenting is central, led to more recovery than transference-focused psychotherapy for borderline personality disorder in a 3-year trial (RR 2.18), with lower dropout.',
      citations: [SOURCES.giesenBloo2006, SOURCES.youngKloskoWeishaar2003],
    },
  ],
  phases: ['stabilisation', 'working-through', 'consolidation-ending'],
  indications: ['low-self-worth', 'unresolved-trauma', 'depression', 'relationship-distress', 'anxiety', 'emotion-dysregulation', 'loneliness'],
  contraindications: [
    'active-suicidality',
    'self-harm',
    'psychosis',
    'severe-dissociation',
    'substance-intoxication',
    'recent-trauma',
    'current-crisis',
    'unsafe-living-situation',
  ],
  cautions: [
    'Grief or anger about real parents may surge ("nobody did this for me"): normalise it and offer support.',
    'Real abusive figures may intrude into imagery: stop, ground, and return to therapist-led work.',
    'Dissociation: use eyes open, shorter segments and a grounding exit.',
    'Avoid the worst memories without a therapist; stabilise first with complex trauma.',
    'Some people feel contempt for their child self: titrate, and start with a letter or photo rather than imagery.',
    'No evidence supports unguided Ideal Parent Figure self-help; apps may only support recall of imagery already built with a therapist.',
    'Psychosis is not an absolute bar for secure attachment imagery, but it needs clinical oversight.',
  ],
  strategies: [
    {
      strategy: 'hyperactivating',
      fit: 'prioritise',
      adaptation:
        'Shift from seeking external reassurance to self-soothing (self-reparenting, younger-self dialogue). In Ideal Parent Figure work, emphasise support for autonomy and the self.',
    },
    {
      strategy: 'deactivating',
      fit: 'introduce-carefully',
      adaptation:
        'Give permission to have needs; start with a letter or photo rather than imagery; in therapist-led Ideal Parent Figure work emphasise presence, closeness and soothing.',
    },
    {
      strategy: 'disorganised',
      fit: 'after-stabilisation',
      adaptation:
        'Imagery rescripting and deep Ideal Parent Figure imagery are therapist-only and come after stabilisation; use eyes open, short segments and grounding.',
    },
  ],
  deliveryModes: ['self', 'guided', 'therapist'],
  protocols: [
    {
      id: 'reparent.ideal-parent-figures',
      name: 'Ideal Parent Figure imagery',
      aim: 'Build a new, positive internal working model through repeated imagery of ideal parents who provide the conditions for secure attachment.',
      steps: [
        'Brief settling, with an eyes-open option.',
        'The person imagines being a young child.',
        'The person imagines parents, not their actual parents, who are ideally suited to them.',
        'The therapist guides the imagery to evoke felt safety and protection; being seen and known; comfort and reassurance; being valued and delighted in; support for the best, unique self and exploration.',
        'The therapist tailors emphasis to what was missing (presence and soothing after neglect; support for individuality after over-involvement or role reversal).',
        'The person notices the felt sense in the body; positive states are amplified.',
        'Debrief; repeat over many sessions.',
      ],
      duration: 'Imagery segments of about 15–30 min within sessions (unverified); repeated weekly; the pilot used 5 weeks',
      phases: ['stabilisation', 'working-through'],
      delivery: ['therapist'],
      deliveryNote: 'Therapist-only. An app may offer psychoeducation and homework recall of imagery already established with the therapist.',
      indications: ['relationship-distress', 'unresolved-trauma', 'low-self-worth'],
      contraindications: [
        'active-suicidality',
        'self-harm',
        'psychosis',
        'severe-dissociation',
        'substance-intoxication',
        'recent-trauma',
        'current-crisis',
        'unsafe-living-situation',
      ],
      cautions: [
        'Grief or anger about real parents may surge.',
        'Real abusive figures may intrude.',
        'Dissociation: eyes open, shorter segments, grounding exit.',
        'Psychosis: not an absolute bar (secure attachment imagery has been studied for paranoia) but needs clinical oversight.',
        'The method and transcripts are copyrighted (Brown & Elliott 2016): do not reproduce them.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised'],
      strategyNotes: [
        'Designed with adaptations for dismissing, anxious-preoccupied and disorganised patients.',
        'Deactivating: emphasise presence, proximity, soothing. Hyperactivating: emphasise support for autonomy and self.',
      ],
      requiresScreening: true,
      evidence: {
        level: 'pilot',
        statement:
          'Pilot evidence only: one uncontrolled study (n = 17) with medium to large improvements at 8 months. Secure attachment imagery reduced paranoia and anxiety in an analogue experiment. No evidence for unguided self-help.',
        citations: [SOURCES.brownElliott2016, SOURCES.parra2017, SOURCES.sood2021],
      },
    },
    {
      id: 'reparent.younger-self-dialogue',
      name: 'Younger-self dialogue (imagery, chair or letter)',
      aim: "Let the adult self recognise and respond to the younger self's unmet needs.",
      steps: [
        'Choose a mildly to moderately upsetting memory (not the worst) or a childhood photo.',
        'Imagine or see the younger self; notice age, surroundings, feeling.',
        'The adult self approaches and asks what the child needs.',
        'The adult self offers protection, comfort and validation (in words, imagined action or a written letter).',
        'Notice the response in the body.',
        'Return to the present and ground.',
      ],
      duration: '10–30 min; letter homework 15–30 min (unverified)',
      phases: ['working-through'],
      delivery: ['guided', 'self'],
      deliveryNote:
        'Imagery and chair versions are guided. The letter or photo version can be self-guided with safeguards (screening, grounding exit, mild memories only).',
      indications: ['low-self-worth', 'depression', 'unresolved-trauma'],
      contraindications: [
        'active-suicidality',
        'self-harm',
        'psychosis',
        'severe-dissociation',
        'substance-intoxication',
        'recent-trauma',
        'current-crisis',
        'unsafe-living-situation',
      ],
      cautions: [
        'Avoid the worst traumas without a therapist.',
        'Stop if flooding or dissociation starts.',
        'Some people feel contempt for the child self: titrate.',
      ],
      suitedStrategies: ['hyperactivating', 'deactivating'],
      strategyNotes: [
        'Hyperactivating: self-soothing instead of seeking external reassurance.',
        'Deactivating: reconnect with needs; may resist; start with a letter or photo rather than imagery.',
      ],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement: 'Overlaps with imagery rescripting and schema-therapy chairwork; no dedicated trials of this technique on its own were found.',
        citations: [SOURCES.youngKloskoWeishaar2003, SOURCES.morina2017],
      },
    },
    {
      id: 'reparent.imagery-rescripting',
      name: 'Imagery rescripting of early memories',
      aim: 'Change the meaning and emotional impact of an aversive early memory by introducing a new outcome that meets the child’s needs.',
      steps: [
        'Identify a memory linked to a current belief ("I\'m unlovable").',
        'Re-imagine the scene in the present tense up to the hot spot, staying within the window of tolerance.',
        'A helper (adult self, therapist or protective figure) enters, stops the harm and meets the child’s needs.',
        'The child expresses needs; the helper responds.',
        'Notice change in emotion and belief; ground; debrief.',
      ],
      duration: 'Mean about 4.5 sessions (range 1–16) in trials; within-session 20–45 min (unverified)',
      phases: ['working-through'],
      delivery: ['therapist'],
      indications: ['unresolved-trauma', 'anxiety', 'depression', 'low-self-worth'],
      contraindications: [
        'active-suicidality',
        'self-harm',
        'psychosis',
        'severe-dissociation',
        'substance-intoxication',
        'recent-trauma',
        'current-crisis',
        'unsafe-living-situation',
      ],
      cautions: [
        'Trauma processing: stabilise first with complex trauma.',
        'Abreaction risk.',
        'Psychosis and severe dissociation only with specialist input.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      strategyNotes: ['Fearful or disorganised clients only after stabilisation.'],
      requiresScreening: true,
      evidence: {
        level: 'meta-analysis',
        statement:
          'RCT meta-analysis: g ≈ 0.68 against passive controls and about equal to other evidence-based treatments (17 trials, n = 908); an earlier meta-analysis of 19 trials found large pre–post effects.',
        citations: [SOURCES.kip2023, SOURCES.morina2017],
      },
    },
    {
      id: 'reparent.schema-limited-reparenting',
      name: 'Schema therapy limited reparenting',
      aim: 'The therapist partly meets core childhood needs within professional limits, which the person gradually internalises as a healthy adult mode.',
      steps: [
        'Formulate early schemas and modes against core needs (secure attachment and nurture; autonomy, competence and identity; freedom to express needs and feelings; play; realistic limits).',
        'The therapist offers warmth, validation, protection and appropriate limits in session.',
        'Use experiential methods (imagery rescripting, chairwork) to meet needs in imagery.',
        'The person practises self-reparenting between sessions.',
      ],
      duration: 'Long-term; the trial used 3 years, twice weekly',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['therapist'],
      deliveryNote: 'Requires a trained schema therapist.',
      indications: ['emotion-dysregulation', 'relationship-distress', 'low-self-worth', 'unresolved-trauma'],
      contraindications: [],
      cautions: ['Requires a trained schema therapist.', 'Manage boundaries and dependency.', 'The ending must be gradual.'],
      suitedStrategies: ['disorganised', 'hyperactivating', 'deactivating'],
      strategyNotes: ['Fearful and preoccupied (borderline personality disorder populations); deactivating ("detached protector" mode work, unverified).'],
      requiresScreening: false,
      evidence: {
        level: 'trial',
        statement:
          'Schema-focused therapy outperformed transference-focused psychotherapy on recovery for borderline personality disorder (RR 2.18) with lower dropout.',
        citations: [SOURCES.giesenBloo2006, SOURCES.youngKloskoWeishaar2003],
      },
    },
    {
      id: 'reparent.self-reparenting-practice',
      name: 'Respond as I needed to be responded to (everyday self-reparenting)',
      aim: 'Translate needs found in therapy into how the person treats themself in current situations.',
      steps: [
        'In a current difficulty, pause and name the feeling (see affect labeling).',
        'Ask: what would a good-enough caregiver say or do for me right now?',
        'Do a small version of that (kind words, rest, a boundary, seeking support).',
        'Note what happened.',
      ],
      duration: '2–10 min; daily diary (unverified)',
      phases: ['working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['low-self-worth', 'depression', 'anxiety', 'relationship-distress', 'loneliness'],
      contraindications: [],
      cautions: ['Low risk; may trigger grief ("nobody did this for me"): normalise and offer support.'],
      suitedStrategies: ['hyperactivating', 'deactivating'],
      strategyNotes: ['Hyperactivating: from external reassurance to self-soothing. Deactivating: permission to have needs (unverified).'],
      requiresScreening: false,
      evidence: {
        level: 'theory',
        statement: 'A clinical synthesis of schema and compassion approaches; compare the self-compassion break. No trials of this practice were found.',
        citations: [SOURCES.youngKloskoWeishaar2003, SOURCES.neff2003],
      },
    },
  ],
  measures: [
    { instrument: 'ecr-r', role: 'outcome', when: 'Baseline and end of treatment.' },
    { instrument: 'scs-sf', role: 'outcome', when: 'Baseline, mid-point and end (self-kindness and self-judgement).' },
    { instrument: 'phq-9', role: 'monitoring', when: 'Each session or fortnightly during imagery or memory work; suspend imagery after a positive item 9.' },
  ],
  evidenceDisclaimer: TECHNIQUE_EVIDENCE_DISCLAIMER,
  notes: [
    'Protocols, steps and cautions are paraphrased from the sources cited. Brown & Elliott transcripts are copyrighted and not reproduced.',
    'A trauma measure suits trauma-focused work (PCL-5 or ITQ); neither was researched nor is scored by the library.',
    'Decision: the only self-guided younger-self script is the letter version, a conservative choice; imagery versions are guided.',
  ],
} as const satisfies Technique;

import { SOURCES } from '../sources.js';
import { TECHNIQUE_EVIDENCE_DISCLAIMER, type Technique } from '../types.js';

/**
 * Technique 2, corrective attachment experiences: the therapeutic relationship as a secure base,
 * reliably available, attuned and non-retaliating, in which old expectations are disconfirmed and
 * exploration becomes safe.
 *
 * An app is not a therapist: these protocols support a human relationship (alliance feedback,
 * predictable breaks and endings), never simulate one. The alliance–outcome link is correlational.
 *
 * @example
 * ```ts
 * corrective.measures.map((m) => m.instrument); // => ['wai-sr', 'ecr-r']
 * ```
 * @category Techniques
 */
export const corrective = {
  id: 'corrective',
  name: 'Corrective attachment experiences (the therapeutic relationship as a secure base)',
  version: '1.0.0',
  aims: [
    'Offer a reliably available, attuned, non-retaliating relationship in which expectations of rejection or intrusion are disconfirmed.',
    'Make exploration safe by providing a secure base and a safe haven.',
    'Turn breakdowns in collaboration (ruptures) into experiences of repair.',
    'Make separations, breaks and the ending predictable and discussable.',
  ],
  rationale: [
    {
      level: 'meta-analysis',
      statement:
        'Across 295 studies (more than 30,000 patients) the alliance correlated with outcome (r ≈ .28), and similarly in internet-based treatment (r ≈ .28). This is a correlation, not proof that any one stance causes change.',
      citations: [SOURCES.flueckiger2018],
    },
    {
      level: 'meta-analysis',
      statement:
        "Secure client attachment to the therapist goes with deeper, smoother sessions and a stronger working alliance; Bowlby's secure base is the model.",
      citations: [SOURCES.mallinckrodt2005, SOURCES.mallinckrodtJeong2015, SOURCES.bowlby1988],
    },
    {
      level: 'meta-analysis',
      statement:
        'Rupture–repair episodes were associated with better outcome (r = .24, 3 studies, 148 patients), and a 2018 update reported a moderate positive repair–outcome association.',
      citations: [SOURCES.safran2011, SOURCES.eubanks2018],
    },
  ],
  phases: ['assessment-formulation', 'stabilisation', 'working-through', 'consolidation-ending'],
  indications: ['relationship-distress', 'interpersonal-conflict', 'unresolved-trauma', 'depression', 'anxiety', 'loneliness', 'grief-loss'],
  contraindications: ['current-crisis'],
  cautions: [
    'An app is not a therapist: support the human relationship (alliance feedback, scheduling, ending preparation); do not simulate one or claim a therapeutic relationship.',
    'Manage boundaries: avoid fostering dependency or unlimited between-session contact.',
    "The therapist's own attachment style and defensiveness matter.",
    'Do not force a repair conversation while the person is dysregulated: stabilise first.',
    'Abrupt endings can be re-traumatising: give notice of breaks and endings.',
  ],
  strategies: [
    {
      strategy: 'deactivating',
      fit: 'suitable',
      adaptation:
        'Start with more emotional distance and a task focus, respect autonomy, and increase closeness gradually. Watch for withdrawal ruptures and quiet dropout; brief alliance check-ins help.',
    },
    {
      strategy: 'hyperactivating',
      fit: 'prioritise',
      adaptation:
        'Start warm and close within a clear, predictable frame, then gradually support autonomy and tolerance of distance. Prepare carefully for breaks and endings; avoid unlimited messaging and reassurance loops. May over-rate alliance forms.',
    },
    {
      strategy: 'disorganised',
      fit: 'prioritise',
      adaptation:
        'Lead with safety, predictability, transparency and choice. Expect abrupt ruptures and mistrust; repair them once the person is within the window of tolerance.',
    },
  ],
  deliveryModes: ['guided', 'therapist'],
  protocols: [
    {
      id: 'corrective.secure-base-stance',
      name: 'Therapist as secure base',
      aim: 'Be reliably available, attuned and encouraging of exploration.',
      steps: [
        'Keep a predictable frame: times, length, contact rules, notice of breaks.',
        "Track and name the person's feelings.",
        'Respond to bids for comfort without taking over.',
        'Encourage exploration once the person is settled.',
        "Attend to the person's reactions to separations and endings.",
      ],
      duration: 'Throughout therapy',
      phases: ['assessment-formulation', 'stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['therapist'],
      indications: ['relationship-distress', 'unresolved-trauma', 'interpersonal-conflict', 'loneliness'],
      contraindications: [],
      cautions: ['Boundary management: avoid fostering dependency or unlimited contact.', "The therapist's own attachment style matters."],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      strategyNotes: [
        'Distance calibration (Daly & Mallinckrodt 2009): deactivating, start with more distance and task focus and increase closeness gradually; hyperactivating, start warm and close and gradually encourage autonomy.',
      ],
      requiresScreening: false,
      evidence: {
        level: 'meta-analysis',
        statement:
          'The alliance correlates with outcome across hundreds of studies, and secure attachment to the therapist with deeper sessions; the stance itself has not been trialled as a protocol.',
        citations: [SOURCES.bowlby1988, SOURCES.flueckiger2018, SOURCES.mallinckrodt2005, SOURCES.mallinckrodtJeong2015, SOURCES.dalyMallinckrodt2009],
      },
    },
    {
      id: 'corrective.noncomplementary-response',
      name: "Gently challenging the person's attachment strategy",
      aim: "Respond in ways that do not simply confirm the person's expectations.",
      steps: [
        'Notice the pull (to rescue a preoccupied person, or to stay intellectual with a dismissing one).',
        'Do not act it out automatically.',
        'Offer a slightly different response: invite feeling with deactivating clients; invite reflection and containment with hyperactivating clients.',
        "Explore the person's reaction.",
      ],
      duration: 'Moment to moment',
      phases: ['working-through'],
      delivery: ['therapist'],
      indications: ['relationship-distress', 'interpersonal-conflict'],
      contraindications: [],
      cautions: ['Titrate the challenge: too much too soon leads to rupture or dropout.'],
      suitedStrategies: ['deactivating', 'hyperactivating'],
      requiresScreening: false,
      evidence: {
        level: 'theory',
        statement: 'Clinical theory; the key study (Dozier, Cue & Barnett 1994) was not retrieved.',
        citations: [SOURCES.dozier1994, SOURCES.wallin2007],
      },
    },
    {
      id: 'corrective.rupture-repair',
      name: 'Rupture and repair',
      aim: 'Turn breakdowns in collaboration into corrective experiences.',
      steps: [
        'Recognise markers: withdrawal (vague answers, compliance, topic shifts, silence) or confrontation (complaints, anger at the therapist or therapy).',
        'Immediate repair: explain the rationale, adjust the task or goal, clear up misunderstandings.',
        'Exploratory repair: name tentatively what seems to be happening between you; invite the person’s view.',
        'Empathise, stay non-defensive and own your part; explore the person’s experience.',
        'Withdrawal path: help the person move toward a clearer statement of discontent. Confrontation path: from anger to hurt, to vulnerability and the wish to be cared for.',
      ],
      duration: '5–20 min when a marker appears; may recur',
      phases: ['stabilisation', 'working-through'],
      delivery: ['therapist'],
      deliveryNote: 'Therapist-delivered; an app can at most prompt post-session feedback.',
      indications: ['relationship-distress', 'interpersonal-conflict', 'unresolved-trauma'],
      contraindications: ['current-crisis'],
      cautions: ['The therapist must manage their own defensiveness.', 'Do not force a repair conversation while the person is dysregulated: stabilise first.'],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      strategyNotes: [
        'Withdrawal ruptures are typical of deactivating and people-pleasing hyperactivating clients; confrontation ruptures of hyperactivating and fearful clients (unverified).',
      ],
      requiresScreening: false,
      evidence: {
        level: 'meta-analysis',
        statement:
          'Rupture–repair episodes were associated with better outcome (r = .24, 3 studies, 148 patients); rupture-resolution training showed promising but limited evidence.',
        citations: [SOURCES.safranMuran1996, SOURCES.safran2001, SOURCES.safran2011, SOURCES.eubanks2018],
      },
    },
    {
      id: 'corrective.alliance-monitoring',
      name: 'Routine alliance monitoring',
      aim: 'Detect a weakening alliance early and invite feedback.',
      steps: [
        'Give a brief client-rated alliance measure (WAI-SR, 12 items).',
        'Review the scores with the person.',
        'Treat drops as rupture markers and move to repair.',
        'Track the trend rather than single scores.',
      ],
      duration: 'WAI-SR about 3 min; after session 3–5, then every 4–6 sessions (practice guidance, partial)',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['guided'],
      deliveryNote: 'An app can administer and score the form inside a clinician-connected programme; a clinician reviews it.',
      indications: ['relationship-distress', 'interpersonal-conflict', 'depression', 'anxiety'],
      contraindications: [],
      cautions: [
        'Some people (people-pleasing, trauma) inflate scores to protect the relationship: pair with clinical judgement.',
        'WAI-SR item text is licensed separately: supply it in the app.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      strategyNotes: ['Hyperactivating: may over-rate. Deactivating: may under-engage with forms (unverified).'],
      requiresScreening: false,
      evidence: {
        level: 'clinical-practice',
        statement:
          'Recommended practice based on the goal–task–bond model and rupture research; the monitoring routine itself was not trialled in the sources cited here.',
        citations: [SOURCES.hatcherGillaspy2006, SOURCES.bordin1979, SOURCES.eubanks2018],
      },
    },
    {
      id: 'corrective.planned-ending',
      name: 'Attachment-sensitive breaks and ending',
      aim: 'Make separations predictable and discussable.',
      steps: [
        'Give advance notice of breaks and the ending.',
        'Invite feelings about it.',
        'Review gains and what the person will take with them.',
        'Agree follow-up or booster sessions and a crisis plan.',
      ],
      duration: 'Last 2–4 sessions; before each break',
      phases: ['consolidation-ending'],
      delivery: ['therapist', 'guided'],
      deliveryNote:
        'The ending conversation is in session. Guided use is limited to between-session reflection and reminders inside a clinician-connected programme; the app supports scheduling and reminders.',
      indications: ['relationship-distress', 'grief-loss', 'loneliness', 'unresolved-trauma'],
      contraindications: ['current-crisis'],
      cautions: ['Abrupt endings can be re-traumatising.', 'Always close with an up-to-date crisis plan.'],
      suitedStrategies: ['hyperactivating', 'disorganised', 'deactivating', 'security-based'],
      strategyNotes: ['Hyperactivating and fearful clients are the most sensitive to separation.'],
      requiresScreening: false,
      evidence: {
        level: 'theory',
        statement: "Follows Bowlby's work on separation and general clinical practice; no trials of ending protocols were found.",
        citations: [SOURCES.bowlby1973, SOURCES.stanleyBrown2012],
      },
    },
  ],
  measures: [
    { instrument: 'wai-sr', role: 'process', when: 'After session 3–5, then every 4–6 sessions; treat drops as rupture markers.' },
    { instrument: 'ecr-r', role: 'outcome', when: 'Baseline and end of treatment.' },
  ],
  evidenceDisclaimer: TECHNIQUE_EVIDENCE_DISCLAIMER,
  notes: [
    'Protocols, steps and cautions are paraphrased from the sources cited.',
    'The Client Attachment to Therapist Scale (CATS) also fits this work; the library does not score it, so it is not listed in measures.',
    '"Corrective emotional experience" (Alexander & French 1946) was not verified and is not cited.',
    'Decision: planned-ending allows guided delivery only for between-session reflection and reminders; a conservative choice, keeping the ending conversation itself in session.',
  ],
} as const satisfies Technique;

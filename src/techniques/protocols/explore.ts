import { SOURCES } from '../sources.js';
import { TECHNIQUE_EVIDENCE_DISCLAIMER, type Technique } from '../types.js';

/**
 * Technique 1, exploration of early attachment experiences: build a shared, coherent account of
 * how early care shaped current expectations of self and others, so present patterns become
 * recognisable and changeable.
 *
 * Memory-focused: screen before use, keep trauma details to headlines until the person is
 * stabilised, and never present output as an AAI classification. No protocol here has been
 * trial-tested on its own; see each protocol's `evidence`.
 *
 * @example
 * ```ts
 * explore.protocols.find((p) => p.id === 'explore.aai-informed-reflection')?.delivery; // => ['therapist']
 * ```
 * @category Techniques
 */
export const explore = {
  id: 'explore',
  name: 'Exploration of early attachment experiences',
  version: '1.0.0',
  aims: [
    'Build a shared, coherent understanding of how early caregiving shaped current expectations of self and others (internal working models).',
    'Make present relational patterns recognisable, so the person can ask whether those expectations still fit.',
    'Turn history into a working formulation that guides the treatment plan.',
  ],
  rationale: [
    {
      level: 'theory',
      statement:
        'Bowlby framed therapy as helping a person examine current relationships, the relationship with the therapist, and how current expectations derive from childhood experience, then consider whether those models still fit.',
      citations: [SOURCES.bowlby1988],
    },
    {
      level: 'theory',
      statement:
        'Attachment insecurity is a broad, transdiagnostic vulnerability factor, and enhancing security can help recovery; insecure strategies are hyperactivating (anxiety) or deactivating (avoidance).',
      citations: [SOURCES.mikulincerShaver2012, SOURCES.mikulincerShaver2003],
    },
    {
      level: 'meta-analysis',
      statement:
        'Across 36 studies (3,158 patients), securely attached patients had better outcomes, gains in security tended to coincide with better outcomes, and (preliminary) less secure patients may do better in therapies that focus on relationships.',
      citations: [SOURCES.levy2018],
    },
  ],
  phases: ['assessment-formulation', 'working-through'],
  indications: ['depression', 'anxiety', 'relationship-distress', 'interpersonal-conflict', 'grief-loss', 'parenting-stress', 'low-self-worth'],
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
    'Memory work can surface traumatic memories: keep trauma details to headlines until the person is stabilised.',
    'Defer deep exploration with active suicidality, self-harm, severe dissociation, very recent loss or trauma, or an unsafe home.',
    'Avoid blaming caregivers; keep hypotheses tentative and culturally sensitive (family structures vary).',
    'Details about relatives are third-party data: handle with privacy and consent in mind.',
    'Never reproduce the AAI question list, present app output as an AAI classification, or score users on narrative coherence.',
  ],
  strategies: [
    {
      strategy: 'deactivating',
      fit: 'prioritise',
      adaptation:
        'Use cognitive entry points (timeline, genogram, pattern formulation). Invite specific memories gently, since recall may be thin or idealised, and do not push.',
    },
    {
      strategy: 'hyperactivating',
      fit: 'introduce-carefully',
      adaptation:
        'Open-ended exploration can flood: use structure, time limits and summaries, stay in the past tense, and help contain strong feeling before moving on.',
    },
    {
      strategy: 'disorganised',
      fit: 'after-stabilisation',
      adaptation: 'Headlines only until stabilised; deeper memory work is therapist-led after the window of tolerance has widened (phase-based care).',
    },
  ],
  deliveryModes: ['self', 'guided', 'therapist'],
  protocols: [
    {
      id: 'explore.attachment-timeline',
      name: 'Attachment history timeline',
      aim: 'Map key relationships, separations, losses, moves and turning points across life.',
      steps: [
        'Agree scope and pacing; the person can leave blanks.',
        'Draw a line from birth to now.',
        'Mark caregivers, other significant adults, separations and losses, and major changes.',
        'For a few chosen points, note what was needed and what was received.',
        'Look for recurring patterns linking then and now.',
        'Close with grounding and what felt important.',
      ],
      duration: '1–3 sessions of 20–50 min; homework 20–40 min (unverified)',
      phases: ['assessment-formulation'],
      delivery: ['guided', 'self'],
      deliveryNote: 'Self-guided use is limited to headlines (no detail about painful events); fuller work is guided.',
      indications: ['depression', 'relationship-distress', 'interpersonal-conflict', 'grief-loss'],
      contraindications: [
        'active-suicidality',
        'self-harm',
        'severe-dissociation',
        'substance-intoxication',
        'recent-trauma',
        'current-crisis',
        'unsafe-living-situation',
      ],
      cautions: [
        'Can surface traumatic memories: headlines only until stabilised.',
        'Skip or defer with active suicidality, dissociation or very recent loss.',
        'Relatives are third parties: privacy and consent.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating', 'security-based'],
      strategyNotes: [
        'Deactivating: helps retrieve concrete memories, but expect thin recall; do not push.',
        'Hyperactivating: may flood; use structure and time limits.',
      ],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement: 'Generic clinical practice; no trials of the timeline itself were found. The framing follows Bowlby (1988).',
        citations: [SOURCES.bowlby1988],
      },
    },
    {
      id: 'explore.genogram',
      name: 'Genogram (three-generation family diagram)',
      aim: 'Visualise intergenerational relational patterns, losses, conflicts and cut-offs.',
      steps: [
        'Explain the purpose and the symbols.',
        'Draw three generations with standard symbols.',
        'Add relationship lines (close, conflicted, cut-off), key events, illnesses and migrations.',
        'Ask about patterns that repeat.',
        "Link them to the person's current relationships.",
      ],
      duration: '1–2 sessions of 30–60 min (unverified)',
      phases: ['assessment-formulation'],
      delivery: ['guided'],
      indications: ['interpersonal-conflict', 'grief-loss', 'relationship-distress', 'parenting-stress'],
      contraindications: ['recent-trauma', 'current-crisis'],
      cautions: [
        'Privacy of relatives.',
        'Cultural meanings of family differ; do not assume one family shape.',
        'May stir grief or anger.',
        'Beware interpretation bias: patterns are hypotheses.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      strategyNotes: ['Useful for deactivating clients as a "cognitive" entry point to emotional material (unverified).'],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement:
          "A long-established assessment tool from family therapy (origin in Bowen's family diagram); no outcome trials were found in the sources cited here.",
        citations: [SOURCES.mcgoldrick2020],
      },
    },
    {
      id: 'explore.aai-informed-reflection',
      name: 'AAI-inspired narrative reflection (not the AAI)',
      aim: 'Encourage a coherent, specific, balanced account of childhood attachment experiences.',
      steps: [
        'Invite a few words that describe each caregiver relationship.',
        'For each word, recall a specific memory that shows it.',
        'Reflect on what happened when the person was upset, hurt or ill as a child.',
        'Consider why caregivers may have acted as they did, and how it shapes the person now.',
        'Notice gaps, contradictions or flooding without judgement.',
      ],
      duration: '20–60 min, may span sessions (unverified)',
      phases: ['working-through'],
      delivery: ['therapist'],
      deliveryNote: 'Therapist-led only; an app may hold homework notes. Designed to be activating, so never self-guided.',
      indications: ['depression', 'relationship-distress', 'low-self-worth'],
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
        'The AAI itself is copyrighted and restricted; it is classified only by trained, reliability-certified coders. Do not reproduce its question list or classify anyone.',
        'Activating by design: therapist-led only with trauma histories.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating'],
      strategyNotes: [
        'Deactivating: push gently for specific memories (they tend to generalise or idealise).',
        'Hyperactivating: help contain, summarise and stay in the past tense (they tend to get entangled or angry). Inferred from AAI category descriptions (partial).',
      ],
      requiresScreening: true,
      evidence: {
        level: 'theory',
        statement:
          "Narrative coherence is the AAI's marker of security; this reflection borrows the idea but is not the AAI, is not an assessment, and has not been trialled.",
        citations: [SOURCES.georgeKaplanMain1996],
      },
    },
    {
      id: 'explore.pattern-formulation',
      name: 'Relational pattern formulation',
      aim: 'Turn history into a working hypothesis: trigger, expectations of self and other, strategy (hyperactivating or deactivating), consequences.',
      steps: [
        'Pick a recent upsetting relational episode.',
        'Identify the trigger, feelings, thoughts about self and other, and what the person did.',
        'Link to remembered early patterns.',
        'Name the strategy and its cost.',
        'Agree an experiment to test the expectation.',
      ],
      duration: '1–2 sessions, then revisited (unverified)',
      phases: ['assessment-formulation', 'working-through'],
      delivery: ['guided'],
      indications: ['relationship-distress', 'interpersonal-conflict', 'depression', 'anxiety', 'low-self-worth'],
      contraindications: ['current-crisis', 'severe-dissociation'],
      cautions: [
        'Avoid blaming caregivers.',
        'Cultural sensitivity.',
        'Keep hypotheses tentative.',
        'Linking to early patterns touches memories: headlines only outside sessions.',
      ],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      requiresScreening: false,
      evidence: {
        level: 'theory',
        statement: 'Built on the attachment-strategy model (hyperactivating and deactivating strategies); the formulation method itself has not been trialled.',
        citations: [SOURCES.mikulincerShaver2003, SOURCES.wallin2007],
      },
    },
  ],
  measures: [
    { instrument: 'ecr-r', role: 'outcome', when: 'Baseline and end of treatment (attachment changes slowly).' },
    { instrument: 'phq-9', role: 'monitoring', when: 'Each session or fortnightly during memory work; item 9 is always reviewed.' },
    { instrument: 'gad-7', role: 'monitoring', when: 'Each session or fortnightly during memory work.' },
  ],
  evidenceDisclaimer: TECHNIQUE_EVIDENCE_DISCLAIMER,
  notes: [
    'Protocols, steps and cautions are paraphrased from the sources cited; durations are unverified typical ranges.',
    'The IIP suits interpersonal outcomes; the library does not score it, so it is not listed in measures.',
    'Decision: the timeline allows self-guided use only in a headlines-only form, a conservative choice; the genogram and pattern formulation stay guided.',
    'No trials of exploration as a standalone technique were found.',
  ],
} as const satisfies Technique;

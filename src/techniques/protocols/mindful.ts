import { SOURCES } from '../sources.js';
import { TECHNIQUE_EVIDENCE_DISCLAIMER, type Technique } from '../types.js';

/**
 * Technique 5, mindfulness and self-compassion practices: non-judgemental awareness of present
 * experience (decentering from rumination and automatic attachment strategies), plus a kind,
 * caregiving response to one's own suffering.
 *
 * Meditation has real, usually transient side effects (in one MBCT sample 37% reported a negative
 * impact on functioning), and self-kindness can at first bring up old pain ("backdraft"):
 * trauma-sensitive defaults, short practices first, and a grounding exit are built in.
 *
 * @example
 * ```ts
 * mindful.protocols.find((p) => p.id === 'mindful.msc-programme')?.delivery; // => ['therapist']
 * ```
 * @category Techniques
 */
export const mindful = {
  id: 'mindful',
  name: 'Mindfulness and self-compassion practices',
  version: '1.0.0',
  aims: [
    'Build non-judgemental awareness of present experience, to step back from rumination and automatic attachment strategies.',
    'Meet one’s own suffering with kindness, a sense of common humanity and mindful awareness.',
    'Internalise the soothing function of a secure attachment figure.',
  ],
  rationale: [
    {
      level: 'theory',
      statement:
        'Self-compassion has three parts (self-kindness, common humanity, mindfulness) and can be seen as internalising the soothing function of a secure attachment figure (the latter link is only partly verified).',
      citations: [SOURCES.neff2003],
    },
    {
      level: 'meta-analysis',
      statement:
        'MBCT reduced the risk of depressive relapse within 60 weeks against usual care and other active treatments (individual-patient-data meta-analysis, 9 RCTs, 1,258 patients).',
      citations: [SOURCES.kuyken2016],
    },
    {
      level: 'meta-analysis',
      statement:
        'Self-compassion interventions had moderate effects on self-compassion, depression, anxiety, stress and self-criticism (27 RCTs), but did not clearly outperform active controls.',
      citations: [SOURCES.ferrari2019, SOURCES.kirby2017, SOURCES.wilson2018],
    },
    {
      level: 'trial',
      statement:
        'Meditation-related side effects are common and mostly transient; within a trial of three MBCT variants (n = 96), lasting bad effects (6–14%) were linked to dysregulated arousal, at rates similar to other psychological treatments.',
      citations: [SOURCES.britton2021, SOURCES.baer2019, SOURCES.cebolla2017, SOURCES.lindahl2017],
    },
  ],
  phases: ['stabilisation', 'working-through', 'consolidation-ending'],
  indications: ['depression', 'anxiety', 'low-self-worth', 'emotion-dysregulation', 'grief-loss', 'loneliness', 'interpersonal-conflict'],
  contraindications: ['psychosis', 'severe-dissociation', 'current-crisis', 'substance-intoxication', 'recent-trauma'],
  cautions: [
    'Pause practice during active psychosis, severe dissociation or acute crisis.',
    'The breath as an anchor can trigger panic or trauma memories: offer other anchors (sounds, feet, hands, an object).',
    'Body-focused work is a common trigger after trauma: keep it short, offer choice of body areas, eyes open and a skip option.',
    'Backdraft: self-kindness can at first bring up old pain, especially with insecure attachment or high self-criticism. Start with a moderate difficulty, never the worst.',
    'Soothing touch can be unwelcome for trauma survivors: always optional.',
    'Unwanted effects were more common with focused attention, sessions over 20 minutes, and practising alone: start short.',
    'The MSC curriculum is proprietary and MSC, MBCT and Brach scripts are copyrighted: do not reproduce them.',
  ],
  strategies: [
    {
      strategy: 'hyperactivating',
      fit: 'prioritise',
      adaptation:
        'Use mindfulness to step back from rumination and self-compassion to self-soothe instead of seeking external reassurance; allow feelings without amplifying them; loving-kindness toward the self.',
    },
    {
      strategy: 'deactivating',
      fit: 'introduce-carefully',
      adaptation:
        'Offer gentle, brief contact with inner experience; frame self-compassion as a practical skill (it may feel awkward or "soft"); begin loving-kindness with others rather than the self; keep body work titrated.',
    },
    {
      strategy: 'disorganised',
      fit: 'introduce-carefully',
      adaptation:
        'Short, trauma-sensitive practices only in stabilisation (eyes open, choice of anchor, grounding exit); long body scans are therapist-only and come later.',
    },
  ],
  deliveryModes: ['self', 'guided', 'therapist'],
  protocols: [
    {
      id: 'mindful.breath',
      name: 'Mindfulness of breath (or another anchor)',
      aim: 'Train attention and non-reactive awareness.',
      steps: [
        'Choose a posture; eyes open or lowered is fine.',
        'Choose an anchor: breath, sounds, feet on the floor or hands.',
        'Rest attention there.',
        'When the mind wanders, notice where it went and kindly return.',
        'End by widening attention to the room.',
      ],
      duration: '3–20 min (start with 3–5)',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['depression', 'anxiety', 'emotion-dysregulation'],
      contraindications: ['psychosis', 'severe-dissociation', 'current-crisis'],
      cautions: [
        'The breath can trigger panic or trauma for some: offer other anchors.',
        'Pause during active psychosis, severe dissociation or acute crisis.',
      ],
      suitedStrategies: ['hyperactivating', 'deactivating'],
      strategyNotes: ['Hyperactivating: decentering from rumination. Deactivating: gentle contact with inner experience.'],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement:
          'A core practice of MBCT, which reduced depressive relapse in a meta-analysis of RCTs; a short standalone practice has not itself been trialled in the sources cited here.',
        citations: [SOURCES.kuyken2016, SOURCES.segal2013, SOURCES.dobkin2012, SOURCES.treleaven2018],
      },
    },
    {
      id: 'mindful.body-scan',
      name: 'Body scan',
      aim: 'Build awareness and tolerance of body sensations.',
      steps: [
        'Lying or sitting, eyes optional.',
        'Move attention slowly through body areas.',
        'Notice sensations without changing them.',
        'Permission to skip areas, move, open the eyes, or return to a neutral area (feet, hands).',
        'Close with whole-body awareness and grounding.',
      ],
      duration: 'MBSR/MBCT versions 20–45 min (partial); trauma-sensitive versions 5–10 min (unverified)',
      phases: ['stabilisation', 'working-through'],
      delivery: ['self', 'guided'],
      deliveryNote: 'Self-guided only in a short, trauma-sensitive form; long versions are guided.',
      indications: ['anxiety', 'depression', 'emotion-dysregulation'],
      contraindications: ['psychosis', 'severe-dissociation', 'current-crisis', 'substance-intoxication', 'recent-trauma'],
      cautions: [
        'Body-focused work is a common trigger in trauma and dissociation: shorter, choice of areas, eyes open, skip option.',
        'Lasting harms in MBCT were linked to dysregulated arousal.',
      ],
      suitedStrategies: ['deactivating'],
      strategyNotes: ['Deactivating: reconnect with body signals of emotion, with titration. Fearful: only with a therapist.'],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement:
          'Part of MBSR and MBCT; its harms are better documented than its standalone benefits. Trauma-sensitive adaptations follow expert guidance, not trials.',
        citations: [SOURCES.britton2021, SOURCES.treleaven2018, SOURCES.baer2019],
      },
    },
    {
      id: 'mindful.rain',
      name: 'RAIN (Recognize, Allow, Investigate, Nurture)',
      aim: 'Meet a difficult emotion with mindful awareness and then self-compassion.',
      steps: [
        'Recognize what is happening (name it).',
        'Allow it to be there without fixing.',
        'Investigate with kindness: where it is felt in the body, what it believes, what it needs.',
        'Nurture with self-compassion (a kind message, gesture or imagined caring presence).',
        'Rest afterwards in open awareness.',
      ],
      duration: "Brach's guided versions about 10–30 min",
      phases: ['working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['low-self-worth', 'depression', 'anxiety', 'emotion-dysregulation'],
      contraindications: ['severe-dissociation', 'current-crisis', 'recent-trauma'],
      cautions: ['"Investigate" can deepen into traumatic material: keep it brief and return to Nurture or grounding.', 'Backdraft.'],
      suitedStrategies: ['hyperactivating', 'deactivating'],
      strategyNotes: ['Hyperactivating: allow without amplifying. Deactivating: turn toward the feeling.'],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement:
          'A widely taught practice (acronym attributed to Michele McDonald, developed by Tara Brach); no trials were found in the sources cited here.',
        citations: [SOURCES.brach2020],
      },
    },
    {
      id: 'mindful.self-compassion-break',
      name: 'Self-compassion break',
      aim: 'Respond to a hard moment with the three parts of self-compassion.',
      steps: [
        'Bring to mind a moderately difficult situation and notice it in the body.',
        'Mindfulness: acknowledge that this is painful right now.',
        'Common humanity: struggle is part of being human; others feel this too.',
        'Self-kindness: an optional soothing touch and a kind phrase you need to hear.',
      ],
      duration: '3–5 min',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['low-self-worth', 'depression', 'anxiety'],
      contraindications: ['severe-dissociation', 'current-crisis'],
      cautions: ['Backdraft.', 'Soothing touch can be unwelcome for trauma survivors: optional.', 'Do not start with the most painful topic.'],
      suitedStrategies: ['hyperactivating', 'deactivating'],
      strategyNotes: [
        'Hyperactivating: self-soothing replaces external reassurance. Deactivating: may feel awkward or "soft"; frame as a practical skill (unverified).',
      ],
      requiresScreening: true,
      evidence: {
        level: 'clinical-practice',
        statement:
          'Self-compassion interventions as a family had moderate effects in 27 RCTs, but this short practice has not been trialled on its own in the sources cited here.',
        citations: [SOURCES.neffBreak, SOURCES.neff2003, SOURCES.ferrari2019, SOURCES.gilbert2011],
      },
    },
    {
      id: 'mindful.compassionate-letter',
      name: 'Compassionate letter to self',
      aim: 'Replace harsh self-criticism with a caring, balanced view.',
      steps: [
        'Write about something you judge in yourself and how it makes you feel.',
        'Imagine a friend who is accepting, knows your history and limits, and wants the best for you.',
        "Write a letter to yourself from that friend's view: understanding, encouragement, gentle suggestions.",
        'Put it aside for about 15 min.',
        'Re-read it slowly and let the words land; re-read when needed.',
      ],
      duration: '15–30 min plus re-reads',
      phases: ['working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['low-self-worth', 'depression'],
      contraindications: ['current-crisis'],
      cautions: ['Backdraft.', 'Some cannot imagine a compassionate other: use a real kind person, a pet or a wise figure.', 'Avoid during a current crisis.'],
      suitedStrategies: ['hyperactivating', 'deactivating', 'disorganised'],
      strategyNotes: ['Fearful clients in stabilisation only with support (unverified).'],
      requiresScreening: false,
      evidence: {
        level: 'clinical-practice',
        statement: 'A published self-compassion writing exercise; no trials of the letter on its own were found in the sources cited here.',
        citations: [SOURCES.neffLetter, SOURCES.neff2003],
      },
    },
    {
      id: 'mindful.loving-kindness',
      name: 'Loving-kindness meditation',
      aim: 'Cultivate warmth toward self and others.',
      steps: [
        'Settle.',
        'Bring to mind someone easy to feel warmth for; silently offer simple wishes (safety, health, ease).',
        'Extend the wishes to yourself.',
        'Optionally extend them to a neutral person, a difficult person, all beings.',
        'Return to the breath or another anchor.',
      ],
      duration: '10–20 min (unverified)',
      phases: ['stabilisation', 'working-through', 'consolidation-ending'],
      delivery: ['self'],
      indications: ['depression', 'low-self-worth', 'interpersonal-conflict', 'loneliness'],
      contraindications: ['recent-trauma', 'current-crisis'],
      cautions: ['Backdraft or grief.', 'Starting with the self is often hardest for insecure or self-critical people: start with a kind person or a pet.'],
      suitedStrategies: ['deactivating', 'hyperactivating'],
      strategyNotes: ['Deactivating: warmth toward others. Hyperactivating: toward the self (unverified).'],
      requiresScreening: true,
      evidence: {
        level: 'meta-analysis',
        statement:
          'Loving-kindness practice had medium effects on daily positive emotions (24 studies), and kindness-based meditation reduced depression against passive controls; results against active controls were inconclusive, and exposure may at first be challenging.',
        citations: [SOURCES.zeng2015, SOURCES.galante2014],
      },
    },
    {
      id: 'mindful.msc-programme',
      name: 'Mindful Self-Compassion 8-week programme (structure only)',
      aim: 'Structured group training in self-compassion.',
      steps: ['Weekly sessions over 8 weeks plus home practice, taught by trained teachers.'],
      duration: '8 weeks',
      phases: ['working-through', 'consolidation-ending'],
      delivery: ['therapist'],
      deliveryNote: 'External: a proprietary curriculum taught by trained teachers. The library refers to it and never reproduces it.',
      indications: ['low-self-worth', 'depression', 'anxiety'],
      contraindications: [],
      cautions: ['Proprietary curriculum: do not reproduce.'],
      suitedStrategies: ['deactivating', 'hyperactivating', 'disorganised', 'security-based'],
      requiresScreening: false,
      evidence: {
        level: 'trial',
        statement: 'An RCT (n = 52) found larger gains in self-compassion, mindfulness and wellbeing than a waitlist, maintained at 6 and 12 months.',
        citations: [SOURCES.neffGermer2013],
      },
    },
  ],
  measures: [
    { instrument: 'maas', role: 'outcome', when: 'Baseline, mid-point and end.' },
    { instrument: 'scs-sf', role: 'outcome', when: 'Baseline, mid-point and end.' },
    { instrument: 'phq-9', role: 'monitoring', when: 'Each session or fortnightly.' },
    { instrument: 'gad-7', role: 'monitoring', when: 'Each session or fortnightly.' },
  ],
  evidenceDisclaimer: TECHNIQUE_EVIDENCE_DISCLAIMER,
  notes: [
    'Protocols, steps and cautions are paraphrased from the sources cited.',
    'The FFMQ (mindfulness facets) and the Fears of Compassion Scales (FCS, to anticipate backdraft) also fit this work; the library does not score them, so they are not listed in measures.',
    'Decision: a standalone short practice is rated "clinical-practice" even when the programme containing it was trialled.',
  ],
} as const satisfies Technique;

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyAttachment } from '../../attachment/classify.js';
import { renderProgressReport } from '../../charts/index.js';
import { personalize } from '../../exercises/personalize.js';
import { renderText } from '../../exercises/render/text.js';
import { renderTimeline } from '../../exercises/render/timeline.js';
import { regulatePacedBreathing } from '../../exercises/scripts/regulate-paced-breathing.js';
import { ecrR } from '../../instruments/ecr-r.js';
import { gad7 } from '../../instruments/gad-7.js';
import { phq9 } from '../../instruments/phq-9.js';
import { nhsTalkingTherapiesTrajectory } from '../../outcomes/trajectory.js';
import { crisisHelp } from '../../safety/crisis-resources.js';
import { safeParseIntake } from '../../schemas/intake.js';
import { planFromIntake } from '../../schemas/plan-from-intake.js';
import { score } from '../../scoring/score.js';
import { parse, positionals } from '../_args.js';
import { EXIT } from '../_errors.js';
import { out } from '../_io.js';

/** The `--help` text of `securebase demo`. */
export const DEMO_HELP = `Usage: securebase demo

A short tour of securebase with made-up data (no real people): scores a small ECR-R
cohort and derives attachment styles with an explicit method; follows PHQ-9 and GAD-7
over six sessions with their risk flags; renders a guided exercise; and makes a
treatment plan from an intake. \`npm run demo\` in a clone prints the same.

Options
  -h, --help   show this help

Exit codes: 0 ok; 2 usage error.`;

/** Made-up target levels (1–7) for 12 people: attachment anxiety and avoidance. */
const TARGETS: readonly (readonly [number, number])[] = [
  [2, 2],
  [2, 5],
  [3, 6],
  [5, 2],
  [6, 3],
  [5, 6],
  [2, 3],
  [3, 2],
  [6, 5],
  [4, 4],
  [5, 5],
  [3, 4],
];

/**
 * Twelve made-up ECR-R response sets from a fixed pattern (no randomness): each person's answers
 * sit around their target level, with a small fixed wobble, and reverse-keyed items are answered
 * the other way round so the scores land near the targets.
 */
export function demoCohort(): number[][] {
  const scaleOf = new Map<string, { reversed: boolean; anxiety: boolean }>();
  for (const s of ecrR.scales)
    for (const id of s.items) scaleOf.set(id, { reversed: (s.reversed as readonly string[]).includes(id), anxiety: s.id === 'anxiety' });
  return TARGETS.map(([anx, avo], p) =>
    ecrR.items.map((it, i) => {
      const k = scaleOf.get(it.id) ?? { reversed: false, anxiety: true };
      const wobble = ((i * 7 + p * 3) % 5) - 2;
      const level = Math.min(7, Math.max(1, (k.anxiety ? anx : avo) + wobble));
      return k.reversed ? 8 - level : level;
    }),
  );
}

const fix = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

/**
 * The demo's text, the same for `securebase demo` and `npm run demo` (examples/demo.mjs calls it):
 * pure, no clock or randomness, made-up data only.
 */
export function demoText(): string {
  const scale = ecrR.responseScales.default;
  const method = { kind: 'midpoint', scaleMin: scale.min, scaleMax: scale.max } as const;
  const lines: string[] = [
    'securebase demo: a short tour with made-up data (these are not real people)',
    '',
    `1. Scoring a made-up ${ecrR.abbreviation} cohort (${TARGETS.length} people, ${ecrR.items.length} items each)`,
    '',
    '   person  anxiety  avoidance  derived style (midpoint)  distance to boundary',
  ];
  let caveat = '';
  let tie = '';
  demoCohort().forEach((answers, p) => {
    const r = score(ecrR, answers);
    const anxiety = r.scales.anxiety.value;
    const avoidance = r.scales.avoidance.value;
    let style = '–';
    let distance = '–';
    if (anxiety !== null && avoidance !== null) {
      const c = classifyAttachment({ anxiety, avoidance }, method);
      style = c.style;
      distance = `${c.distanceToBoundary.toFixed(2)} (${c.nearestBoundary})`;
      caveat = c.caveat;
      tie = c.tieRule;
    }
    lines.push(`   P${String(p + 1).padStart(2, '0')}     ${fix(anxiety).padEnd(7)}  ${fix(avoidance).padEnd(9)}  ${style.padEnd(24)}  ${distance}`);
  });
  const cut = (scale.min + scale.max) / 2;
  lines.push(
    '',
    `   Scores are the means of each subscale on ${scale.min}–${scale.max}, after reverse keying.`,
    `   Method: midpoint of the response scale, so the cut-off is ${cut} on both dimensions. ${tie}`,
    `   ${caveat}`,
  );
  lines.push(...careSection(), ...exerciseSection(), ...planSection());
  lines.push(
    '',
    'Try: securebase instruments, securebase score ecr-r answers.csv, securebase exercise --list',
    'securebase supports clinical work; it is not a substitute for professional care.',
  );
  return `${lines.join('\n')}\n`;
}

/** Made-up PHQ-9 and GAD-7 answers of one made-up client at sessions 1–6. */
export const DEMO_SESSIONS = [
  { phq9: [2, 2, 2, 1, 2, 2, 1, 1, 0, 2], gad7: [2, 2, 2, 1, 1, 2, 1, 1] },
  { phq9: [2, 2, 1, 1, 2, 2, 1, 1, 1, 2], gad7: [2, 2, 1, 1, 1, 2, 1, 1] },
  { phq9: [1, 2, 1, 1, 1, 2, 1, 1, 0, 1], gad7: [1, 2, 1, 1, 1, 1, 1, 1] },
  { phq9: [1, 1, 1, 1, 1, 1, 1, 0, 0, 1], gad7: [1, 1, 1, 1, 1, 1, 0, 1] },
  { phq9: [1, 1, 0, 1, 1, 1, 0, 0, 0, 1], gad7: [1, 1, 1, 0, 1, 1, 0, 0] },
  { phq9: [0, 1, 0, 1, 1, 0, 0, 0, 0, 0], gad7: [1, 1, 0, 0, 0, 1, 0, 0] },
] as const;

function careSection(): string[] {
  const lines = [
    '',
    '2. Measurement-based care (made-up data): PHQ-9 and GAD-7 at sessions 1-6',
    '',
    '   session  PHQ-9 (band)                GAD-7 (band)        flags',
  ];
  const points = DEMO_SESSIONS.map((s, i) => {
    const p = score(phq9, s.phq9);
    const g = score(gad7, s.gad7);
    const flags = [...p.flags, ...g.flags].map((f) => `${f.level.toUpperCase()}: ${f.message}`);
    const cell = (r: typeof p | typeof g) => `${r.scales.total.value ?? '–'} (${r.scales.total.band?.label ?? '–'})`;
    lines.push(`   ${String(i + 1).padEnd(8)} ${cell(p).padEnd(27)} ${cell(g).padEnd(19)} ${flags.join(' ') || '-'}`);
    return { at: i + 1, phq9: p, gad7: g };
  });
  const t = nhsTalkingTherapiesTrajectory(points);
  lines.push(
    `   NHS Talking Therapies: reliable improvement first at session ${t.firstReliableImprovement?.at ?? '-'}, reliable recovery first at session ${t.firstReliableRecovery?.at ?? '-'}`,
    '   A risk flag is shown with every result; it is never summed away or filtered out.',
  );
  // The same flag as the person would see it: its own words, then the crisis help of the region the
  // app names (numbers come only from the sourced safety data; with no region, none is named).
  const flagged = points.find((p) => p.phq9.flags.length > 0);
  const f = flagged?.phq9.flags[0];
  if (flagged && f) {
    lines.push(`   For the person (session ${flagged.at}): ${f.clientMessage}`);
    for (const region of ['GB', 'AU', undefined] as const)
      lines.push(`   ${region ? `Region ${region}` : 'No region given'}: ${crisisHelp(region ? { region } : undefined).text}`);
  }
  return lines;
}

function exerciseSection(): string[] {
  const exercise = personalize(regulatePacedBreathing, { name: 'Sam', variant: 'brief' });
  const timeline = renderTimeline(exercise);
  return [
    '',
    `3. Exercise "${exercise.title}" for Sam (${exercise.variant} variant, ${Math.round(timeline.totalSeconds)} s with the safety note)`,
    '',
    ...renderText(exercise)
      .split('\n')
      .slice(0, 14)
      .map((l) => `   ${l}`.trimEnd()),
    '   ...',
  ];
}

function planSection(): string[] {
  const no = { answer: 'no' } as const;
  const intake = {
    concerns: { anxiety: { detail: 'Worse since the move.' } },
    attachmentHistory: { caregivers: [{ label: 'Mum', relationship: 'mother' }], separationsAndLosses: [] },
    currentRelationships: [{ relationship: 'partner', quality: 'mixed' }],
    riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
    contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
    preferences: { deliveryMode: 'self', language: 'en' },
  };
  const lines = ['', '4. Intake and treatment plan (made-up client)', '', `   intake valid: ${safeParseIntake(intake).ok}`];
  const plan = planFromIntake({
    intake,
    measures: { 'phq-9': [1, 1, 0, 1, 0, 1, 0, 0, 0, 1] },
    attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
  });
  if (plan.ok) {
    lines.push(`   ${plan.value.disclaimer}`, `   ${plan.value.attachment.method}`);
    for (const t of plan.value.techniques) lines.push(`   ${t.rank}. ${t.name}: ${t.reason}`);
    lines.push(
      `   first exercises: ${plan.value.exercises
        .slice(0, 3)
        .map((e) => e.title)
        .join(', ')}`,
    );
  } else for (const i of plan.issues) lines.push(`   plan refused: ${i.message}`);
  const bad = safeParseIntake({ ...intake, riskScreen: { ...intake.riskScreen, selfHarm: { answer: 'yes' } } });
  lines.push('   a malformed intake (a "yes" on self-harm with no recency) is refused:');
  if (!bad.ok) for (const i of bad.issues) lines.push(`   - ${i.message}`);
  return lines;
}

/** The made-up client's course as the progress report takes it: PHQ-9 and GAD-7 at each session. */
export const demoCourse = () =>
  DEMO_SESSIONS.flatMap((s, i) => [
    { at: i + 1, result: score(phq9, s.phq9) },
    { at: i + 1, result: score(gad7, s.gad7) },
  ]);

/**
 * The whole demo, as `securebase demo` and `npm run demo` both run it: writes the made-up client's
 * progress report (HTML, the chart inline) to the system's temporary folder and returns the demo
 * text with the report's path.
 */
export function runDemo(): string {
  const path = join(tmpdir(), 'securebase-demo-report.html');
  writeFileSync(path, renderProgressReport({ name: 'Made-up client', results: demoCourse() }, { format: 'html' }));
  return `${demoText()}
The made-up client's progress report, with the chart (open it in a browser): ${path}
`;
}

/** `securebase demo`. */
export async function demoCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('demo', args, {});
  if (v.help) {
    await out(`${DEMO_HELP}\n`);
    return EXIT.ok;
  }
  positionals('demo', pos, 0, 0, '');
  await out(runDemo());
  return EXIT.ok;
}

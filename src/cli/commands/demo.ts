import { classifyAttachment } from '../../attachment/classify.js';
import { ecrR } from '../../instruments/ecr-r.js';
import { score } from '../../scoring/score.js';
import { parse, positionals } from '../_args.js';
import { EXIT } from '../_errors.js';
import { out } from '../_io.js';

/** The `--help` text of `securebase demo`. */
export const DEMO_HELP = `Usage: securebase demo

A short tour of securebase with made-up data (no real people): scores a small ECR-R
cohort and derives attachment styles with an explicit method.

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

/** `securebase demo`. */
export async function demoCommand(args: readonly string[]): Promise<number> {
  const { values: v, positionals: pos } = parse('demo', args, {});
  if (v.help) {
    await out(`${DEMO_HELP}\n`);
    return EXIT.ok;
  }
  positionals('demo', pos, 0, 0, '');
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
    '',
    'Try: securebase instruments, securebase score ecr-r answers.csv, securebase exercise --list',
    'securebase supports clinical work; it is not a substitute for professional care.',
  );
  await out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

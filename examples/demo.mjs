// npm run demo: a short tour of securebase on bundled, made-up data (no real person's answers).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { classifyAttachment, ecrR, score } from 'securebase';

const here = new URL('.', import.meta.url);
const line = (s = '') => process.stdout.write(`${s}\n`);

// 1. Attachment: score a made-up ECR-R cohort; dimensions first, the style derived with a stated method.
const rows = parse(readFileSync(new URL('data/ecr-r-cohort.csv', here)), { columns: true, skip_empty_lines: true });
const method = { kind: 'midpoint', scaleMin: 1, scaleMax: 7 };
line('1. ECR-R cohort (made-up data), Fraley numbering: anxiety items 1-18, avoidance items 19-36');
line(`   style method: ${method.kind} of the 1-7 scale; ties: a score at the cut-off counts as high`);
line('   person  anxiety  avoidance  style                 distance to boundary');
for (const row of rows) {
  const answers = ecrR.items.map((item) => Number(row[String(item.number)]));
  const r = score(ecrR, answers);
  const d = { anxiety: r.scales.anxiety.value, avoidance: r.scales.avoidance.value };
  const c = classifyAttachment(d, method);
  line(
    `   ${row.person.padEnd(7)} ${d.anxiety.toFixed(2).padStart(7)}  ${d.avoidance.toFixed(2).padStart(9)}  ${c.style.padEnd(20)}  ${c.distanceToBoundary.toFixed(2)}`,
  );
}
line('   A style label is a derived convenience; attachment is measured as two dimensions, not types.');

// 2. Measurement-based care: PHQ-9 and GAD-7 at sessions 1-6 for one made-up client.
const { phq9, gad7, nhsTalkingTherapiesTrajectory } = await import('securebase');
const sessions = [
  { phq9: [2, 2, 2, 1, 2, 2, 1, 1, 0, 2], gad7: [2, 2, 2, 1, 1, 2, 1, 1] },
  { phq9: [2, 2, 1, 1, 2, 2, 1, 1, 1, 2], gad7: [2, 2, 1, 1, 1, 2, 1, 1] },
  { phq9: [1, 2, 1, 1, 1, 2, 1, 1, 0, 1], gad7: [1, 2, 1, 1, 1, 1, 1, 1] },
  { phq9: [1, 1, 1, 1, 1, 1, 1, 0, 0, 1], gad7: [1, 1, 1, 1, 1, 1, 0, 1] },
  { phq9: [1, 1, 0, 1, 1, 1, 0, 0, 0, 1], gad7: [1, 1, 1, 0, 1, 1, 0, 0] },
  { phq9: [0, 1, 0, 1, 1, 0, 0, 0, 0, 0], gad7: [1, 1, 0, 0, 0, 1, 0, 0] },
];
line();
line('2. Measurement-based care (made-up data): PHQ-9 and GAD-7 at sessions 1-6');
line('   session  PHQ-9 (band)                GAD-7 (band)        flags');
const points = sessions.map((s, i) => {
  const p = score(phq9, s.phq9);
  const g = score(gad7, s.gad7);
  const flags = [...p.flags, ...g.flags].map((f) => `${f.level.toUpperCase()}: ${f.message}`);
  line(
    `   ${String(i + 1).padEnd(8)} ${`${p.scales.total.value} (${p.scales.total.band?.label})`.padEnd(27)} ${`${g.scales.total.value} (${g.scales.total.band?.label})`.padEnd(19)} ${flags.join(' ') || '-'}`,
  );
  return { at: i + 1, phq9: p, gad7: g };
});
const t = nhsTalkingTherapiesTrajectory(points);
line(
  `   NHS Talking Therapies: reliable improvement first at session ${t.firstReliableImprovement?.at ?? '-'}, reliable recovery first at session ${t.firstReliableRecovery?.at ?? '-'}`,
);
line('   A risk flag is shown with every result; it is never summed away or filtered out.');
// The same flag, as the person would see it: its own message, then the crisis help of the region
// the app names (the numbers come only from securebase's sourced safety data; with no region, none).
const { crisisHelp } = await import('securebase');
const flagged = points.find((p) => p.phq9.flags.length > 0);
if (flagged) {
  const f = flagged.phq9.flags[0];
  line(`   For the person (session ${flagged.at}): ${f.clientMessage}`);
  for (const region of ['GB', 'AU', undefined]) {
    line(`   ${region ? `Region ${region}` : 'No region given'}: ${crisisHelp(region ? { region } : undefined).text}`);
  }
}
// The same course as a chart: a progress report (HTML, the SVG chart inline) written to a file.
const { renderProgressReport } = await import('securebase/charts');
const { writeFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { tmpdir } = await import('node:os');
const reportPath = join(tmpdir(), 'securebase-demo-report.html');
const results = points.flatMap((p) => [
  { at: p.at, result: p.phq9 },
  { at: p.at, result: p.gad7 },
]);
writeFileSync(reportPath, renderProgressReport({ name: 'Made-up client', results }, { format: 'html' }));
line(`   Progress report with the chart (open in a browser): ${reportPath}`);

// 3. An exercise, personalised and rendered (the words are ours; grade 8 or below; safety note first).
const { personalize, renderText, renderTimeline, regulatePacedBreathing } = await import('securebase');
const exercise = personalize(regulatePacedBreathing, { name: 'Sam', variant: 'brief' });
const timeline = renderTimeline(exercise);
line();
line(`3. Exercise "${exercise.title}" for Sam (${exercise.variant} variant, ${Math.round(timeline.totalSeconds)} s with the safety note)`);
for (const l of renderText(exercise).split('\n').slice(0, 14)) line(`   ${l}`);
line('   ...');

// 4. Intake validated, a treatment plan made, and the error a malformed intake gets.
const { planFromIntake, safeParseIntake } = await import('securebase/schemas');
const no = { answer: 'no' };
const intake = {
  concerns: { anxiety: { detail: 'Worse since the move.' } },
  attachmentHistory: { caregivers: [{ label: 'Mum', relationship: 'mother' }], separationsAndLosses: [] },
  currentRelationships: [{ relationship: 'partner', quality: 'mixed' }],
  riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
  contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
  preferences: { deliveryMode: 'self', language: 'en' },
};
line();
line('4. Intake and treatment plan (made-up client)');
line(`   intake valid: ${safeParseIntake(intake).ok}`);
const plan = planFromIntake({
  intake,
  measures: { 'phq-9': [1, 1, 0, 1, 0, 1, 0, 0, 0, 1] },
  attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
});
if (plan.ok) {
  line(`   ${plan.value.disclaimer}`);
  line(`   ${plan.value.attachment.method}`);
  for (const t of plan.value.techniques) line(`   ${t.rank}. ${t.name}: ${t.reason}`);
  line(
    `   first exercises: ${plan.value.exercises
      .slice(0, 3)
      .map((e) => e.title)
      .join(', ')}`,
  );
}
const bad = safeParseIntake({ ...intake, riskScreen: { ...intake.riskScreen, selfHarm: { answer: 'yes' } } });
line('   a malformed intake (a "yes" on self-harm with no recency) is refused:');
if (!bad.ok) for (const i of bad.issues) line(`   - ${i.message}`);

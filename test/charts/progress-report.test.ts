import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderProgressReport } from '../../src/charts/index.js';
import { gad7, maas, phq9, planTreatment, score } from '../../src/index.js';
import { demoResults } from './_demo.js';

const NOT_DIAGNOSIS = "This report supports a clinician's judgement. It is not a diagnosis.";

describe('renderProgressReport', () => {
  it('puts the statement first, then current flags, then the measures, the NHS outcomes and the sources', () => {
    const md = renderProgressReport({ name: 'A. B.', results: demoResults() });
    const order = [
      '# Progress report: A. B.',
      `**${NOT_DIAGNOSIS}**`,
      '## Current flags',
      '### Earlier flags',
      '## Measures over time',
      '### PHQ-9 total',
      '### GAD-7 total',
      '## NHS Talking Therapies outcomes',
      '## Sources',
    ].map((h) => md.indexOf(h));
    expect(order.every((k) => k >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(md.trimEnd().endsWith(`**${NOT_DIAGNOSIS}**`)).toBe(true);
  });

  it('lists a flag on the latest result as current, with the clinician message, and earlier ones after', () => {
    const results = [
      { at: 1, result: score(phq9, [2, 2, 2, 2, 2, 2, 2, 2, 1, 1]) },
      { at: 2, result: score(phq9, [2, 2, 2, 2, 2, 2, 2, 2, 2, 1]) },
    ];
    const md = renderProgressReport({ results }, {});
    const current = md.slice(md.indexOf('## Current flags'), md.indexOf('### Earlier flags'));
    expect(current).toContain('- urgent: PHQ-9 (phq9-item9) at session 2. This person said they have had thoughts');
    const earlier = md.slice(md.indexOf('### Earlier flags'), md.indexOf('## Measures over time'));
    expect(earlier).toContain('- urgent: PHQ-9 (phq9-item9) at session 1.');
    expect(md.startsWith('# Progress report\n')).toBe(true);
  });

  it('says there is no current flag without saying the person is safe', () => {
    const md = renderProgressReport({ results: demoResults() });
    expect(md).toContain('No flag on the latest result of any measure. This does not mean the person is safe');
  });

  it('reports reliable change with its source, and the NHS outcomes of the paired measures (worked example)', () => {
    const md = renderProgressReport({ results: demoResults() });
    // PHQ-9 18 → 5 (fall 13 ≥ 6) and GAD-7 12 → 4 (fall 8 ≥ 4): reliable improvement; both were
    // cases at the start (18 ≥ 10) and are below caseness at the end (5 < 10, 4 < 8): recovered.
    expect(md).toContain('- Reliable change: reliable improvement (first at session 3); last score 5 against first 18');
    expect(md).toContain('- Rule: a change of 6 points or more is reliable. Source: NHS Talking Therapies (formerly IAPT) thresholds');
    expect(md).toContain('| session 5 | 5 | Mild | -13 |  |');
    for (const line of ['Case at the start: yes', 'Reliable improvement: yes', 'Reliable deterioration: no', 'Recovery: yes', 'Reliable recovery: yes']) {
      expect(md).toContain(`- ${line}`);
    }
    expect(md).toContain('Clinical significance: not computed');
    expect(md).toContain('Gyani, A., Shafran, R., Layard, R., & Clark, D. M. (2013)');
  });

  it('computes the Jacobson & Truax category when given a reliable change index with its source', () => {
    // 18 → 5 with sdPre 5, reliability 0.8: RCI = −13 / 3.162 = −4.11, reliable; 18 is a case
    // (≥ 10) and 5 is not: recovered.
    const md = renderProgressReport({ results: demoResults() }, { reliableChange: { 'phq-9': { sdPre: 5, reliability: 0.8, source: 'worked example' } } });
    expect(md).toContain('- Clinical significance: recovered (Jacobson & Truax 1991; cut-off 10)');
    expect(md).toContain('Reliability and SD: worked example; Jacobson, N. S., & Truax, P. (1991)');
  });

  it('has no NHS section without both PHQ-9 and GAD-7, and says when a measure has no cut-off', () => {
    const md = renderProgressReport({ results: [{ at: 1, result: score(maas, Array(15).fill(3)) }] });
    expect(md).not.toContain('NHS Talking Therapies outcomes');
    expect(md).toContain('has no published cut-off in securebase');
    expect(md).toContain('Reliable change: not computed');
  });

  it('says when the NHS outcome cannot be assessed', () => {
    const md = renderProgressReport({
      results: [
        { at: 1, result: score(phq9, [2, 2, 2, 2, 2, 2, 2, 2, 0, 1]) },
        { at: 1, result: score(gad7, [2, 2, 2, 2, 2, 2, 2, 0]) },
        { at: 2, result: score(phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0, 1]) },
      ],
    });
    expect(md).toContain('Not assessable: fewer than two time points have both a PHQ-9 and a GAD-7 total.');
  });

  it("lists the plan's next steps for the next session", () => {
    const plan = planTreatment({
      attachment: { kind: 'dimensions', anxiety: 5.2, avoidance: 2.1 },
      concerns: ['anxiety'],
      riskScreen: { suicidalThoughts: { answer: 'no' }, selfHarm: { answer: 'no' }, harmToOthers: { answer: 'no' } },
      contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
      delivery: 'therapist-led',
    });
    const md = renderProgressReport({ results: demoResults(), plan });
    const steps = md.slice(md.indexOf('## Next steps from the plan'), md.indexOf('## Sources'));
    const phase = plan.phases.find((p) => p.firstSession <= 6 && p.lastSession >= 6) ?? plan.phases[plan.phases.length - 1];
    expect(steps).toContain(`- Phase for session 6: ${phase?.title}.`);
    expect(steps).toContain(`- Techniques in order: ${plan.techniques.map((t) => t.name).join(', ')}`);
    const due = plan.measurementSchedule.filter((m) => m.sessions.includes(6)).map((m) => m.instrument);
    expect(steps).toContain(due.length > 0 ? `Measures due at session 6: ${[...new Set(due)].join(', ')}` : 'No measure is due at session 6.');
  });

  it('renders HTML with the chart inline; the page is well-formed apart from its doctype', () => {
    const html = renderProgressReport({ name: '<A & B>', results: demoResults() }, { format: 'html' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(XMLValidator.validate(html.replace('<!DOCTYPE html>', ''))).toBe(true);
    expect(html).toContain('<h1>Progress report: &lt;A &amp; B&gt;</h1>');
    expect(html).toContain('<figure><svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('data-flag="phq9-item9" data-level="urgent" data-at="1"');
    expect(html).toContain(`<p><strong>${NOT_DIAGNOSIS.replace(/'/g, '&apos;')}</strong></p>`);
  });

  it('escapes Markdown in names and cells', () => {
    const md = renderProgressReport({ name: '*x* | [y](z)', results: demoResults() });
    expect(md).toContain('# Progress report: \\*x\\* \\| \\[y\\](z)');
  });
});

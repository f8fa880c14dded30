import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { classifyAttachment } from '../../src/attachment/classify.js';
import { demoCohort } from '../../src/cli/commands/demo.js';
import { exerciseScripts } from '../../src/exercises/index.js';
import { ecrR, instruments, phq9 } from '../../src/instruments/index.js';
import { toQuestionnaire } from '../../src/interop/fhir/index.js';
import { crisisHelp } from '../../src/safety/index.js';
import { planFromIntake } from '../../src/schemas/plan-from-intake.js';
import { score } from '../../src/scoring/score.js';
import { type Built, buildCli, type Run, runCli, STACK } from './_cli.js';

let b: Built;
beforeAll(async () => {
  b = await buildCli();
});
afterAll(() => b?.cleanup());

const file = (name: string, text: string): string => {
  const p = join(b.dir, name);
  writeFileSync(p, text);
  return p;
};
const userMistake = (r: Run, code: number): void => {
  expect(r.code).toBe(code);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^securebase: /);
};

describe('help', () => {
  it.each([['instruments'], ['score'], ['exercise'], ['plan'], ['fhir'], ['demo']])(
    'securebase %s --help prints the usage and the exit codes, exit 0',
    (cmd) => {
      for (const flag of ['--help', '-h']) {
        const r = runCli(b, [cmd, flag]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: securebase ${cmd}`));
        expect(r.stdout).toMatch(/Exit codes: 0 /);
        expect(r.stderr).toBe('');
      }
    },
  );

  it('securebase --help lists every command; no command is a usage error', () => {
    const r = runCli(b, ['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['instruments', 'score', 'exercise', 'plan', 'fhir questionnaire', 'fhir import', 'demo']) expect(r.stdout).toContain(`  ${cmd}`);
    expect(runCli(b, []).code).toBe(2);
  });

  it('--version prints the package version', () => {
    const r = runCli(b, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(packageJson.version);
  });

  it('an unknown command is a one-line usage error', () => {
    const r = runCli(b, ['scroe']);
    userMistake(r, 2);
    expect(r.stderr).toContain('unknown command "scroe"');
  });
});

describe('instruments', () => {
  it('lists every instrument of the registry with its item-text status and licence', () => {
    const r = runCli(b, ['instruments']);
    expect(r.code).toBe(0);
    for (const d of instruments) {
      const block = r.stdout.split('\n\n').find((x) => x.startsWith(`${d.id} `));
      expect(block, d.id).toBeDefined();
      expect(block).toContain(d.licence.itemTextIncluded ? 'item text: included' : 'item text: not included');
      expect(block?.replace(/\s+/g, ' ')).toContain(d.licence.summary.replace(/\s+/g, ' '));
    }
  });

  it('--format json gives the same facts as data', () => {
    const r = runCli(b, ['instruments', '--format', 'json']);
    const list = JSON.parse(r.stdout) as { id: string; itemTextIncluded: boolean; items: number; licence: string; flags: string[] }[];
    expect(list.map((x) => x.id)).toEqual(instruments.map((d) => d.id));
    for (const d of instruments) {
      const x = list.find((y) => y.id === d.id);
      expect(x?.itemTextIncluded).toBe(d.licence.itemTextIncluded);
      expect(x?.items).toBe(d.items.length);
      expect(x?.licence).toBe(d.licence.summary);
    }
    expect(list.find((x) => x.id === 'phq-9')?.flags).toEqual(['phq9-item9', 'phq9-item9-unanswered']);
  });

  it('rejects an argument', () => userMistake(runCli(b, ['instruments', 'extra']), 2));
});

describe('exercise', () => {
  it('--list lists every script of the registry', () => {
    const r = runCli(b, ['exercise', '--list']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(exerciseScripts.map((s) => s.id));
  });

  const id = exerciseScripts[0]?.id as string;
  it('renders text with the title and safety note, personalised', () => {
    const script = exerciseScripts[0];
    const r = runCli(b, ['exercise', id, '--name', 'Sam', '--variant', 'brief']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(script?.title);
    expect(r.stdout).not.toMatch(/\{(name|caregiver|safePlace|they|them|their)\}/);
  });

  it('renders Markdown, SSML for an engine, and a timeline', () => {
    expect(runCli(b, ['exercise', id, '--format', 'md']).stdout).toMatch(/^#/m);
    const ssml = runCli(b, ['exercise', id, '--format', 'ssml', '--engine', 'azure']);
    expect(ssml.code).toBe(0);
    expect(ssml.stdout.trimStart()).toMatch(/^<speak/);
    const t = JSON.parse(runCli(b, ['exercise', id, '--format', 'timeline']).stdout) as { scriptId: string; totalSeconds: number };
    expect(t.scriptId).toBe(id);
    expect(t.totalSeconds).toBeGreaterThan(0);
  });

  it.each([
    [['exercise', 'no.such-exercise'], /unknown exercise/],
    [['exercise'], /missing the exercise id/],
    [['exercise', 'x', '--format', 'pdf'], /--format must be one of/],
    [['exercise', 'x', '--variant', 'long'], /--variant must be one of/],
    [['exercise', 'x', '--pronouns', 'xe'], /--pronouns must be one of/],
  ])('usage error %j', (args, message) => {
    const r = runCli(b, args);
    userMistake(r, 2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses markup in a name (exit 2) and --engine without SSML', () => {
    const r = runCli(b, ['exercise', id, '--name', '<b>Sam</b>']);
    userMistake(r, 2);
    expect(r.stderr).toContain('markup');
    userMistake(runCli(b, ['exercise', id, '--engine', 'azure']), 2);
  });
});

describe('fhir', () => {
  it('questionnaire prints an R4 Questionnaire for the instrument', () => {
    const r = runCli(b, ['fhir', 'questionnaire', 'phq-9', '--date', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(toQuestionnaire(phq9, { date: '2026-11-28' }))));
  });

  it('import reads a response, scores it and keeps the flag', () => {
    const q = toQuestionnaire(phq9, { date: '2026-11-28' });
    const answers = [1, 1, 2, 1, 0, 1, 1, 0, 2];
    const item = answers.map((v, i) => {
      const qi = q.item?.find((x) => x.linkId === phq9.items[i]?.id);
      return { linkId: qi?.linkId, answer: [{ valueCoding: qi?.answerOption?.[v]?.valueCoding }] };
    });
    const response = { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: q.url, item };
    const rp = file('qr.json', JSON.stringify(response));
    const qp = file('q.json', JSON.stringify(q));
    const r = runCli(b, ['fhir', 'import', rp, '--questionnaire', qp]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { instrument: string; result: { scales: { total: { value: number } }; flags: { id: string }[] } };
    const want = score(phq9, answers);
    expect(out.instrument).toBe('phq-9');
    expect(out.result.scales.total.value).toBe(want.scales.total.value);
    expect(out.result.flags.map((f) => f.id)).toEqual(want.flags.map((f) => f.id));
    // Without the Questionnaire the instrument still comes from the response's canonical URL.
    expect(runCli(b, ['fhir', 'import', rp]).code).toBe(0);
  });

  it('import streams a Bundle, an NDJSON file and a folder: one line per response, bad ones reported by place', () => {
    const q = toQuestionnaire(phq9, { date: '2026-11-28' });
    const qr = (id: string, answers: readonly number[]) => ({
      resourceType: 'QuestionnaireResponse',
      id,
      status: 'completed',
      questionnaire: q.url,
      subject: { reference: `Patient/${id}` },
      item: answers.map((v, i) => {
        const qi = q.item?.find((x) => x.linkId === phq9.items[i]?.id);
        return { linkId: qi?.linkId, answer: [{ valueCoding: qi?.answerOption?.[v]?.valueCoding }] };
      }),
    });
    const a = [1, 1, 2, 1, 0, 1, 1, 0, 2];
    const c = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: qr('a', a) }, { resource: { resourceType: 'Patient' } }, { resource: qr('c', c) }],
    };
    const rb = runCli(b, ['fhir', 'import', file('bundle.json', JSON.stringify(bundle))]);
    expect(rb.code).toBe(0);
    const lines = rb.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; scales: { total: { value: number } }; flags: { id: string }[] });
    expect(lines.map((l) => [l.id, l.scales.total.value])).toEqual([
      ['a', score(phq9, a).scales.total.value],
      ['c', score(phq9, c).scales.total.value],
    ]);
    expect(lines[0]?.flags.map((f) => f.id)).toEqual(score(phq9, a).flags.map((f) => f.id));
    const nd = file('responses.ndjson', `${JSON.stringify(qr('a', a))}\n{not json\n${JSON.stringify(qr('c', c))}\n`);
    const rn = runCli(b, ['fhir', 'import', nd, '--instrument', 'phq-9', '--format', 'csv']);
    expect(rn.code).toBe(1);
    expect(rn.stderr).toContain(`${nd}:2: not valid JSON`);
    expect(rn.stderr).toContain('3 responses read: 2 scored, 1 with errors');
    expect(rn.stdout.split('\n')[0]).toMatch(/^source,id,instrument,version,total,/);
    expect(rn.stdout.trim().split('\n')).toHaveLength(3);
    const ro = runCli(b, ['fhir', 'import', nd, '--instrument', 'phq-9', '--observations']);
    const obs = ro.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { resourceType: string; derivedFrom?: { reference: string }[] });
    expect(obs.map((o) => o.resourceType)).toEqual(['Observation', 'Observation']);
    expect(obs[0]?.derivedFrom?.[0]?.reference).toBe('QuestionnaireResponse/a');
    mkdirSync(join(b.dir, 'qr-folder'), { recursive: true });
    writeFileSync(join(b.dir, 'qr-folder', '1.json'), JSON.stringify(qr('a', a)));
    writeFileSync(join(b.dir, 'qr-folder', '2.json'), JSON.stringify(bundle));
    const rf = runCli(b, ['fhir', 'import', join(b.dir, 'qr-folder')]);
    expect(rf.code).toBe(0);
    expect(rf.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('import maps linkIds with --link, reads scores from --terminology and warns on a stored total that differs', () => {
    const system = 'http://example.org/CodeSystem/answers';
    const labels = ['Not-at-all', 'Several-days', 'More-than-half', 'Nearly-every-day'];
    const cs = {
      resourceType: 'CodeSystem',
      url: system,
      status: 'active',
      content: 'complete',
      property: [{ code: 'itemWeight', type: 'decimal' }],
      concept: labels.map((code, w) => ({ code, property: [{ code: 'itemWeight', valueDecimal: w }] })),
    };
    const answers = [0, 0, 0, 1, 2, 1, 3, 2, 1];
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        ...answers.map((v, i) => ({ linkId: `H1/T1/Q${i + 1}`, answer: [{ valueCoding: { system, code: labels[v] } }] })),
        { linkId: 'H1/TS', answer: [{ valueInteger: 13 }] },
      ],
    };
    const links = answers.flatMap((_, i) => ['--link', `H1/T1/Q${i + 1}=phq9-${i + 1}`]);
    const args = ['fhir', 'import', file('qr-links.json', JSON.stringify(response)), '--instrument', 'phq-9', ...links, '--link', 'H1/TS=total'];
    const r = runCli(b, [...args, '--terminology', file('cs.json', JSON.stringify(cs))]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { result: { scales: { total: { value: number } }; flags: { id: string }[] }; reported: { total: number } };
    expect(out.result.scales.total.value).toBe(score(phq9, answers).scales.total.value);
    expect(out.result.flags.map((f) => f.id)).toEqual(['phq9-item9']);
    expect(out.reported.total).toBe(13);
    expect(r.stderr).toContain('warning:');
    expect(r.stderr).toContain('13');
    // Without the code system there is no score for the answers: exit 3, one line.
    userMistake(runCli(b, args), 3);
    userMistake(runCli(b, [...args, '--link', 'x=nope']), 2);
  });

  it.each([
    [['fhir', 'questionnaire', 'nope'], 2, /unknown instrument/],
    [['fhir', 'questionnaire', 'phq-9', '--date', 'today'], 2, /--date needs a date as YYYY-MM-DD/],
    [['fhir', 'frobnicate'], 2, /unknown subcommand/],
    [['fhir', 'import', 'missing.json'], 3, /cannot read "missing.json": no such file/],
    [['fhir', 'import', 'BAD'], 3, /is not valid JSON/],
    [['fhir', 'import', 'NOCANON'], 2, /name it with --instrument/],
    [['fhir', 'import', 'NOTQR', '--instrument', 'phq-9'], 3, /cannot be read as phq-9/],
  ])('%j exits %i', (args, code, message) => {
    const real = args.map((a) =>
      a === 'BAD'
        ? file('bad.json', '{"resourceType": "QuestionnaireResponse", secret-text')
        : a === 'NOCANON'
          ? file('nocanon.json', '{"resourceType": "QuestionnaireResponse", "status": "completed", "item": []}')
          : a === 'NOTQR'
            ? file('notqr.json', '{"resourceType": "Patient"}')
            : a,
    );
    const r = runCli(b, real);
    userMistake(r, code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('secret-text');
  });
});

describe('plan', () => {
  const no = { answer: 'no' };
  const intake = {
    concerns: { depression: {}, 'low-self-worth': { detail: 'Very self-critical.' } },
    attachmentHistory: { caregivers: [], separationsAndLosses: [] },
    currentRelationships: [],
    riskScreen: { suicidalThoughts: no, selfHarm: no, harmToOthers: no },
    contraindicationScreen: { dissociation: 'no', psychosis: 'no', activeSubstanceMisuse: 'no', recentTrauma: 'no', currentCrisis: 'no' },
    preferences: { deliveryMode: 'self', language: 'en' },
  };

  it('prints the plan of planFromIntake for a planning request (PHQ-9 item 9 puts safety first)', () => {
    const request = { intake, measures: { 'phq-9': [1, 2, 1, 1, 0, 2, 1, 0, 1, 1] }, attachment: { kind: 'dimensions', anxiety: 2.3, avoidance: 5.6 } };
    const r = runCli(b, ['plan', file('request.json', JSON.stringify(request))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const want = planFromIntake(request);
    expect(want.ok).toBe(true);
    const plan = JSON.parse(r.stdout) as { safetyFirst: boolean; safetyActions: { id: string }[] };
    expect(plan).toEqual(JSON.parse(JSON.stringify(want.ok ? want.value : null)));
    expect(plan.safetyFirst).toBe(true);
    expect(plan.safetyActions[0]?.id).toBe('safety-plan');
  });

  it('--format md and --format text render the plan for a clinician, safety first, from the plan object', () => {
    const request = { intake, measures: { 'phq-9': [1, 2, 1, 1, 0, 2, 1, 0, 1, 1] } };
    const want = planFromIntake(request);
    if (!want.ok) throw new Error('the request must plan');
    const plan = want.value;
    const md = runCli(b, ['plan', file('request-md.json', JSON.stringify(request)), '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith('# Treatment plan (decision support)\n')).toBe(true);
    expect(md.stdout).toContain(plan.disclaimer);
    expect(md.stdout.indexOf('## Safety')).toBeLessThan(md.stdout.indexOf('## Techniques'));
    for (const a of plan.safetyActions) expect(md.stdout).toContain(a.title);
    for (const t of plan.techniques) expect(md.stdout).toContain(t.name);
    for (const e of plan.exercises) expect(md.stdout).toContain(e.id);
    const text = runCli(b, ['plan', file('request-text.json', JSON.stringify(request)), '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/^#/m);
    expect(text.stdout).toContain('Safety\n------');
    for (const t of plan.techniques) expect(text.stdout).toContain(t.name);
    // The person's words (crisis help) name no number without a region; citations keep their DOIs.
    const forPerson = (o: string) => o.split('\n').filter((l) => l.includes('To share with the person'));
    expect(forPerson(text.stdout).length).toBeGreaterThan(0);
    for (const l of forPerson(text.stdout)) expect(l).not.toMatch(/\d/);
    const bad = runCli(b, ['plan', file('request-bad.json', JSON.stringify(request)), '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of json, md, text/);
  });

  it("--region gives the plan the crisis help of that region (from the safety data; the plan's own forPerson texts); without it no number is named", () => {
    const request = { intake, measures: { 'phq-9': [1, 2, 1, 1, 0, 2, 1, 0, 1, 1] } };
    const path = file('request-risk.json', JSON.stringify(request));
    const want = planFromIntake(request);
    if (!want.ok || !want.value.safetyFirst) throw new Error('the request must put safety first');
    const none = runCli(b, ['plan', path, '--format', 'text']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain(crisisHelp().text);
    for (const l of none.stdout.split('\n').filter((x) => x.includes('To share with the person'))) expect(l).not.toMatch(/\d/);
    const gb = runCli(b, ['plan', path, '--format', 'md', '--region', 'gb']);
    expect(gb.code).toBe(0);
    expect(gb.stdout).toContain(crisisHelp({ region: 'GB' }).text);
    const gbJson = runCli(b, ['plan', path, '--region', 'GB']);
    expect(gbJson.code).toBe(0);
    const gbWant = planFromIntake(request, { region: 'GB' });
    if (!gbWant.ok) throw new Error('the GB plan must be made');
    expect(JSON.parse(gbJson.stdout)).toEqual(JSON.parse(JSON.stringify(gbWant.value)));
    for (const bad of ['G', 'GBR', '12', '--']) {
      const r = runCli(b, ['plan', path, '--format', 'md', '--region', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--region needs a two-letter country code|needs a value/);
    }
    const ex = runCli(b, ['exercise', 'mindful.breath', '--region', 'GB']);
    expect(ex.code).toBe(0);
    expect(ex.stdout).toContain(crisisHelp({ region: 'GB' }).text);
    const exNone = runCli(b, ['exercise', 'mindful.breath', '--format', 'md', '--region', 'ZZ']);
    expect(exNone.code).toBe(0);
    expect(exNone.stdout).toContain(crisisHelp({ region: 'ZZ' }).text);
    expect(exNone.stdout).not.toMatch(/\d{3}/);
  });

  it('reads a bare intake as { intake }', () => {
    const r = runCli(b, ['plan', file('bare-intake.json', JSON.stringify(intake))]);
    expect(r.code).toBe(0);
    const want = planFromIntake({ intake });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(want.ok ? want.value : null)));
  });

  it('rejects a request that does not match the schema with exit 3, naming the paths', () => {
    const r = runCli(b, ['plan', file('bad-intake.json', '{"concerns": 3}')]);
    userMistake(r, 3);
    expect(r.stderr).toContain('intake.concerns: expected an object');
    userMistake(runCli(b, ['plan']), 2);
    userMistake(runCli(b, ['plan', 'missing.json']), 3);
  });
});

describe('demo', () => {
  it('scores the made-up ECR-R cohort and derives each style with the midpoint method', () => {
    const r = runCli(b, ['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('made-up data');
    const cohort = demoCohort();
    expect(cohort).toHaveLength(12);
    expect(demoCohort()).toEqual(cohort);
    const styles = new Set<string>();
    cohort.forEach((answers, p) => {
      const s = score(ecrR, answers);
      const c = classifyAttachment(
        { anxiety: s.scales.anxiety.value as number, avoidance: s.scales.avoidance.value as number },
        { kind: 'midpoint', scaleMin: 1, scaleMax: 7 },
      );
      styles.add(c.style);
      const line = r.stdout.split('\n').find((l) => l.trim().startsWith(`P${String(p + 1).padStart(2, '0')} `));
      expect(line).toContain((s.scales.anxiety.value as number).toFixed(2));
      expect(line).toContain((s.scales.avoidance.value as number).toFixed(2));
      expect(line).toContain(c.style);
    });
    expect(styles.size).toBe(4);
    expect(r.stdout).toContain('midpoint');
    expect(r.stdout).toContain('not a diagnosis');
  });
});

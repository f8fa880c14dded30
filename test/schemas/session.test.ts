import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personalize, type SessionEvent, type SessionState, sessionReducer, startSession } from '../../src/exercises/index.js';
import { restoreSession, SessionRestoreError, type SessionRestoreIssue, safeRestoreSession, sessionStateSchema } from '../../src/schemas/session.js';
import { calmBreath } from '../exercises/fixtures.js';

const T0 = 1_700_000_000_000;

/** A mid-session state: started, one step on, a check-in that offered grounding, paused. */
function midSession(): SessionState {
  const events: SessionEvent[] = [
    { type: 'start', at: T0 + 100 },
    { type: 'next', at: T0 + 2000 },
    { type: 'check-in', at: T0 + 3000, value: 8 },
    { type: 'pause', at: T0 + 4000 },
  ];
  return events.reduce(sessionReducer, startSession(personalize(calmBreath), T0));
}

/** Edits a JSON copy of a state. */
// biome-ignore lint/suspicious/noExplicitAny: tests edit a JSON copy of a state freely
type Loose = any;

function tamper(edit: (s: Loose) => void): string {
  const s = JSON.parse(JSON.stringify(midSession()));
  edit(s);
  return JSON.stringify(s);
}

const issuesOf = (input: unknown): readonly SessionRestoreIssue[] => {
  const r = safeRestoreSession(input);
  if (r.ok) throw new Error('expected the state to be refused');
  return r.issues;
};

describe('restoreSession', () => {
  it('round-trips a state through JSON, as text or as a parsed object, deep-frozen', () => {
    const s = midSession();
    const again = restoreSession(JSON.stringify(s));
    expect(again).toEqual(s);
    expect(restoreSession(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(Object.isFrozen(again)).toBe(true);
    expect(Object.isFrozen(again.history[2])).toBe(true);
  });

  it('gives back a state the reducer can continue', () => {
    const again = restoreSession(JSON.stringify(midSession()));
    const next = sessionReducer(again, { type: 'resume', at: T0 + 9000 });
    expect(next).toMatchObject({ status: 'running', lastError: null, activeMs: 3900 });
  });

  it('refuses an outdated, newer or missing format version, naming the path', () => {
    expect(
      issuesOf(
        tamper((s) => {
          s.version = 0;
        }),
      ),
    ).toEqual([
      { code: 'outdated', path: ['version'], message: 'state.version: 0 is outdated; this version of securebase reads version 2. Start a new session.' },
    ]);
    expect(
      issuesOf(
        tamper((s) => {
          s.version = 3;
        }),
      )[0],
    ).toMatchObject({ code: 'newer_version', path: ['version'] });
    expect(
      issuesOf(
        tamper((s) => {
          delete s.version;
        }),
      )[0],
    ).toMatchObject({ code: 'missing_version', path: ['version'] });
  });

  it('refuses text that is not JSON, and values that are not states', () => {
    expect(issuesOf('{"version": 1,')[0]).toMatchObject({ code: 'invalid_json', path: [] });
    expect(issuesOf(42)[0]).toMatchObject({ code: 'invalid_state', path: [] });
    expect(issuesOf([])[0]).toMatchObject({ code: 'invalid_state' });
  });

  const tampered: [string, (s: Loose) => void, (string | number)[]][] = [
    [
      'a step past the end',
      (s) => {
        s.step = 7;
      },
      ['step'],
    ],
    [
      'a furthest step behind the step',
      (s) => {
        s.furthestStep = 0;
      },
      ['furthestStep'],
    ],
    [
      'a check-in out of range',
      (s) => {
        s.checkIns[0].value = 11;
      },
      ['checkIns', 0, 'value'],
    ],
    [
      'a check-in that does not match the history',
      (s) => {
        s.checkIns[0].value = 3;
      },
      ['checkIns', 0],
    ],
    [
      'a check-in with no history entry',
      (s) => {
        s.checkIns.push({ step: 1, value: 2, at: T0 + 3500 });
      },
      ['checkIns'],
    ],
    [
      'history time going backwards',
      (s) => {
        s.history[2].at = T0 + 50;
      },
      ['history', 2, 'at'],
    ],
    [
      'the grounding offer removed',
      (s) => {
        s.grounding = { offered: false, reason: null, at: null, help: null };
      },
      ['grounding', 'offered'],
    ],
    [
      'a paused session without pausedAt',
      (s) => {
        s.pausedAt = null;
      },
      ['pausedAt'],
    ],
    [
      'an unknown status',
      (s) => {
        s.status = 'hacked';
      },
      ['status'],
    ],
    [
      'an extra field',
      (s) => {
        s.admin = true;
      },
      [],
    ],
    [
      'a negative active time',
      (s) => {
        s.activeMs = -1;
      },
      ['activeMs'],
    ],
    [
      'more active time than has passed',
      (s) => {
        s.activeMs = 10 ** 9;
      },
      ['activeMs'],
    ],
    [
      'a completed session before its last step',
      (s) => {
        s.status = 'completed';
        s.endedAt = s.updatedAt;
        s.pausedAt = null;
      },
      ['step'],
    ],
    [
      'a skipped step listed twice',
      (s) => {
        s.skipped = [1, 1];
      },
      ['skipped', 1],
    ],
    [
      'a lastError with an unknown code',
      (s) => {
        s.lastError = { code: 'oops', event: 'x', at: null, message: 'x' };
      },
      ['lastError', 'code'],
    ],
    [
      'a distress threshold of 0',
      (s) => {
        s.distressRule.threshold = 0;
      },
      ['distressRule', 'threshold'],
    ],
  ];
  for (const [name, edit, path] of tampered) {
    it(`refuses a tampered state: ${name}`, () => {
      const issues = issuesOf(tamper(edit));
      const hit = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
      expect(hit, JSON.stringify(issues)).toBeDefined();
      expect(hit?.code).toBe('invalid_state');
      expect(hit?.message.startsWith(path.length ? `state.${path.join('.')}: ` : 'state: ')).toBe(true);
    });
  }

  it('throws a SessionRestoreError listing every issue', () => {
    const bad = tamper((s) => {
      s.step = 9;
      s.checkIns[0].value = 99;
    });
    expect(() => restoreSession(bad)).toThrow(SessionRestoreError);
    try {
      restoreSession(bad);
    } catch (e) {
      const err = e as SessionRestoreError;
      expect(err.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['checkIns.0.value']));
      expect(err.message).toContain('state.checkIns.0.value');
      expect(Object.isFrozen(err.issues)).toBe(true);
    }
  });

  it('accepts every state the reducer can reach (property), and nothing it changed at random', () => {
    const events = fc.array(
      fc.record({
        type: fc.constantFrom('start', 'next', 'back', 'pause', 'resume', 'skip', 'check-in', 'complete', 'abort'),
        dt: fc.integer({ min: 0, max: 10_000 }),
        value: fc.integer({ min: 0, max: 10 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(events, (raw) => {
        let s = startSession(personalize(calmBreath), T0);
        let clock = T0;
        for (const r of raw) {
          clock += r.dt;
          s = sessionReducer(s, (r.type === 'check-in' ? { type: r.type, at: clock, value: r.value } : { type: r.type, at: clock }) as SessionEvent);
          expect(sessionStateSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
        }
        // Moving the step past the script's end is always caught.
        const broken = { ...JSON.parse(JSON.stringify(s)), step: s.script.stepCount };
        expect(safeRestoreSession(broken).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('restoreSession: the distress rule is replayed (issue 13)', () => {
  it('refuses a check-in at or over the threshold while grounding was never offered (a state the reducer never makes)', () => {
    // Before the fix, removing the offer and its log line together was accepted.
    const forged = tamper((s) => {
      s.history = s.history.filter((h: { type: string }) => h.type !== 'grounding-offered');
      s.grounding = { offered: false, reason: null, at: null, help: null };
    });
    const issues = issuesOf(forged);
    const at = JSON.parse(forged).history.findIndex((h: { type: string }) => h.type === 'check-in');
    expect(issues).toEqual([
      {
        code: 'invalid_state',
        path: ['history', at],
        message: `state.history.${at}: a check-in of 8 meets the distress rule (threshold) but grounding was not offered after it`,
      },
    ]);
  });

  it('refuses a grounding offer that no check-in earned, and help text that does not match the offer', () => {
    const s = midSession();
    const quiet = JSON.parse(JSON.stringify(s));
    const i = quiet.history.findIndex((h: { type: string }) => h.type === 'check-in');
    quiet.history[i].value = 2;
    quiet.history[i + 1].value = 2;
    quiet.checkIns[0].value = 2;
    expect(issuesOf(JSON.stringify(quiet)).map((x) => x.path)).toEqual([['history', i + 1]]);
    const noHelp = tamper((t) => {
      t.grounding.help = null;
    });
    expect(issuesOf(noHelp).map((x) => x.path)).toEqual([['grounding', 'help']]);
    const numberWithoutRegion = tamper((t) => {
      t.crisisHelp.text = 'Call 555 0100.';
      t.grounding.help = 'Call 555 0100.';
    });
    expect(issuesOf(numberWithoutRegion).map((x) => x.path)).toEqual([['crisisHelp', 'text']]);
  });

  it('refuses a state that went on after a first check-in at the start ceiling', () => {
    const p = personalize({ ...calmBreath, id: 'test.ceiling', startCeiling: 7 });
    const s = [
      { type: 'start', at: T0 + 1 },
      { type: 'check-in', at: T0 + 2, value: 7 },
    ].reduce((acc, e) => sessionReducer(acc, e as SessionEvent), startSession(p, T0));
    expect(safeRestoreSession(JSON.stringify(s)).ok).toBe(true);
    const forged = JSON.parse(JSON.stringify(s));
    forged.history.push({ type: 'next', at: T0 + 3, step: 1 });
    forged.step = 1;
    forged.furthestStep = 1;
    forged.updatedAt = T0 + 3;
    forged.activeMs = 2;
    expect(issuesOf(JSON.stringify(forged)).map((x) => x.path)).toEqual([['history', forged.history.length - 1]]);
  });
});

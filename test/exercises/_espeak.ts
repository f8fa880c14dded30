// Shared by the English and Spanish espeak-ng tests: synthesise the generic SSML of scripts with
// espeak-ng and measure the audio against the timeline. Needs `espeak-ng` and `soxi` (sox).
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { PersonalizedScript } from '../../src/exercises/personalize.js';
import type { Timeline } from '../../src/exercises/render/timeline.js';

const run = promisify(execFile);

/**
 * Tolerances, chosen from measurements with espeak-ng 1.51 at `-s 150` (the timeline's 150 words
 * per minute) on 16 registry scripts (audio ÷ timeline 0.989–1.021; speech part 0.96–1.05; measured
 * silence ÷ timeline silence 1.03–1.17). They leave room for other espeak-ng versions and voices.
 */
export const TOTAL_TOLERANCE = 0.15; // audio length within ±15 % of the timeline total
export const SPEECH_TOLERANCE = 0.35; // audio minus timeline silence within ±35 % of the timeline speech estimate
export const SILENCE_FLOOR = 0.9; // silent runs (≥ 0.3 s) in the audio cover ≥ 90 % of the timeline's silences

const has = (cmd: string, arg: string) => {
  const r = spawnSync(cmd, [arg], { encoding: 'utf8' });
  return r.error === undefined && r.status === 0;
};
export const available = has('espeak-ng', '--version') && has('sox', '--version'); // soxi ships with sox
export const reason = 'espeak-ng or soxi is not installed (apt-get install -y espeak-ng sox)';

/** Seconds of near-silence (|sample| < 50 of 32768) in runs of at least `minRun` seconds, from a 16-bit PCM WAV. */
export function silentSeconds(wav: Buffer, minRun = 0.3): number {
  let off = 12;
  let rate = 22_050;
  let data = -1;
  let len = 0;
  while (off + 8 <= wav.length) {
    const id = wav.toString('ascii', off, off + 4);
    const size = wav.readUInt32LE(off + 4);
    if (id === 'fmt ') rate = wav.readUInt32LE(off + 12);
    if (id === 'data') {
      data = off + 8;
      len = Math.min(size, wav.length - data);
      break;
    }
    off += 8 + size + (size & 1);
  }
  if (data < 0) throw new Error('no data chunk in WAV');
  const min = minRun * rate;
  let run = 0;
  let total = 0;
  for (let i = 0; i + 1 < len; i += 2) {
    if (Math.abs(wav.readInt16LE(data + i)) < 50) run++;
    else {
      if (run >= min) total += run;
      run = 0;
    }
  }
  if (run >= min) total += run;
  return total / rate;
}

/** One script's audio against its timeline. */
export interface Measure {
  readonly id: string;
  readonly timeline: number;
  readonly timelineSilence: number;
  readonly timelineSpeech: number;
  readonly audio: number;
  readonly audioSilence: number;
}

/** One job: a personalised script, its timeline and its SSML. */
export interface SpeechJob {
  readonly id: string;
  readonly script: PersonalizedScript;
  readonly timeline: Timeline;
  readonly ssml: string;
}

/** Synthesises every job with espeak-ng (`voice`, `-s 150`), two at a time (2 cores), and measures it. */
export async function synthesise(jobs: readonly SpeechJob[], voice: string | null, label: string): Promise<ReadonlyMap<string, Measure>> {
  const dir = await mkdtemp(join(tmpdir(), 'securebase-espeak-'));
  const results = new Map<string, Measure>();
  try {
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        const base = join(dir, job.id);
        await writeFile(`${base}.ssml`, job.ssml);
        await run('espeak-ng', [...(voice === null ? [] : ['-v', voice]), '-m', '-s', '150', '-w', `${base}.wav`, '-f', `${base}.ssml`]);
        const { stdout } = await run('soxi', ['-D', `${base}.wav`]);
        results.set(job.id, {
          id: job.id,
          timeline: job.timeline.totalSeconds,
          timelineSilence: job.timeline.silenceSeconds,
          timelineSpeech: job.timeline.speechSeconds,
          audio: Number(stdout.trim()),
          audioSilence: silentSeconds(await readFile(`${base}.wav`)),
        });
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const rows = [...results.values()].map(
    (m) =>
      `${m.id.padEnd(40)} timeline ${m.timeline.toFixed(1).padStart(6)} s  audio ${m.audio.toFixed(1).padStart(6)} s  ratio ${(m.audio / m.timeline).toFixed(3)}  speech ratio ${((m.audio - m.timelineSilence) / m.timelineSpeech).toFixed(2)}  silence ratio ${(m.audioSilence / m.timelineSilence).toFixed(2)}`,
  );
  console.log(`[${label}] espeak-ng${voice === null ? '' : ` -v ${voice}`} -s 150, standard variant:\n${rows.join('\n')}`);
  return results;
}

/** The checks of one script's measure. */
export function expectWithinTolerance(m: Measure | undefined): void {
  expect(m, 'synthesis result').toBeDefined();
  if (m === undefined) return;
  expect(m.audio).toBeGreaterThanOrEqual(SILENCE_FLOOR * m.timelineSilence);
  expect(m.audioSilence).toBeGreaterThanOrEqual(SILENCE_FLOOR * m.timelineSilence);
  expect(Math.abs(m.audio / m.timeline - 1)).toBeLessThanOrEqual(TOTAL_TOLERANCE);
  expect(Math.abs((m.audio - m.timelineSilence) / m.timelineSpeech - 1)).toBeLessThanOrEqual(SPEECH_TOLERANCE);
}

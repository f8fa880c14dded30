import { match } from 'ts-pattern';
import { type AttachmentClassification, type ClassificationMethod, classifyAttachment, rqStyle, TIE_RULE } from '../../attachment/index.js';
import { attachmentStyles } from '../../attachment/styles.js';
import { instruments } from '../../instruments/registry.js';
import type { AttachmentStyle } from '../../model/attachment.js';
import type { ScoreResult } from '../../scoring/types.js';
import type { AttachmentSource, Formulation } from '../formulation.js';

/** The default method for ECR-family dimensions: the midpoint of the 1–7 response scale. */
export const _ECR_MIDPOINT: ClassificationMethod = { kind: 'midpoint', scaleMin: 1, scaleMax: 7 };

/** A problem found while reading the formulation, with where it is. */
export interface _Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export class _AttachmentProblem extends Error {
  readonly problem: _Problem;
  constructor(problem: _Problem) {
    super(problem.message);
    this.problem = problem;
  }
}

export interface _ResolvedAttachment {
  readonly style: AttachmentStyle | null;
  readonly classification: AttachmentClassification | null;
  readonly method: string;
  readonly caveat: string;
}

const DERIVED_CAVEAT =
  'Attachment is stored as two continuous dimensions; a style label is a derived convenience for planning, not a diagnosis (Fraley, Waller & Brennan 2000, doi:10.1037/0022-3514.78.2.350).';

const round = (x: number): string => String(Math.round(x * 100) / 100);

function methodWords(method: ClassificationMethod, c: AttachmentClassification, isDefault: boolean, from: string): string {
  const how = match(method)
    .with(
      { kind: 'midpoint' },
      (m) =>
        `the scale midpoint method: a cut-off of ${round(c.cutoffs.anxiety)} on the ${m.scaleMin}–${m.scaleMax} scale for both dimensions${isDefault ? ' (the default for ECR-family dimensions)' : ''}`,
    )
    .with(
      { kind: 'cutoffs' },
      (m) => `cut-offs the caller supplied: anxiety ${round(m.anxiety)}, avoidance ${round(m.avoidance)} (source: ${m.source.slice(0, 200)})`,
    )
    .with(
      { kind: 'cohort-median' },
      (m) =>
        `a median split of a cohort of ${m.cohort.length}: anxiety ${round(c.cutoffs.anxiety)}, avoidance ${round(c.cutoffs.avoidance)} (sample-dependent cut-offs)`,
    )
    .exhaustive();
  return (
    `Style "${c.style}" derived from ${from} (anxiety ${round(c.dimensions.anxiety)}, avoidance ${round(c.dimensions.avoidance)}) with ${how}. ${TIE_RULE} ` +
    `Distance to the nearest boundary: ${round(c.distanceToBoundary)} (${c.nearestBoundary}).`
  );
}

function classify(anxiety: number, avoidance: number, method: ClassificationMethod, isDefault: boolean, from: string, path: string): _ResolvedAttachment {
  let c: AttachmentClassification;
  try {
    c = classifyAttachment({ anxiety, avoidance }, method);
  } catch (e) {
    throw new _AttachmentProblem({ path: [path], message: e instanceof Error ? e.message : String(e) });
  }
  return { style: c.style, classification: c, method: methodWords(method, c, isDefault, from), caveat: c.caveat };
}

function scaleValue(result: ScoreResult, scale: string, instrument: string): number {
  const v = result.scales?.[scale]?.value;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new _AttachmentProblem({
      path: ['measures', instrument, 'scales', scale],
      message: `the attachment estimate reads the "${scale}" scale of this result, but it has no value (missing answers, or the instrument has no such scale).`,
    });
  }
  return v;
}

/** The default midpoint method for a registry instrument (its default response scale), if known. */
function midpointOf(instrumentId: string): ClassificationMethod | null {
  const def = instruments.find((d) => d.id === instrumentId);
  const rs = def?.responseScales.default;
  return rs ? { kind: 'midpoint', scaleMin: rs.min, scaleMax: rs.max } : null;
}

/** Reads the attachment estimate of a formulation, with its method in plain words. */
export function _resolveAttachment(source: AttachmentSource, measures: Formulation['measures']): _ResolvedAttachment {
  return match(source)
    .with({ kind: 'dimensions' }, (s) =>
      classify(s.anxiety, s.avoidance, s.method ?? _ECR_MIDPOINT, s.method === undefined, 'the dimensions given', 'attachment'),
    )
    .with({ kind: 'measure' }, (s) => {
      const result = measures?.[s.instrument];
      if (result === undefined) {
        throw new _AttachmentProblem({
          path: ['attachment', 'instrument'],
          message: `names the measure "${String(s.instrument).slice(0, 40)}", but measures has no result with that id.`,
        });
      }
      const method = s.method ?? midpointOf(s.instrument);
      if (method === null) {
        throw new _AttachmentProblem({
          path: ['attachment', 'method'],
          message: `"${String(s.instrument).slice(0, 40)}" is not an instrument the library knows, so give the classification method explicitly.`,
        });
      }
      const from = `the ${s.instrument} result's anxiety and avoidance scales`;
      return classify(
        scaleValue(result, 'anxiety', s.instrument),
        scaleValue(result, 'avoidance', s.instrument),
        method,
        s.method === undefined,
        from,
        'attachment',
      );
    })
    .with({ kind: 'rq' }, (s) => {
      let style: AttachmentStyle | null;
      try {
        style = rqStyle(s.result as Parameters<typeof rqStyle>[0]).style;
      } catch (e) {
        throw new _AttachmentProblem({ path: ['attachment', 'result'], message: e instanceof Error ? e.message : String(e) });
      }
      return {
        style,
        classification: null,
        method:
          style === null
            ? 'RQ: the highest ratings tie (or a rating is missing) and the forced choice does not settle it, so no style is named.'
            : `RQ: style "${style}" from the highest prototype rating; a tie is broken only by the forced choice (Bartholomew & Horowitz 1991).`,
        caveat: DERIVED_CAVEAT,
      };
    })
    .with({ kind: 'rq-style' }, (s) => ({
      style: s.style.style,
      classification: null,
      method:
        s.style.style === null
          ? 'RQ style given: the ratings tie and the forced choice does not settle it, so no style is named.'
          : `RQ style given: "${s.style.style}" (highest rating${s.style.tie ? ', tie broken by the forced choice' : ''}).`,
      caveat: DERIVED_CAVEAT,
    }))
    .with({ kind: 'clinician-style' }, (s) => ({
      style: s.style,
      classification: null,
      method: `Style "${s.style}" judged by a clinician: ${String(s.note).slice(0, 300)}`,
      caveat: DERIVED_CAVEAT,
    }))
    .with({ kind: 'not-assessed' }, () => ({
      style: null,
      classification: null,
      method: 'Not assessed yet: no style is named. Measure attachment anxiety and avoidance at session 1.',
      caveat: DERIVED_CAVEAT,
    }))
    .exhaustive();
}

/** The attachment strategy of a style (Mikulincer & Shaver 2003), via the style descriptions. */
export const _strategyOf = (style: AttachmentStyle | null) => (style === null ? null : attachmentStyles[style].strategy);

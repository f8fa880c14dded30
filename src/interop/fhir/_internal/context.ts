import type { InstrumentDefinition } from '../../../scoring/types.js';
import type { FhirIssue } from '../types.js';
import type { _DefinitionIndex } from './definition-index.js';
import type { _Path } from './issues.js';
import type { _FoundWeight, _QItem, _Terminology } from './weights.js';

/** A Questionnaire, read and indexed once. @internal */
export interface _PreparedQuestionnaire {
  readonly resource: object;
  /** Its `url`, when it has one. */
  readonly url: string | undefined;
  readonly items: ReadonlyMap<string, _QItem>;
  /** The terminology its own contained resources and `options.terminology` give (when the response contains none). */
  readonly terminology: _Terminology;
}

/**
 * What a reader reads every response with: the definition, its index and the options, each read
 * once (a snapshot the caller cannot change afterwards).
 *
 * @internal
 */
export interface _Prepared {
  readonly def: InstrumentDefinition;
  readonly index: _DefinitionIndex;
  /** linkId → item id or scale id, from `options.linkIds`. */
  readonly linkIds: ReadonlyMap<string, string>;
  readonly unknownLinkIds: 'issue' | 'warning';
  /** The securebase answer code systems of the definition (URL → response scale key) under `options.baseUrl`. */
  readonly securebaseSystems: ReadonlyMap<string, string>;
  /** `options.terminology`, copied. */
  readonly terminology: readonly unknown[];
  /** The Questionnaire of the options, prepared; an issue when it is not a Questionnaire; `undefined` when none was given. */
  readonly questionnaire: _PreparedQuestionnaire | FhirIssue | undefined;
}

/** An answer read so far; its path and source are only for messages, so they are kept in parts until one is needed. @internal */
export interface _Answer {
  readonly value: number | null;
  readonly linkId: string;
  /** The item's path; the answer's value is at `answer`, `0`, `key` below it. */
  readonly itemPath: _Path;
  readonly key: string;
  /** Where the score came from: one description, or every source found (joined with " and "). */
  readonly source: string | readonly _FoundWeight[];
}

/** The state of one call: made per call, never shared, so a reader is re-entrant. @internal */
export interface _Ctx {
  readonly p: _Prepared;
  /** The Questionnaire this response is read against (the options' one, or one contained in the response). */
  readonly q: _PreparedQuestionnaire | undefined;
  readonly terminology: _Terminology;
  readonly issues: FhirIssue[];
  readonly warnings: FhirIssue[];
  readonly answers: Map<string, _Answer>;
  readonly reported: Map<string, { value: number; linkId: string; path: _Path }>;
  nodes: number;
}

// Reading a reader's arguments once: kind checks, a snapshot of the options, the indexes.
import { _formatPath, _preview as preview } from '../../../model/preview.js';
import { _DEFINED_EXPECTED, _isDefined } from '../../../scoring/defined.js';
import type { InstrumentDefinition } from '../../../scoring/types.js';
import { SECUREBASE_FHIR_BASE } from '../constants.js';
import { FhirOptionsError } from '../fhir-options-error.js';
import type { FhirIssue } from '../types.js';
import type { _Prepared, _PreparedQuestionnaire } from './context.js';
import { _index } from './definition-index.js';
import { _at, _issue, type _Path } from './issues.js';
import { arr, field, isObject, type JsonObject, str } from './json.js';
import { _snapshot } from './snapshot.js';
import { _collectTerminology, _questionnaireItems } from './weights.js';

/** Reads and indexes a Questionnaire (the options' snapshot, or one contained in a response). @internal */
export function _prepareQuestionnaire(q: object, response: unknown, extra: readonly unknown[]): _PreparedQuestionnaire {
  return { resource: q, url: str(q, 'url'), items: _questionnaireItems(q), terminology: _collectTerminology(response, q, extra) };
}

/** Why a value is not a Questionnaire we can read, as an issue; `undefined` when it is one. @internal */
export function _questionnaireProblem(q: unknown): FhirIssue | undefined {
  if (!isObject(q) || field(q, 'resourceType') !== 'Questionnaire') {
    return _issue('invalid_questionnaire', null, null, null, `options.questionnaire must be a Questionnaire resource, received ${preview(q)}.`);
  }
  if (arr(q, 'item') === null)
    return _issue('invalid_questionnaire', null, null, _at(null, 'item'), 'The Questionnaire has an item element that is not an array.');
  return undefined;
}

/** The kind check every public function of the room makes on its definition argument. @internal */
export function _checkInstrument(fn: string, instrument: unknown): asserts instrument is InstrumentDefinition {
  if (!_isDefined(instrument)) {
    throw new TypeError(`${fn}: instrument must be ${_DEFINED_EXPECTED}, received ${preview(instrument)}.`);
  }
}

/** Options that could not be read (a throwing getter, a Proxy): the path within the options. @internal */
export interface _UnreadableOptions {
  readonly unreadable: true;
  readonly issue: FhirIssue;
  readonly field: string;
  readonly error: unknown;
}

/**
 * Checks a reader's arguments and reads them once: a deep copy of the options (so that later
 * changes to the caller's objects change nothing), the definition's index, and the Questionnaire
 * and terminology indexed. With `forReader` (a reader outlives the call; a one-shot call does not) the
 * options are copied; the definition is defined (deep-frozen), so it is kept as it is. Throws {@link FhirOptionsError} for an
 * option of the wrong kind; returns {@link _UnreadableOptions} for options that throw when read.
 *
 * @internal
 */
export function _prepare(fn: string, instrument: unknown, options: unknown, forReader: boolean): _Prepared | _UnreadableOptions {
  _checkInstrument(fn, instrument);
  const def: InstrumentDefinition = instrument; // defined: deep-frozen and checked, so a reader may keep it

  // A reader keeps a snapshot of the options; a one-shot call reads them as they are (nothing is kept).
  let o: unknown = options;
  if (forReader) {
    const snap = _snapshot(options);
    if (snap.unreadable) return unreadableOptions(snap.path, snap.error);
    o = snap.value;
  }
  try {
    return prepareOptions(fn, def, o);
  } catch (e) {
    if (e instanceof FhirOptionsError) throw e;
    // Options that throw when read (a getter, a Proxy): find where, by reading them again.
    const snap = _snapshot(options);
    return snap.unreadable ? unreadableOptions(snap.path, snap.error) : unreadableOptions([], e);
  }
}

function unreadableOptions(at: readonly (string | number)[], error: unknown): _UnreadableOptions {
  const path = ['options', ...at];
  const why = error instanceof Error ? error.name : 'an exception';
  const field = _formatPath(path);
  const p = path.reduce<_Path>(_at, null);
  return { unreadable: true, field, error, issue: _issue('invalid_resource', null, null, p, `${field} could not be read (${why}); pass plain data.`) };
}

function prepareOptions(fn: string, def: InstrumentDefinition, o: unknown): _Prepared {
  if (o !== undefined && !isObject(o)) throw new FhirOptionsError(fn, 'options', preview(o), 'an object');
  const opts: JsonObject = o ?? {};
  const index = _index(def);

  const terminology = field(opts, 'terminology');
  if (terminology !== undefined && !Array.isArray(terminology)) {
    throw new FhirOptionsError(fn, 'options.terminology', preview(terminology), 'an array of ValueSet and CodeSystem resources');
  }
  const linkIdsIn = field(opts, 'linkIds');
  const linkIds = new Map<string, string>();
  if (linkIdsIn !== undefined) {
    if (!isObject(linkIdsIn)) throw new FhirOptionsError(fn, 'options.linkIds', preview(linkIdsIn), 'an object from linkId to item id or scale id');
    for (const k of Object.keys(linkIdsIn)) {
      const v = linkIdsIn[k];
      if (typeof v !== 'string' || (!index.itemById.has(v) && !index.scaleById.has(v))) {
        throw new FhirOptionsError(fn, _formatPath(['options', 'linkIds', k]), preview(v), `an item id or scale id of ${def.id}`);
      }
      linkIds.set(k, v);
    }
  }
  const unknownLinkIds = field(opts, 'unknownLinkIds');
  if (unknownLinkIds !== undefined && unknownLinkIds !== 'issue' && unknownLinkIds !== 'warning') {
    throw new FhirOptionsError(fn, 'options.unknownLinkIds', preview(unknownLinkIds), '"issue" or "warning"');
  }
  const baseUrl = field(opts, 'baseUrl');
  if (baseUrl !== undefined && typeof baseUrl !== 'string') throw new FhirOptionsError(fn, 'options.baseUrl', preview(baseUrl), 'a string (a URL)');
  const base = baseUrl ?? SECUREBASE_FHIR_BASE;
  const securebaseSystems = new Map<string, string>();
  for (const key of Object.keys(def.responseScales)) securebaseSystems.set(`${base}/CodeSystem/${def.id}-${key}`, key);

  const extra: readonly unknown[] = terminology ?? [];
  const q = field(opts, 'questionnaire');
  const questionnaire = q === undefined ? undefined : (_questionnaireProblem(q) ?? _prepareQuestionnaire(q as object, undefined, extra));
  return { def, index, linkIds, unknownLinkIds: unknownLinkIds ?? 'issue', securebaseSystems, terminology: extra, questionnaire };
}

// The exercise engine: personalisation, renderers, the session runner, plus the script data
// (generated barrel in ./scripts) and the types. Kept by hand; the scripts barrel is generated.

export {
  PERSONALIZE_LIMITS,
  type PersonalizedScript,
  type PersonalizedStep,
  PersonalizeError,
  type PersonalizeIssue,
  type PersonalizeOptions,
  PRONOUN_SETS,
  type PronounOption,
  type PronounSet,
  personalize,
  safePersonalize,
} from './personalize.js';
export { type MarkdownOptions, renderMarkdown } from './render/markdown.js';
export { renderSsml, SSML_ENGINE_PROFILES, SSML_ENGINES, type SsmlEngine, type SsmlEngineProfile, type SsmlOptions } from './render/ssml.js';
export { type RenderLocaleOptions, renderText, VARIANT_LABELS } from './render/text.js';
export { renderTimeline, type Timeline, type TimelineSpan, type TimelineStep } from './render/timeline.js';
export * from './scripts/index.js';
export {
  DISTRESS_RULE_DEFAULTS,
  type DistressRule,
  type GroundingReason,
  SESSION_EVENT_TYPES,
  SESSION_REFUSAL_CODES,
  SESSION_STATE_VERSION,
  SESSION_STATUSES,
  type SessionCheckIn,
  type SessionEvent,
  type SessionEventType,
  type SessionHistoryEntry,
  type SessionOptions,
  type SessionRefusal,
  type SessionRefusalCode,
  type SessionState,
  type SessionStatus,
  sessionReducer,
  startSession,
} from './session.js';
export * from './types.js';
export { selectVariant } from './variant.js';
export { EXERCISE_TEXT, type ExerciseTextId } from './words.js';

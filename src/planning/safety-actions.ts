import type { SafetyActionDefinition } from './types.js';

/**
 * The safety actions a plan can carry, in the order a plan lists them: safety planning and crisis
 * resources come first. Which ones a plan carries is decided by the planning rules
 * (`PLANNING_RULES`), never by code. Crisis numbers must be localised and checked at build time
 * (clinical brief §C.1); the ones named here are examples the brief verified for the US and Canada.
 *
 * @example
 * ```ts
 * SAFETY_ACTIONS.map((a) => a.id).slice(0, 2); // => ['safety-plan', 'crisis-resources']
 * ```
 * @category Planning
 */
export const SAFETY_ACTIONS = [
  {
    id: 'safety-plan',
    title: 'Make a safety plan with the person',
    detail:
      'Build it together, in their words, and keep a copy where they can reach it: warning signs, things they can do on their own, people and places that help them feel better, people they can ask for help, professionals and crisis lines, and making their surroundings safer (limiting access to means).',
    source: 'Clinical brief §C.1: Stanley & Brown (2012), Cognitive and Behavioral Practice 19:256–264 ✅; Martinengo et al. (2019), BMC Medicine 17:231 ✅.',
  },
  {
    id: 'crisis-resources',
    title: 'Share crisis resources now',
    detail:
      'Show local emergency and crisis options straight away, in a calm and supportive tone (in the US and Canada, call or text 988; in an emergency, 911). Localise the numbers for the person’s region and check them at build time.',
    source: 'Clinical brief §C.1 (988 ✅, Canada 9-8-8 ✅) and §C.2 rule 2.',
  },
  {
    id: 'crisis-flow',
    title: 'Route to the crisis flow or to therapist-only work',
    detail:
      'The person says they are in a crisis or close to one: pause self-guided practice, offer grounding and crisis options, and continue only with a clinician.',
    source: 'Clinical brief §B, universal cautions ("route to crisis flow (§C) or to therapist-only mode").',
  },
  {
    id: 'clinician-review-today',
    title: 'A clinician reviews risk today',
    detail:
      'A recent or current risk answer, or an urgent flag such as PHQ-9 item 9 at 1 or more: the responsible clinician checks on the person’s safety today, following the service’s documented protocol and response times.',
    source:
      'Clinical brief §C.2 rules 1–3: Simon et al. (2013), Psychiatric Services, doi:10.1176/appi.ps.201200587 ✅; VA study (2016), doi:10.1176/appi.ps.201500149 ✅.',
  },
  {
    id: 'clinician-review',
    title: 'A clinician reviews risk before any further work',
    detail:
      'A yes on the risk screen that is not recent: a clinician talks it through with the person before the next piece of work and updates the safety plan.',
    source: 'Clinical brief §C.2 rules 1 and 4 (the review interval for older answers is our conservative choice ⚠).',
  },
  {
    id: 'harm-to-others-review',
    title: 'A clinician assesses the risk of harm to others',
    detail: 'The person said yes to thoughts of harming someone else: a clinician assesses this directly and follows the service’s own safeguarding procedure.',
    source: 'Not covered by the clinical brief ⚠: a conservative extension of §C.2 (a yes is a positive screen that needs a clinician).',
  },
  {
    id: 'structured-risk-assessment',
    title: 'Follow up with a structured risk assessment',
    detail: 'A screen is not an assessment: a clinician follows up with a structured suicide risk assessment (for example the C-SSRS).',
    source: 'Clinical brief §C.2 rule 4 (Uebelacker et al. 2011: item 9 sensitivity .69, specificity .84 ✅; C-SSRS named as an example ⚠).',
  },
  {
    id: 'complete-risk-screen',
    title: 'Finish the risk questions with a clinician',
    detail:
      'The person chose not to answer a risk question. That is their right, and it is not a "no": a clinician asks again gently, explains why it matters, and until then imagery, body and memory practice on their own waits.',
    source: 'Clinical brief §C.2 rule 6 (a 0 does not mean safe) and §C.4 (let people skip questions; explain why each is asked).',
  },
  {
    id: 'notify-clinician',
    title: 'Notify the responsible clinician',
    detail: 'In a clinician-connected programme, a positive screen goes to the responsible clinician as the documented protocol says, with its response time.',
    source: 'Clinical brief §C.2 rule 3.',
  },
  {
    id: 'nobody-monitoring',
    title: 'Say plainly that nobody watches answers in real time',
    detail:
      'In a self-guided app, tell the person clearly that nobody is monitoring their answers in real time, that the app is not an emergency service, and what to do in an emergency.',
    source: 'Clinical brief §C.2 rule 3 and §C.3.',
  },
  {
    id: 'crisis-access-visible',
    title: 'Keep crisis access visible at all times',
    detail: 'A "Get help now" control stays on every screen, whatever the answers were: a "no" on a risk screen does not mean a person is safe.',
    source: 'Clinical brief §C.1 (persistent crisis signposting) and §C.2 rule 6 (VA study 2016: 71.6% of suicides answered "not at all" on item 9 ✅).',
  },
] as const satisfies readonly SafetyActionDefinition[];

/** The id of one of {@link SAFETY_ACTIONS}. @category Planning */
export type SafetyActionId = (typeof SAFETY_ACTIONS)[number]['id'];

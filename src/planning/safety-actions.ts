import type { SafetyActionDefinition } from './planning-rule.js';

/**
 * The safety actions a plan can carry, in the order a plan lists them: safety planning and crisis
 * resources come first. Which ones a plan carries is decided by the planning rules
 * (`PLANNING_RULES`), never by code. No action names a phone number: the help a person is shown
 * (`personHelp`) comes from `safety/` for the region the plan was asked for (`crisisHelp`,
 * `domesticAbuseHelp`), and with no region it names none.
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
    source:
      'Stanley & Brown (2012), Safety planning intervention, Cognitive and Behavioral Practice 19:256–264; Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z.',
    personHelp: null,
  },
  {
    id: 'crisis-resources',
    title: 'Share crisis resources now',
    detail:
      'Show the emergency and crisis options of the person’s region straight away, in a calm and supportive tone (the plan’s forPerson text names them when a region is given). Check the numbers before every release: app audits have found wrong helpline numbers.',
    source:
      'Martinengo et al. (2019), Suicide prevention and depression apps’ suicide risk assessment and management, BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z; Simon et al. (2013), Psychiatric Services 64(12):1195–1202, doi:10.1176/appi.ps.201200587.',
    personHelp: 'crisis',
  },
  {
    id: 'safeguarding',
    title: 'Safeguarding: a clinician reviews safety at home',
    detail:
      'The person said someone is hurting them or making them feel unsafe at home (or was unsure). A clinician talks with them privately and soon, follows the service’s safeguarding procedure, and shares the domestic abuse services of their region. Do not send messages about it where someone else may see them.',
    source:
      'NICE (2014), Domestic violence and abuse: multi-agency working, public health guideline PH50, https://www.nice.org.uk/guidance/ph50; World Health Organization (2013), Responding to intimate partner violence and sexual violence against women: WHO clinical and policy guidelines, ISBN 978 92 4 154859 5.',
    personHelp: 'domestic-abuse',
  },
  {
    id: 'crisis-flow',
    title: 'Route to the crisis flow or to therapist-only work',
    detail:
      'The person says they are in a crisis or close to one: pause self-guided practice, offer grounding and crisis options, and continue only with a clinician.',
    source:
      'Dobkin, Irving & Amar (2012), For whom may participation in a mindfulness-based stress reduction program be contraindicated?, Mindfulness, doi:10.1007/s12671-011-0079-9; Treleaven (2018), Trauma-Sensitive Mindfulness, W. W. Norton.',
    personHelp: 'crisis',
  },
  {
    id: 'clinician-review-today',
    title: 'A clinician reviews risk today',
    detail:
      'A current risk answer, or an urgent flag such as PHQ-9 item 9 at 1 or more: the responsible clinician checks on the person’s safety today, following the service’s documented protocol and response times.',
    source:
      'Simon et al. (2013), Psychiatric Services 64(12):1195–1202, doi:10.1176/appi.ps.201200587; Louzon et al. (2016), Psychiatric Services, doi:10.1176/appi.ps.201500149.',
    personHelp: null,
  },
  {
    id: 'clinician-review',
    title: 'A clinician reviews risk before any further work',
    detail:
      'A yes on the risk screen that is not current and that no clinician has reviewed: a clinician talks it through with the person before the next piece of work, records the review (date and outcome) and updates the safety plan.',
    source:
      'Simon et al. (2013), doi:10.1176/appi.ps.201200587; Uebelacker et al. (2011), Prim Care Companion CNS Disord, doi:10.4088/PCC.10m01027 (item 9 is a screen, not an assessment). The timing for older answers is securebase’s own conservative default, not a published rule.',
    personHelp: null,
  },
  {
    id: 'harm-to-others-review',
    title: 'A clinician assesses the risk of harm to others',
    detail: 'The person said yes to thoughts of harming someone else: a clinician assesses this directly and follows the service’s own safeguarding procedure.',
    source:
      'securebase’s own conservative default (no published rule in our sources): a yes on a risk screen is a positive screen that needs a clinician, as for PHQ-9 item 9 (Uebelacker et al. 2011, doi:10.4088/PCC.10m01027).',
    personHelp: null,
  },
  {
    id: 'structured-risk-assessment',
    title: 'Follow up with a structured risk assessment',
    detail: 'A screen is not an assessment: a clinician follows up with a structured suicide risk assessment (for example the C-SSRS).',
    source:
      'Uebelacker et al. (2011), Prim Care Companion CNS Disord, doi:10.4088/PCC.10m01027 (item 9 against a structured interview: sensitivity .69, specificity .84); C-SSRS: Posner et al. (2011), American Journal of Psychiatry 168(12):1266–1277, doi:10.1176/appi.ajp.2011.10111704.',
    personHelp: null,
  },
  {
    id: 'complete-risk-screen',
    title: 'Finish the risk questions with a clinician',
    detail:
      'The person chose not to answer a risk question, or left a risk item blank. That is their right, and it is not a "no": a clinician asks again gently, explains why it matters, and records the review. Until then imagery, body and memory practice on their own waits.',
    source:
      'Louzon et al. (2016), Psychiatric Services, doi:10.1176/appi.ps.201500149 (most suicides were in people who had answered "not at all", so a blank is not safe); SAMHSA (2014), Concept of Trauma and Guidance for a Trauma-Informed Approach, HHS Pub. No. (SMA) 14-4884 (choice and transparency).',
    personHelp: null,
  },
  {
    id: 'notify-clinician',
    title: 'Notify the responsible clinician',
    detail: 'In a clinician-connected programme, a positive screen goes to the responsible clinician as the documented protocol says, with its response time.',
    source:
      'Simon et al. (2013), doi:10.1176/appi.ps.201200587 (item 9 predicts suicide attempts); Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z.',
    personHelp: null,
  },
  {
    id: 'nobody-monitoring',
    title: 'Say plainly that nobody watches answers in real time',
    detail:
      'In a self-guided app, tell the person clearly that nobody is monitoring their answers in real time, that the app is not an emergency service, and what to do in an emergency.',
    source:
      'Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z; NICE (2018), Evidence standards framework for digital health technologies, https://www.nice.org.uk/corporate/ecd7.',
    personHelp: 'crisis',
  },
  {
    id: 'crisis-access-visible',
    title: 'Keep crisis access visible at all times',
    detail: 'A "Get help now" control stays on every screen, whatever the answers were: a "no" on a risk screen does not mean a person is safe.',
    source:
      'Martinengo et al. (2019), BMC Medicine 17:231, doi:10.1186/s12916-019-1461-z; Louzon et al. (2016), Psychiatric Services, doi:10.1176/appi.ps.201500149 (71.6% of suicides answered "not at all" on item 9).',
    personHelp: 'crisis',
  },
] as const satisfies readonly SafetyActionDefinition[];

/** The id of one of {@link SAFETY_ACTIONS}. @category Planning */
export type SafetyActionId = (typeof SAFETY_ACTIONS)[number]['id'];

// A PHQ-9 page over securebase's questionnaire runner, in plain DOM. All questionnaire logic is
// in the reducer: this file only draws `state.screen`, sends events, and moves focus where
// `state.focus` says. The risk panel is drawn from `state.risk` as soon as it is set.
import {
  type PersonalizedStep,
  personalize,
  phq9,
  type QuestionnaireEvent,
  type QuestionnaireState,
  questionnaireReducer,
  regionResources,
  regulatePacedBreathing,
  resultBandText,
  resultFocusId,
  type SessionState,
  sessionReducer,
  startQuestionnaire,
  startSession,
} from 'securebase';

const app = document.getElementById('app') as HTMLElement;

type Child = Node | string | null | false;
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== false) node.append(c);
  return node;
}

/** Sets an element's children, leaving out the empty ones. */
function fill(parent: HTMLElement, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== false));
}

function focusOn(id: string | undefined): void {
  if (id === undefined) return;
  const target = document.getElementById(id);
  target?.focus();
}

// ---------------------------------------------------------------------------------------------
// Screen 1: choose a region (for the crisis resources shown with a risk), then start.

let region = '';

function showStart(): void {
  const select = h(
    'select',
    { id: 'region' },
    h('option', { value: '' }, 'Somewhere else (no phone numbers shown)'),
    ...regionResources.map((r) => h('option', { value: r.region, selected: r.region === region }, r.name)),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => {
    region = select.value;
  });
  const start = h('button', { type: 'button', class: 'primary', id: 'start' }, 'Start');
  start.addEventListener('click', () => startPhq9());
  fill(
    app,
    h('h1', { id: 'page-title', tabindex: '-1' }, 'How have you been feeling?'),
    h('p', {}, 'This check-in has 9 or 10 short questions about the last 2 weeks. There are no right or wrong answers.'),
    h('p', {}, 'It is not a test and it is not a diagnosis. Your answers help you and your care team talk about how you are doing.'),
    h('label', { for: 'region' }, 'Where do you live? We use this to show the right help lines.'),
    h('div', {}, select),
    start,
  );
}

// ---------------------------------------------------------------------------------------------
// Screen 2: the questionnaire, one item at a time.

let q: QuestionnaireState;
let drawnItem: string | null = null;

function startPhq9(): void {
  q = startQuestionnaire(phq9, region === '' ? {} : { region });
  drawnItem = null;
  drawQuestionnaire();
}

function send(event: QuestionnaireEvent): void {
  q = questionnaireReducer(q, event);
  if (q.status === 'completed') showResult();
  else drawQuestionnaire();
}

const REFUSALS: Partial<Record<string, string>> = {
  unanswered: 'Please choose an answer first.',
  incomplete: 'Please answer every question first.',
};

function riskPanel(state: QuestionnaireState): HTMLElement | null {
  if (state.risk === null) return null;
  const help = state.risk.help;
  return h(
    'section',
    { class: 'risk', id: 'risk-panel', 'aria-labelledby': 'risk-title' },
    h('h2', { id: 'risk-title' }, 'Help is here if you need it'),
    ...state.risk.flags.map((f) => h('p', {}, f.clientMessage)),
    h('p', {}, help.text),
    help.contacts.length === 0
      ? null
      : h(
          'ul',
          {},
          ...help.contacts.map((c) =>
            h(
              'li',
              {},
              `${c.name}${c.phone === undefined ? '' : `: ${c.phone}`}${c.hours === '' ? '' : ` (${c.hours})`}${c.audience === undefined ? '' : `. For: ${c.audience}`}`,
            ),
          ),
        ),
  );
}

function drawQuestionnaire(): void {
  const s = q.screen;
  if (s === null) return;
  if (drawnItem !== s.item) {
    // A new item: draw it, then move focus where the state says (the question heading).
    const group = h('div', { role: 'radiogroup', id: s.ids.group, 'aria-labelledby': s.ids.question, 'aria-describedby': s.ids.instructions ?? undefined });
    for (const o of s.options) {
      const input = h('input', { type: 'radio', name: 'answer', id: o.id, value: String(o.value), checked: s.answer === o.value }) as HTMLInputElement;
      input.addEventListener('change', () => send({ type: 'answer', item: s.item, value: o.value }));
      group.append(h('label', { class: 'choice', for: o.id }, input, ` ${o.label}`));
    }
    const back = h('button', { type: 'button', id: 'back', disabled: !s.canGoBack }, 'Back');
    back.addEventListener('click', () => send({ type: 'back' }));
    const next = h('button', { type: 'submit', class: 'primary', id: 'next' }, s.isLast ? 'Finish' : 'Next');
    const form = h(
      'form',
      { id: 'question-form' },
      h('h2', { id: s.ids.question, class: 'question', tabindex: '-1' }, s.text),
      group,
      h('p', { id: 'refusal', class: 'error', role: 'status' }),
      back,
      next,
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      send({ type: q.screen?.isLast === true ? 'complete' : 'next' });
    });
    fill(
      app,
      h('h1', {}, 'How have you been feeling?'),
      s.instructions === null ? null : h('p', { id: s.ids.instructions ?? '' }, s.instructions),
      h('p', { class: 'progress', id: 'progress' }),
      form,
      h('div', { id: 'risk-slot', 'aria-live': 'polite' }),
    );
    drawnItem = s.item;
    focusOn(q.focus?.id);
  }
  // Every state: progress, the button's label (an answer can show or hide a later item), refusal, risk.
  (document.getElementById('progress') as HTMLElement).textContent = `Question ${s.position} of ${s.of}. Answered: ${q.progress.answered}.`;
  (document.getElementById('next') as HTMLElement).textContent = s.isLast ? 'Finish' : 'Next';
  (document.getElementById('refusal') as HTMLElement).textContent = q.refusal === null ? '' : (REFUSALS[q.refusal.code] ?? '');
  const slot = document.getElementById('risk-slot') as HTMLElement;
  const panel = riskPanel(q);
  if (panel === null) slot.replaceChildren();
  else if (slot.childElementCount === 0) slot.replaceChildren(panel);
}

// ---------------------------------------------------------------------------------------------
// Screen 3: the result.

function showResult(): void {
  const total = q.result?.scales.total;
  const breathe = h('button', { type: 'button', class: 'primary', id: 'breathe' }, 'Try a slow breathing exercise');
  breathe.addEventListener('click', () => showBreathing());
  const again = h('button', { type: 'button', id: 'again' }, 'Start again');
  again.addEventListener('click', () => showStart());
  fill(
    app,
    h('h1', {}, 'Thank you for checking in'),
    h('h2', { id: resultFocusId(q), tabindex: '-1' }, 'Your result'),
    h(
      'p',
      { id: 'total' },
      total?.value === null || total === undefined
        ? 'Your total could not be worked out.'
        : `Your total is ${total.value} out of 27: ${resultBandText(q, 'total') ?? ''}.`, // the band in the state's language
    ),
    h('p', {}, 'This is not a diagnosis. Please talk about it with your doctor or your care team.'),
    riskPanel(q),
    breathe,
    again,
  );
  focusOn(q.focus?.id);
}

// ---------------------------------------------------------------------------------------------
// Screen 4: a paced-breathing exercise with the session runner, step by step, as text.

let session: SessionState;
let steps: readonly PersonalizedStep[] = [];

function stepText(step: PersonalizedStep | undefined): string {
  if (step === undefined) return '';
  if ('text' in step && typeof step.text === 'string') return step.text;
  if (step.kind === 'pause') return `Rest quietly for ${step.seconds} seconds.`;
  return 'Breathe slowly, in and out.';
}

function showBreathing(): void {
  const script = personalize(regulatePacedBreathing, region === '' ? {} : { region });
  steps = script.steps;
  session = startSession(script, Date.now(), region === '' ? {} : { region });
  session = sessionReducer(session, { type: 'start', at: Date.now() });
  fill(
    app,
    h('h1', { id: 'exercise-title', tabindex: '-1' }, script.title),
    h('p', {}, script.summary),
    h('p', { class: 'progress', id: 'step-count' }),
    h('p', { id: 'step-text', tabindex: '-1', 'aria-live': 'polite' }),
    h('div', { id: 'check-in' }),
    h('div', { id: 'grounding' }),
    h('div', { id: 'exercise-buttons' }),
  );
  drawStep();
  focusOn('exercise-title');
}

function drawStep(): void {
  const step = steps[session.step];
  (document.getElementById('step-count') as HTMLElement).textContent = `Step ${session.step + 1} of ${steps.length}`;
  (document.getElementById('step-text') as HTMLElement).textContent =
    session.status === 'completed' ? 'Well done. You can come back to this breath whenever you need it.' : stepText(step);
  const checkIn = document.getElementById('check-in') as HTMLElement;
  checkIn.replaceChildren();
  if (step?.kind === 'check-in' && session.status === 'running') {
    const select = h('select', { id: 'distress' }, ...Array.from({ length: 11 }, (_, v) => h('option', { value: String(v) }, String(v)))) as HTMLSelectElement;
    const save = h('button', { type: 'button', id: 'save-check-in' }, 'Save');
    save.addEventListener('click', () => {
      session = sessionReducer(session, { type: 'check-in', at: Date.now(), value: Number(select.value) });
      drawStep();
    });
    checkIn.append(h('label', { for: 'distress' }, 'How upset do you feel? 0 is calm, 10 is the most upset.'), h('div', {}, select, save));
  }
  const grounding = document.getElementById('grounding') as HTMLElement;
  grounding.replaceChildren(session.grounding.offered ? h('p', { class: 'risk' }, session.grounding.help ?? '') : '');
  const buttons = document.getElementById('exercise-buttons') as HTMLElement;
  buttons.replaceChildren();
  if (session.status !== 'running') return;
  const last = session.step === steps.length - 1;
  const next = h('button', { type: 'button', class: 'primary', id: 'exercise-next' }, last ? 'Finish' : 'Next step');
  next.addEventListener('click', () => {
    session = sessionReducer(session, { type: last ? 'complete' : 'next', at: Date.now() });
    drawStep();
    focusOn(session.status === 'completed' ? 'step-text' : 'exercise-next');
  });
  buttons.append(next);
}

showStart();

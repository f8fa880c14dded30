import { match } from 'ts-pattern';
import type { ClinicianAnnotation, DeliveryContext, ScreenAnswer } from '../../model/intake.js';
import type { Concern, Contraindication } from '../../model/technique.js';
import type { ContraindicationScreen, RiskScreen } from '../formulation.js';
import type { AttachmentProfile, RiskStatus, RuleCondition } from '../planning-rule.js';

/** What rule conditions are evaluated against. */
export interface _RuleContext {
  readonly riskStatus: RiskStatus;
  readonly urgentFlag: boolean;
  /** Whether any risk is current (an urgent flag, a current yes, or a review that found risk current). */
  readonly currentRisk: boolean;
  readonly riskScreen: RiskScreen;
  readonly screen: ContraindicationScreen;
  readonly present: ReadonlySet<Contraindication>;
  /** The profile derived from the attachment estimate (before any clinician annotation). */
  readonly profile: AttachmentProfile;
  readonly annotations: ReadonlySet<ClinicianAnnotation>;
  readonly delivery: DeliveryContext;
  /** The presenting concerns of the formulation. */
  readonly concerns: ReadonlySet<Concern>;
}

const screenAnswers = (screen: ContraindicationScreen, items: readonly (keyof ContraindicationScreen)[] | undefined): ScreenAnswer[] =>
  (items === undefined ? Object.values(screen) : items.map((i) => screen[i])).filter((a): a is ScreenAnswer => typeof a === 'string');

/** Whether a rule condition holds; every condition kind is handled (`exhaustive`). */
export function _holds(condition: RuleCondition, ctx: _RuleContext): boolean {
  return match(condition)
    .with({ kind: 'always' }, () => true)
    .with({ kind: 'risk' }, (c) => ctx.riskStatus === c.status)
    .with({ kind: 'urgent-flag' }, () => ctx.urgentFlag)
    .with({ kind: 'current-risk' }, () => ctx.currentRisk)
    .with({ kind: 'risk-answer' }, (c) =>
      c.items.some((item) => {
        const a = ctx.riskScreen[item];
        if (!c.answers.includes(a.answer)) return false;
        return c.recency === undefined || (a.answer === 'yes' && c.recency.includes(a.recency));
      }),
    )
    .with({ kind: 'screen-answer' }, (c) => screenAnswers(ctx.screen, c.items).some((a) => c.answers.includes(a)))
    .with({ kind: 'contraindication' }, (c) => c.any.some((x) => ctx.present.has(x)))
    .with({ kind: 'profile' }, (c) => c.any.includes(ctx.profile))
    .with({ kind: 'annotation' }, (c) => c.any.some((x) => ctx.annotations.has(x)))
    .with({ kind: 'concern' }, (c) => c.any.some((x) => ctx.concerns.has(x)))
    .with({ kind: 'delivery' }, (c) => ctx.delivery === c.context)
    .with({ kind: 'all' }, (c) => c.of.every((x) => _holds(x, ctx)))
    .with({ kind: 'any' }, (c) => c.of.some((x) => _holds(x, ctx)))
    .with({ kind: 'not' }, (c) => !_holds(c.condition, ctx))
    .exhaustive();
}

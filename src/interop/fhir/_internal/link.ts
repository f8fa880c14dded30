// Linking: which item or score of the definition a linkId stands for.
import type { ScaleDefinition } from '../../../scoring/types.js';
import type { _Ctx } from './context.js';
import type { _ItemInfo } from './definition-index.js';

/** What a linkId links to: an item of the definition, or one of its scales (a stored total). @internal */
export type _Target = { readonly kind: 'item'; readonly info: _ItemInfo } | { readonly kind: 'scale'; readonly scale: ScaleDefinition };

/** The item or score a code names, if exactly one. */
function byCode(ctx: _Ctx, code: string): _Target | undefined {
  const info = ctx.p.index.itemByCode.get(code);
  if (info) return { kind: 'item', info };
  const scale = ctx.p.index.scaleByCode.get(code);
  if (scale) return { kind: 'scale', scale };
  return undefined;
}

/**
 * Resolves a linkId: `options.linkIds` first, then the item id, the scale id (`score-<id>` too),
 * then a code: the linkId itself, without a leading "/", its last "/" segment, then the
 * Questionnaire item's codes.
 *
 * @internal
 */
export function _resolve(ctx: _Ctx, linkId: string): _Target | undefined {
  const { index } = ctx.p;
  const explicit = ctx.p.linkIds.get(linkId);
  if (explicit !== undefined) {
    const info = index.itemById.get(explicit);
    if (info) return { kind: 'item', info };
    const scale = index.scaleById.get(explicit);
    if (scale) return { kind: 'scale', scale };
  }
  const info = index.itemById.get(linkId);
  if (info) return { kind: 'item', info };
  if (linkId.startsWith('score-')) {
    const s = index.scaleById.get(linkId.slice(6));
    if (s) return { kind: 'scale', scale: s };
  }
  const s = index.scaleById.get(linkId);
  if (s) return { kind: 'scale', scale: s };
  const slash = linkId.lastIndexOf('/');
  const found =
    byCode(ctx, linkId) ??
    (linkId.startsWith('/') ? byCode(ctx, linkId.slice(1)) : undefined) ??
    (slash >= 0 && slash < linkId.length - 1 ? byCode(ctx, linkId.slice(slash + 1)) : undefined);
  if (found) return found;
  for (const c of ctx.q?.items.get(linkId)?.codes ?? []) {
    const t = byCode(ctx, c);
    if (t) return t;
  }
  return undefined;
}

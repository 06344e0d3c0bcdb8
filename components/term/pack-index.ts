import { indexPack, pack as shippedPack, type PackIndex } from '../../glossary/pack.ts';
import type { GlossaryPack } from '../../glossary/model/pack.ts';

const indexes = new WeakMap<GlossaryPack, PackIndex>();

/** The lookups of a pack (the shipped one by default), built once per pack. */
export function indexOf(p: GlossaryPack = shippedPack): PackIndex {
  let index = indexes.get(p);
  if (!index) indexes.set(p, (index = indexPack(p)));
  return index;
}

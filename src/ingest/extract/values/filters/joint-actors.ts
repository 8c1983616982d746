import type { Lexicon } from '../../../lexicon';
import { startsWithAny } from '../../../segment';
import type { ValueContext } from './value-context';

// The bodies that act together, counted in their name as actors (中央网信办等13个部门联合评选认定…): who acted, as
// 3部门联合印发 is, not a quantity measured. A count of bodies an act reaches stays (实现…等20个监管部门的审管互动).

export function countsJointActors(v: ValueContext, lexicon: Lexicon): boolean {
  const j = lexicon.indicators.reading.jointActors;
  if (!j) return false;
  const after = (v.after ?? '').replace(/\s+/g, '');
  const noun = startsWithAny(after, j.nouns);
  return noun !== '' && startsWithAny(after.slice(noun.length), j.acts) !== '';
}

import type { Lexicon } from '../../lexicon';
import { longestFirst, prepared } from '../../segment';

// A platform is named: a kind word alone (创新平台, 信息系统, 老工业基地) names no platform, and
// neither do qualifiers that name nothing before one (重大科技创新平台, 国产操作系统). A place, an
// owner, a brand or a field left after the qualifiers (知识产权大数据信息服务平台) is a name.

type PlatformLexicon = Lexicon['platforms'];

interface Kinds {
  kinds: Set<string>;
  qualifiers: string[];
}
const kindsOf = new WeakMap<PlatformLexicon, Kinds>();

const kindsFor = (lex: PlatformLexicon): Kinds =>
  prepared(kindsOf, lex, () => ({ kinds: new Set(lex.notNames), qualifiers: longestFirst(lex.qualifiers) }));

/** True when a name is a kind word, perhaps after qualifiers that name nothing. */
export function isBareKind(name: string, lex: PlatformLexicon): boolean {
  const { kinds, qualifiers } = kindsFor(lex);
  let rest = name;
  for (;;) {
    if (kinds.has(rest)) return true;
    const q = qualifiers.find((w) => rest.startsWith(w) && rest.length > w.length);
    if (!q) return false;
    rest = rest.slice(q.length);
  }
}

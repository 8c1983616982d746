import type { NodeLabel } from '../../model';
import type { Lexicon } from '../lexicon';
import { foldForMatching } from '../normalise';
import { alternation, innermostPlace, longestFirst } from '../segment';

// Canonical names and matching keys. The name keeps the document's words (simplified; a plan's in
// the script it is written in, the other script an alias), without the “” 《》 marks around it; the
// key folds away what does not change identity: script, quotes, spaces, a leading 累计/新增, a
// trailing 总数/数量/数 on indicators, and dictionary aliases.

const folds = new Map<string, string>();
/** foldForMatching, remembered: the same names recur across documents. */
export function fold(text: string): string {
  let f = folds.get(text);
  if (f === undefined) {
    f = foldForMatching(text);
    if (folds.size > 50_000) folds.clear();
    folds.set(text, f);
  }
  return f;
}

const MARKS = /[“”‘’"《》\s]/g;
// The slogan form of a platform (全市公共数据运营一个平台) names the one X platform
// of the city: X平台. A slogan with nothing before 一个 (全市一个教育平台) is kept as it is.
const SLOGAN = /^(?:全市|全省|全区|全县)(.+?)一[个家套](.+)$/;
const OUTER = /^[“《"](.*)[”》"]$/;

export interface Canonical {
  name: string;
  key: string;
  aliases: string[];
}

function aliasTable(label: NodeLabel, lexicon: Lexicon): Record<string, string[]> {
  if (label === 'Indicator') return lexicon.indicators.canonical;
  if (label === 'Platform') return lexicon.platforms.known;
  if (label === 'Agency') return { ...lexicon.agencies.central, ...lexicon.agencies.known };
  return {};
}

const tables = new WeakMap<Lexicon, Map<string, Map<string, string>>>();

/** key → canonical name, from the lexicon's dictionary for a label. */
function dictionary(label: NodeLabel, lexicon: Lexicon): Map<string, string> {
  let perLabel = tables.get(lexicon);
  if (!perLabel) {
    perLabel = new Map();
    tables.set(lexicon, perLabel);
  }
  let table = perLabel.get(label);
  if (!table) {
    table = new Map();
    for (const [name, aliases] of Object.entries(aliasTable(label, lexicon))) {
      for (const form of [name, ...aliases]) table.set(baseKey(label, form, lexicon), name);
    }
    perLabel.set(label, table);
  }
  return table;
}

/** A span of years written with a hyphen or a tilde (2022-2024年) is the one written with a dash (2022—2024年). */
const SPAN_DASH = /(\d)[-~—](?=\d)/g;

const changeFirst = new WeakMap<Lexicon, RegExp>();
/**
 * A change named verb first (再减少农村贫困人口, a target) is the change named verb last (农村贫困人口减少,
 * the report's result): one indicator. Only the change verbs among the lexicon's change endings
 * (减少, 下降 …, not 增速 or 涨幅), after the 要 / 再 a target writes, and with a name left after them.
 */
function changeLast(key: string, lexicon: Lexicon): string {
  let re = changeFirst.get(lexicon);
  if (!re) {
    const verbs = lexicon.indicators.changeVerbs;
    re = verbs.length ? new RegExp(`^(?:要再|要|再)?(${alternation(verbs)})(.{2,})$`, 'u') : /(?!)/;
    changeFirst.set(lexicon, re);
  }
  const m = re.exec(key);
  return m ? m[2] + m[1] : key;
}

function baseKey(label: NodeLabel, name: string, lexicon: Lexicon): string {
  let k = fold(name).replace(MARKS, '').replace(SPAN_DASH, '$1—');
  if (label === 'Agency') {
    // 某某市大数据局 and 市大数据局 are one body; which city is kept apart, in the agency's city.
    // 呼伦贝尔市海拉尔区人民政府 and 海拉尔区政府 are one body too: the key starts after its innermost place.
    const city = innermostPlace(k, lexicon);
    if (city) k = k.slice(city.at + city.place.length);
    // 区人民政府 and 区政府 are one body.
    for (const [full, short] of Object.entries(lexicon.agencies.shortKinds)) if (k.includes(full)) k = k.replace(full, short);
  }
  if (label === 'Indicator') {
    k = k.replace(/^(累计|新增)/, '');
    k = changeLast(k, lexicon);
    const suffix = longestFirst(lexicon.indicators.keyStripSuffixes).find((s) => k.endsWith(s) && k.length > s.length + 1);
    if (suffix) k = k.slice(0, -suffix.length);
  }
  return k;
}

/**
 * The place a name opens with, written before a known local name of the level after it (威海 + 市大数据局), unless it is
 * the place the known name's own written forms give (青岛市大数据发展管理局: the 市大数据局 of the dictionary).
 */
function placedName(name: string, known: string, lexicon: Lexicon): string {
  const place = innermostPlace(name, lexicon);
  if (!place) return known;
  const end = place.at + place.place.length;
  if (known[0] !== name[end]) return known;
  const forms = lexicon.agencies.known[known] ?? lexicon.agencies.central[known] ?? [];
  const own = forms.some((a) => innermostPlace(a, lexicon)?.place === place.place);
  return own ? known : name.slice(0, end) + known;
}

const HAN = /[\u3400-\u9fff]/;
/** Corner quotes (「一帶一路」) are the script's own marks: folded to “” for matching, written as they were. */
const CORNER = /[「」『』]/;

/**
 * The folded text with the document's own script put back: a plan titled in traditional script
 * keeps its name as written, corner quotes too (widths and spaces still folded); its simplified form is an alias.
 * Folding keeps every character in its place, so the two align index by index.
 */
function asWritten(raw: string, folded: string): string {
  if (raw.length !== folded.length) return folded;
  let out = '';
  for (let i = 0; i < raw.length; i++) out += raw[i] !== folded[i] && (HAN.test(raw[i]) || CORNER.test(raw[i])) ? raw[i] : folded[i];
  return out;
}

export function canonical(label: NodeLabel, raw: string, lexicon: Lexicon): Canonical {
  const simplified = fold(raw.trim());
  const folded = label === 'Plan' ? asWritten(raw.trim(), simplified) : simplified;
  const inner = OUTER.exec(folded)?.[1] ?? folded;
  let name = label === 'Indicator' || label === 'Platform' || label === 'EngineeringProject' ? inner.replace(/[“”]/g, '') : inner;
  const slogan = label === 'Platform' ? SLOGAN.exec(name) : null;
  if (slogan) name = slogan[1] + slogan[2];
  const key = baseKey(label, name, lexicon);
  const known = dictionary(label, lexicon).get(key);
  const plain = OUTER.exec(simplified)?.[1] ?? simplified;
  const aliases = [raw.trim(), folded, inner, ...(plain !== inner ? [simplified, plain] : []), ...(slogan ? [slogan[0]] : [])].filter(
    (a) => a !== (known ?? name),
  );
  if (known) {
    // 威海市大数据局: a known local name (市大数据局) written with its place keeps the place, so another city's body
    // is not named by the short form a document of its own city uses.
    const named = label === 'Agency' ? placedName(name, known, lexicon) : known;
    return {
      name: named,
      key: baseKey(label, known, lexicon),
      aliases: [...new Set([...aliases, name, known])].filter((a) => a !== named),
    };
  }
  return { name, key, aliases };
}

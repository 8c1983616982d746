// The ~400 most frequent characters of written modern Chinese (general 字频 lists). They cover
// about two thirds of ordinary text, while a wrong legacy decoding scatters bytes over thousands of
// characters, so counting them tells GB18030 from Big5. General language data, not about any document.
type OpenCC = { Converter(o: { from: string; to: string }): (s: string) => string };

const FREQUENT_SIMPLIFIED = [
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里',
  '用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实',
  '日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政',
  '美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员',
  '解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件',
  '计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象',
  '完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改',
  '收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调',
].join('');

let common: ReadonlySet<string> | undefined;

/**
 * The frequent characters in simplified form plus their traditional forms, so Big5 text scores
 * too. Built on first use: only legacy-encoded files need it, and the cn→t dictionary is slow to load.
 */
export function commonHanzi(): ReadonlySet<string> {
  if (!common) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const toTraditional = (require('opencc-js/cn2t') as OpenCC).Converter({ from: 'cn', to: 'tw' });
    common = new Set([...FREQUENT_SIMPLIFIED, ...toTraditional(FREQUENT_SIMPLIFIED)]);
  }
  return common;
}

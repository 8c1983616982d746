import { z } from 'zod';
import { PLAN_KINDS } from '../../model';

// The shape of seeds/lexicon/*.json. Vocabulary lives there as data so that code reads the
// documents instead of knowing them; zod checks the files once, when they are loaded.

const words = z.array(z.string());
const aliasTable = z.record(z.string(), words);

export const documentKindsSchema = z.object({
  titleOrder: words,
  title: z.record(z.string(), words),
  headings: z.record(z.string(), words),
  bylines: words,
  metadataLabels: words,
  // Labels of a title field in a metadata block (标 题：…), read before any title line is guessed.
  titleLabels: words.default([]),
  boilerplate: words,
  // Title words of a document that reports on a period gone by whatever its kind (统计公报, 经济运行情况).
  reportTitles: words.default([]),
});

export const sectionsSchema = z.object({
  plan: words,
  report: words,
  problems: words,
  nextHalf: words,
  nextYear: words,
  firstHalf: words,
  projectHeadingVerbs: words,
});

export const plansSchema = z.object({
  suffixes: z.record(z.string(), z.string()),
  notPlans: words,
  levels: z.object({
    national: words,
    provincial: words,
    municipal: words,
    district: words.default([]),
    // Words that hold a level character but name no level (市场, 区域).
    notLevel: words.default([]),
    // Words right before a plan's name that give its level (自治区“8337”发展思路).
    before: z.record(z.string(), z.enum(['national', 'provincial', 'municipal', 'district'])).default({}),
    // First-person place words that give a document's own level (我省, 全市).
    own: z.record(z.string(), z.enum(['national', 'provincial', 'municipal', 'district'])).default({}),
    // A level made strong or prosperous by a strategy, in its name (制造强国, 科教兴区): the strategy is that level's.
    builtInto: z.record(z.string(), z.enum(['national', 'provincial', 'municipal', 'district'])).default({}),
  }),
  programmeWord: z.string(),
  fiveYearPeriods: z.record(z.string(), z.string()),
  // Words after a five-year period that make it a time, not the start of a plan's name (“十四五”期间规划建设…).
  fiveYearTimes: words.default([]),
  // Words opening what stands before a five-year period that make it no part of the plan's name: a preposition or a
  // share of plans (对本地区“十一五”规划, 部分“十四五”规划重大工程).
  fiveYearNotFirst: words.default([]),
  implementCues: words,
  issueCues: words,
  docNumberLabels: words,
  dateLabels: words,
  taskCountNouns: words,
  projectCountNouns: words,
  // Plans named in running text without 《》 (extract/plans/named-plans.ts).
  // The document's own plan named by itself (制定本行动方案) and title lines that are plans though
  // their ending is not a plan suffix (政府工作报告).
  named: z
    .object({
      heads: z.record(z.string(), z.string()),
      cues: words,
      ends: words,
      generic: words,
      leadingJoiners: words,
      before: words,
      notInside: words,
      selfCues: words,
      selfWords: words,
      titleHeads: z.record(z.string(), z.string()),
      // Endings that make a 《》 title a plan though running text ending so names none (《…若干政策》, not 就业优先政策).
      citedEndings: z.record(z.string(), z.string()).default({}),
      // Heads of things other than plans that end a list's item before a joiner (智能制造工程和…行动).
      itemEnds: words.default([]),
      // Words of a report's title line that make it an account of a budget, not a plan (预算执行情况, 预算草案).
      budgetReports: words.default([]),
      // Title heads of a document that reports on another plan (工作总结, 评估报告): a Plan, not the document's own plan.
      reportsOn: words.default([]),
      // Notes in brackets after a title line that say which part is given (…纲要（节选）): no part of the name.
      titleNotes: words.default([]),
      // Words before a 《》 title that make it a short form of the plan just named (以下简称《总体方案》).
      shortForms: words.default([]),
      // Verbs after a plan that opens its clause (科教兴区战略深入实施, 学生营养改善计划惠及…).
      afterCues: words.default([]),
      // The same written as a manner word and a verb of carrying out (…战略深入实施, …规划正式印发): every pair reads.
      afterAdverbs: words.default([]),
      afterVerbs: words.default([]),
      // A frame around a plan that opens its clause: opening word → closing word (以…规划为指导).
      frames: z.record(z.string(), z.string()).default({}),
      // Words right before the head that make the name a kind, not one plan (各项规定, 相关规定).
      notBeforeHead: words.default([]),
      // Words right after a name that make it a field of work, not a plan (…以及频率规划等方面的交流).
      fieldsAfter: words.default([]),
      // Cues that cite what a text works from (根据, 依据), and the bare heads that after them name a
      // schedule worked from, not a plan (能够根据线路行车计划、驾驶员出勤…).
      basisCues: words.default([]),
      scheduleHeads: words.default([]),
      // Characters that may not stand right before a head (方法, 依法 are no law named …法).
      headGuards: z.record(z.string(), words).default({}),
      // Quoted plans (extract/plans/quoted-plans.ts): heads that end a quoted name, heads after the
      // quotes, and words after those that make the phrase something else (战略布局).
      strongHeads: words.default([]),
      // Heads read without a cue verb, and the words a name runs back to (extract/plans/standing-plans.ts).
      standingHeads: words.default([]),
      standingBounds: words.default([]),
      // What a standing head may be followed by, besides the end words (面向…战略需求).
      standingEnds: words.default([]),
      standingNotFirst: words.default([]),
      // A field written with its partner before 和 as one name (国民经济和社会发展规划): the name runs back over both.
      jointFields: words.default([]),
      // Heads read without a cue verb only after the level of government that runs the plan (国家重点研发计划).
      leveledHeads: words.default([]),
      leveledOpeners: words.default([]),
      // countsFirst: a count opening a name makes it a kind (一批省级…计划).
      countsFirst: words.default([]),
      copulas: words.default([]),
      // Kinds a national document's unplaced names are national for (extract/plans/named-plans.ts).
      nationalKinds: words.default([]),
      // Kinds a provincial or city document's unplaced names take its level for (extract/plans/named-plans.ts).
      localKinds: words.default([]),
      // A work report naming itself in its address (extract/plans/own-plans.ts): 我代表…，向大会报告政府工作.
      selfReport: z
        .object({ speaker: z.string(), addresses: words, reportName: z.string() })
        .default({ speaker: '', addresses: [], reportName: '' }),
      quotedHeads: z.record(z.string(), z.string()).default({}),
      quotedNotAfter: words.default([]),
      // Endings inside quotes that name a plan only when quoted (“河长制”, “气十条”, “厕所革命”).
      quotedInnerHeads: z.record(z.string(), z.string()).default({}),
      // Heads after quotes that name a plan only with the name's words before the quotes (信访积案化解“百日攻坚”活动).
      quotedLeadHeads: z.record(z.string(), z.string()).default({}),
      // Plain words that hold a notInside mark (高等 holds 等): no list summary, no bar to a name.
      notInsideWords: words.default([]),
      // Verbs of drafting inside a name read after another cue (依据标准自主制订人才培养方案): the name starts after them.
      draftCues: words.default([]),
      // Bodies whose own papers and events are no plans: drafting (支持龙头企业制定…方案), taking part (职业学校“…”活动).
      ownBodies: words.default([]),
      // Acts by which such a body carries out its own paper (中小学校“一校一案”落实德育工作方案), besides drafting it.
      ownActs: words.default([]),
      // Words after a level opener that make it a body or a kind, not the level running a plan (国家级, 国家局).
      leveledNotAfter: words.default([]),
      // What a leveled head may be followed by, besides the end words (衔接国家科技重大专项成果).
      leveledEnds: words.default([]),
      // Research foundations a level runs (国家自然科学基金), read after their level opener wherever written, not
      // before the words that make them a body or a fund's projects (国家自然科学基金委, 省自然科学基金项目).
      foundations: z.object({ heads: words.default([]), notBefore: words.default([]) }).default({ heads: [], notBefore: [] }),
      // Funding programmes written as 项目 beside funding plans in one list (extract/plans/listed-programmes.ts): `items` close
      // such an item, `beside` close the plans that make the list one of programmes.
      listedProgrammes: z.object({ items: words.default([]), beside: words.default([]) }).default({ items: [], beside: [] }),
      // Regimes of chiefs (extract/plans/regimes.ts): `head` closes one (长制), `after` are what a field opens after.
      regimes: z.object({ head: z.string().default(''), after: words.default([]) }).default({ head: '', after: [] }),
      // Words a title opens with before its cue verb (关于推进…的意见): a name read after the cue runs from them.
      titleOpeners: words.default([]),
      // Words that make a cue verb a periodic act (定期发布…指南): what it issues is a series, not one plan.
      periodic: words.default([]),
      // Kinds whose head a list shares (制造强国、网络强国战略).
      sharedKinds: words.default(['strategy']),
      // How the items of a list sharing a campaign head end: named actions (…提升、…创建行动).
      actionEnds: words.default([]),
      // Programmes named without a head word (extract/plans/programmes.ts).
      // outcomes: what a programme achieves right after its name (推动西部大开发形成新格局, …协同发展取得明显进展),
      // or what it must do (长江经济带发展要坚持…); leads: words before a name that make it the object (将…上升为国家战略).
      // standing: national programmes whose name alone says so, read wherever written (“一带一路”, 健康中国);
      // standingTails: a word read with such a name (…建设).
      programmes: z
        .object({
          regions: words,
          developments: words,
          jointly: words,
          outcomes: words.optional(),
          leads: words.optional(),
          // rounds: a word before a region that is part of its programme's name (新一轮东北振兴).
          rounds: words.optional(),
          standing: words.optional(),
          standingTails: words.optional(),
          // standingEndsBefore: words after which a standing name stands alone (…新型城镇化道路, …进程).
          standingEndsBefore: words.optional(),
          // standingKinds: the kind of a standing name that is not an initiative (“约法三章”: the State Council's rules).
          standingKinds: z.record(z.string(), z.enum(PLAN_KINDS)).optional(),
          // placed: words naming the quality a programme builds into a place (平安海拉尔建设); placeGovernments:
          // how a text names a place's government (海拉尔区人民政府), which tells a place from another noun (法治政府).
          placed: words.optional(),
          placeGovernments: words.optional(),
          // nation: the nation's name; nationQualities: the qualities a national programme builds into it (健康中国,
          // 美丽中国建设), each with the nation a standing name.
          nation: z.string().optional(),
          nationQualities: words.optional(),
          // thingsNamedAfter: an event or a zone named after a standing programme (数字中国建设峰会, “数字中国”标杆实践区).
          thingsNamedAfter: words.optional(),
          // areas: what a region's programme area is called (经济带, 新通道); builds: verbs that build one as a whole,
          // closing its clause (建设长江经济带。; 加快建设西部陆海新通道。).
          areas: words.optional(),
          builds: words.optional(),
          // compass: region words that are only a direction (西部, 东北): a part of any place too (东部盟市), so the
          // nation's region only with 地区 or nothing after it, then the development's manner, examples after 等 or an area.
          compass: words.optional(),
          // regionWord: what turns a direction into the nation's region (东部地区).
          regionWord: z.string().optional(),
        })
        .default({ regions: [], developments: [], jointly: [] }),
      // Laws named without 《》 (extract/plans/laws.ts): standing: laws a text names by one word (宪法, 基本法),
      // not where a word after makes it something else (宪法宣传周); revised: words that say a law was
      // revised, before its name (落实好新修订的个人所得税法); enacted: words of its making after its name (外商投资法获得通过,
      // 加快网络安全法立法进程), with the heads such a name ends in, the endings that are no law's (办法, 执法), and the
      // verbs before it that are not its name's (加快).
      laws: z
        .object({
          standing: words.default([]),
          notAfter: words.default([]),
          revised: words.default([]),
          enacted: words.default([]),
          enactedHeads: words.default([]),
          notLaws: words.default([]),
          enactedCues: words.default([]),
        })
        .default({ standing: [], notAfter: [], revised: [], enacted: [], enactedHeads: [], notLaws: [], enactedCues: [] }),
      // Policies named by the rule they fix (extract/plans/rule-policies.ts): modals that open the rule (再延长30年, 可生育两个孩子),
      // the units its count takes, the head after it; drops: words before the name that say whose it is (国家关于…).
      rulePolicies: z
        .object({ modals: words.default([]), units: words.default([]), head: z.string().default(''), drops: words.default([]) })
        .default({ modals: [], units: [], head: '', drops: [] }),
    })
    .default({
      afterCues: [],
      afterAdverbs: [],
      afterVerbs: [],
      frames: {},
      notBeforeHead: [],
      fieldsAfter: [],
      basisCues: [],
      scheduleHeads: [],
      headGuards: {},
      strongHeads: [],
      standingHeads: [],
      standingBounds: [],
      standingEnds: [],
      standingNotFirst: [],
      jointFields: [],
      leveledHeads: [],
      leveledOpeners: [],
      countsFirst: [],
      copulas: [],
      nationalKinds: [],
      localKinds: [],
      selfReport: { speaker: '', addresses: [], reportName: '' },
      quotedHeads: {},
      quotedNotAfter: [],
      quotedInnerHeads: {},
      quotedLeadHeads: {},
      notInsideWords: [],
      draftCues: [],
      ownBodies: [],
      ownActs: [],
      leveledNotAfter: [],
      leveledEnds: [],
      foundations: { heads: [], notBefore: [] },
      listedProgrammes: { items: [], beside: [] },
      regimes: { head: '', after: [] },
      titleOpeners: [],
      periodic: [],
      sharedKinds: ['strategy'],
      actionEnds: [],
      programmes: { regions: [], developments: [], jointly: [] },
      laws: { standing: [], notAfter: [], revised: [], enacted: [], enactedHeads: [], notLaws: [], enactedCues: [] },
      rulePolicies: { modals: [], units: [], head: '', drops: [] },
      heads: {},
      cues: [],
      ends: [],
      generic: [],
      leadingJoiners: [],
      before: [],
      notInside: [],
      selfCues: [],
      selfWords: [],
      titleHeads: {},
      citedEndings: {},
      itemEnds: [],
      budgetReports: [],
      reportsOn: [],
      titleNotes: [],
      shortForms: [],
    }),
  // Named 工程 anywhere in running text (extract/projects/projects.ts).
  projectNames: z
    .object({
      notFollowedBy: words,
      nameWords: words,
      boundaries: words,
      generic: words,
      standing: words.default([]),
      copulas: words.default([]),
      trades: words.default([]),
      // Words a boundary word must not cut (水资源|配置工程): the name runs on past the whole word.
      wholeWords: words.default([]),
    })
    .default({ notFollowedBy: [], nameWords: [], boundaries: [], generic: [], standing: [], copulas: [], trades: [], wholeWords: [] }),
});

export const placesSchema = z.object({
  cities: words,
  provinces: words,
  // Words that name a kind of city, not one (各省、自治区、直辖市人民政府: 直辖 is no city).
  cityKinds: words.default([]),
  // The provincial-level divisions by the short name a list writes them with, and their full name (广西 → 广西壮族自治区).
  provincialNames: z.record(z.string(), z.string()).default({}),
  // Words that end a kind of zone or a rank before a level word, not a place's name (高新区, 开发区, 中心城区).
  notPlaces: words.default([]),
  // Words a place's name may follow inside a sentence (我代表海拉尔区人民政府, 配合呼伦贝尔市).
  placeOpeners: words.default([]),
});

export const domainsSchema = z.object({
  aliases: z.record(z.string(), z.string()),
  keywords: z.record(z.string(), words),
  programmeVocabulary: words,
});

export const verbsSchema = z.object({
  task: words,
  result: words,
  adverbs: words,
  leadIns: words,
  reportSubjects: words,
  // Verbs of means (依托, 用好, 审议): a clause opens after them, never a name.
  means: words.default([]),
});

// Finer rules for naming what a number measures (extract/indicator-*.ts, value-*.ts); optional.
const indicatorReading = z
  .object({
    predicateAdverbs: words,
    measureNouns: words,
    peopleUnits: words,
    perPeriod: words,
    recipientPrepositions: words,
    memberCues: words,
    memberNouns: words,
    memberName: z.string(),
    unitNouns: z.record(z.string(), z.string()),
    memberVerbs: words,
    qualifiedHeads: words,
    leadingOrdinals: words,
    trailingGeneric: words,
    determiners: words,
    nounEnds: words,
    periodWords: words,
    locatives: words,
    predicateLeads: words,
    phaseUnits: words,
    // A policy's offer to each applicant (给予最高500万元奖励) or eligibility threshold (首次突破100亿元)
    // is not an indicator's value; nor a small count written in words (两个, 八项规定, 五次全会).
    offerCues: words,
    offerUnits: words,
    // In a report, money paid out is a total (一次性发放200亿元补贴); only these mark an offer per head.
    offerPerHeadCues: words,
    // A per-capita standard (人均财政补助标准提高30元) is a level, though 补助 is in its name.
    perCapitaWords: words,
    standardWords: words,
    // …and so is a standard raised by a rate (抚恤和生活补助标准提高20%以上): how much it rose, no offer.
    raiseWords: words,
    thresholdCues: words,
    // A base that qualifies (起征点从月销售额3万元…, 应纳税所得额100万元至300万元部分), anywhere before.
    thresholdNouns: words,
    smallWordCount: z.number(),
    // The nation's whole population as a figure of speech (14亿多人口大国, 把14亿多中国人的饭碗…): no value.
    populationNouns: words,
    // The nation's stock of people said in passing (我国有2.9亿在校学生, 我国60岁以上人口已达2.5亿,
    // 我国有13亿人口、9亿劳动力资源): the subject, the verbs of having and the nouns of a population; a number the size of
    // the nation's people owning what follows (保障好14亿人的粮食安全).
    nationStock: z
      .object({ subjects: words, having: words, population: words, scale: z.number().optional(), owned: words.default([]) })
      .optional(),
    // A count of times opening its clause (两次降低存款准备金率) counts actions, even in words.
    actionCountUnits: words,
    // The set a task works around (围绕N条产业链和M个产业集群，…): what exists, not a value.
    scopeCues: words,
    // Nouns after a count that name the parts a structure is described by (5个层面, 两个层级, 三方面), not a quantity.
    groupingNouns: words.default([]),
    // A figure whose clause only reaches it (…，达到98.5%) measures the subject of the clause before,
    // which ends where these words open its predicate (新农合参合率再创新高).
    subjectPredicates: words,
    // Terms written with a numeral that count nothing (三次产业).
    numeralTerms: words,
    // Units that grade a facility (220千伏变电站): never a value.
    gradeUnits: words,
    // Words right before a figure that, with a noun after it, grade what it names (时速600公里高速磁悬浮列车).
    gradeLeads: words,
    // A plant's capacity naming a project in a list of projects (大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目):
    // its units, the heads that close the project's phrase, and the works done to a capacity, which stay values
    // (黑羊站水厂3万吨扩建项目).
    capacityNames: z.object({ units: words, heads: words, acts: words }).optional(),
    // A provision norm (各中小学至少配备1名…教师, 每5所幼儿园配备1名责任督学): what each unit is given, and the base
    // it is counted by; a rule of coverage, not a quantity. The words that open it and the verbs that provide.
    provisionNorms: z.object({ opens: words, verbs: words }).optional(),
    // Those a survey asked (46.9%的受访者表示了解…): a share before them is named by them and what they said.
    respondentNouns: words.default([]),
    // Units of a routine's frequency (每年调整1次专业, 每5年修订1次…目录): how often it recurs, a norm, not a quantity.
    routineUnits: words.default([]),
    // A count of the indicators a plan sets itself (提出了4类共25项指标): its units and the head its phrase ends on.
    ownIndicators: z.object({ units: words, heads: words }).optional(),
    // A rate offered as what would suffice (7%左右的速度可以实现比较充分的就业): the heads it is the rate of and the modals.
    arguedRates: z.object({ heads: words, modals: words }).optional(),
    // A bound before the noun it sorts (30万千瓦以下煤电机组, 1000人规模的学校): units that never sort a class, and the
    // words after a size that make it one.
    classThresholds: z.object({ notUnits: words, sizeWords: words }).optional(),
    // A figure opening its clause that names the set a change of the clause is summed over (31个省份本级公务接待费减少26%),
    // or the distance a rate is measured at (5米远场识别率超过92%).
    measuredSets: z.object({ units: words, verbs: words, conditionUnits: words, rateHeads: words, levelVerbs: words }).optional(),
    // Bodies counted as they act together (中央网信办等13个部门联合评选认定…): the nouns of bodies and the joint acts.
    jointActors: z.object({ nouns: words, acts: words }).optional(),
    // …unless it counts works built or opened (建成两个市民广场, 三条主干道路建成通车) or times a policy moved (两次降低…).
    builtCounts: z.object({ verbs: words, done: words, units: words, repeatedActs: words }),
    // A count inside a name: 28条配套规定, 10分钟健身圈, 达到国家106项卫生标准.
    countNames: z.object({
      articleUnits: words,
      articleHeads: words,
      radiusUnits: words,
      radiusEnds: words,
      standardUnits: words,
      standardHead: z.string(),
      standardLevels: words,
      meetCues: words,
    }),
  })
  .partial();

export const indicatorsSchema = z.object({
  canonical: aliasTable,
  stripPrefixes: words,
  stripSuffixes: words,
  keyStripSuffixes: words,
  boundaries: words,
  rankingMarkers: words,
  rankingUnits: words,
  genericNouns: words,
  maxNameLength: z.number(),
  wordsInNames: words,
  adjectivalLeads: words,
  awardVerbs: words,
  reading: indicatorReading.default({}),
  // Unit abbreviations → the words they stand for (1ms = 1毫秒), for comparing wording in link.
  unitWrittenAs: z.record(z.string(), z.string()).default({}),
  // Name endings of a change over a period (增长, 下降): its targets are judged by that period only.
  changeEndings: words.default([]),
  // The change endings that are verbs (减少, 下降): a name may write them first (再减少农村贫困人口), one key either way.
  changeVerbs: words.default([]),
  // An indicator table's column heads, the attribute a row is given (预期性, 约束性: no value) and the words beside a
  // column's year that make it the base level or the goal (2020年（基期）, 2025年目标值).
  tables: z
    .object({
      nameHeads: words,
      unitHeads: words,
      attributeHeads: words,
      otherHeads: words,
      attributes: words,
      baseWords: words,
      targetWords: words,
    })
    .optional(),
});

export const platformsSchema = z.object({
  suffixes: words,
  placeSuffixes: words,
  cueWords: words,
  notNames: words,
  boundaries: words,
  known: aliasTable,
  // Quoted brands (“鲁通码”, “一部手机游…”), award titles, verb + platform word, named subjects.
  quotedSuffixes: words.default([]),
  quotedOpeners: words.default([]),
  honourWords: words.default([]),
  usedWith: z.object({ verbs: words, words }).default({ verbs: [], words: [] }),
  namedAs: z.object({ copulas: words, adverbs: words }).default({ copulas: [], adverbs: [] }),
  // Ordinary words that hold a platform word (系统性, 生态系统): a match inside one is no name.
  inWords: words.default([]),
  // Words a boundary must not cut (在|线): a name starts before the whole word.
  wholeWords: words.default([]),
  // Qualifiers that name nothing (重大, 国产): a kind (notNames) after them is still a bare kind.
  qualifiers: words.default([]),
  // Identity across documents (resolve/identity.ts): scope words before a name; pairs kept apart.
  scopePrefixes: words.default([]),
  keepApart: z.array(words).default([]),
});

export const agenciesSchema = z.object({
  suffixes: words,
  prefixes: words,
  notAfter: words,
  notNames: words,
  known: aliasTable,
  // Units a local body is divided into, named after it (市生态环境局海拉尔分局, 市公安局交警支队).
  subUnits: words.default([]),
  // A kind written in full and short (人民政府 / 政府): one body either way, so one key.
  shortKinds: z.record(z.string(), z.string()).default({}),
  notEndings: words.default([]),
  phraseEndings: words.default(['领导小组', '委员会']),
  bodies: words.default([]),
  // Standing bodies as a level and a kind (市委, 区政协, 县人民法院): every level with every kind.
  standing: z.object({ levels: words, kinds: words }).default({ levels: [], kinds: [] }),
  central: aliasTable.default({}),
  listCue: z.string(),
  // A body made of member units listed after a lead (由教育、财政、税务等单位组成): each item is a body.
  memberLists: z.object({ leads: words, closes: words }).default({ leads: [], closes: [] }),
  // Endings of a central body's branch in a place (金融监管总局山东监管局, 人民银行济南分行).
  branchEndings: words.default([]),
  // Fields of a body's name that hold 和 (工业和信息化): a 和 there joins no two bodies.
  joinedFields: words.default([]),
  // Lines that only route the document (抄送：…): the bodies there do nothing in it.
  routingLines: words.default([]),
  // Bodies named by kind (各有关部门, 省级政府, 各地区): a head word, after an optional qualifier.
  generic: z
    .object({
      qualifiers: words,
      heads: words,
      notCores: words,
      subjectHeads: words,
      actsAfter: words,
      // 包括交通运输主管部门: verbs that open a clause before a kind of body, never part of its name.
      bounds: words.default([]),
      // 为企业和社会公众、监管部门提供: the words a list's item ends in when it names people or firms, no field of work.
      notFields: words.default([]),
    })
    .default({ qualifiers: [], heads: [], notCores: [], subjectHeads: [], actsAfter: [], bounds: [], notFields: [] }),
  // Short words that name a body only where they stand alone (中央 关于…, not 中央企业).
  standalone: aliasTable.default({}),
  // Generic bodies where they act (各部门要…, 鼓励行业协会…, 同级人大, …工作会议部署): extract/agencies/generic-bodies.ts.
  acting: z
    .object({
      qualifiers: words,
      // 省政府各部门, 区人民政府有关部门: qualifiers a standing government opens (standing levels × …政府).
      ownedQualifiers: words.default([]),
      units: words,
      organisations: words,
      leads: words,
      cues: words,
      acts: words,
      peers: words,
      peerBodies: words,
      regions: words,
      meetingHeads: words,
      meetingLeads: words,
      meetingActs: words,
      // 充分发挥行业协会…作用: a cue before bodies and the word that closes it, so the bodies act.
      partCues: words.default([]),
      partEnds: words.default([]),
      // 主动接受各级人大执法监督: the bodies between a cue and the word that closes it supervise, so they act.
      supervisionCues: words.default([]),
      supervisionEnds: words.default([]),
      supervisors: words.default([]),
      // 依托行业协会…开展…: cues whose object carries the task out only where it is an organisation by its kind.
      organisationCues: words.default([]),
      // 依托天能集团、超威集团等龙头企业: after those cues, the firms a list names before the kind that closes it; an item
      // opening or ending in a word of kind or scope (重点, 企业) is no firm's name.
      reliedFirms: z.object({ kinds: words, notOpeners: words, notEndings: words }).default({ kinds: [], notOpeners: [], notEndings: [] }),
      // 支持四川大学、电子科技大学等高校建设…, 清华大学、上海交通大学等高校承担…: the endings of a university's, an
      // institute's or a firm's own name, the cues that make a list of them act, the kinds that close such a list, the
      // acts after one (besides the task verbs), the growth that is no act (支持…大学发展。) and the words after 与 that
      // make the bodies it names partners (与…大学共建).
      namedOrganisations: z
        .object({
          cues: words,
          endings: words,
          closedEndings: words,
          notInName: words,
          kinds: words,
          acts: words,
          notActs: words,
          partnerActs: words,
        })
        .default({ cues: [], endings: [], closedEndings: [], notInName: [], kinds: [], acts: [], notActs: [], partnerActs: [] }),
      // 推动各级、各部门…: a cue that makes bodies act only where the first opens with a qualifier.
      qualifiedCues: words.default([]),
      // 各市 but not 各市场主体: words a unit opens that name no body.
      notUnits: words.default([]),
      // 地方要…, 地方和企业要…: units that name a body with no qualifier only where they open a clause before an act.
      bareSubjects: words.default([]),
      // 金融机构要…, 培训评价组织应…: the endings of an organisation named by its field, and the words after it
      // that make it the clause's subject; read only there.
      kindEndings: words.default([]),
      kindActs: words.default([]),
      // 鼓励金融机构创新…, 推动二级以上医疗机构普遍提供…: cues whose object acts, the kind endings read after
      // them, what after the organisation is only its own growth (支持新型研发机构发展), and words that make
      // a name no acting organisation (鼓励企业设立研发机构, 鼓励其向…机构提供, 新闻机构).
      cuedKinds: z
        .object({ cues: words, endings: words, notActs: words, notInField: words, wholeKinds: words.default([]) })
        .default({ cues: [], endings: [], notActs: [], notInField: [], wholeKinds: [] }),
      // 政府要…, 政府主导、市场参与, 更好发挥政府作用: bare 政府 where it opens a clause before one of acts, or
      // plays its part (after partCues, 作用 right after it or after its 在… phrase).
      government: z.object({ name: z.string(), acts: words, things: words }).default({ name: '', acts: [], things: [] }),
      // 支持社会组织、人道救助…等健康发展: the growth that, closing a cued list, makes it fields of work.
      growth: words.default([]),
    })
    .default({
      kindEndings: [],
      kindActs: [],
      cuedKinds: { cues: [], endings: [], notActs: [], notInField: [], wholeKinds: [] },
      government: { name: '', acts: [], things: [] },
      growth: [],
      partCues: [],
      partEnds: [],
      supervisionCues: [],
      supervisionEnds: [],
      supervisors: [],
      organisationCues: [],
      reliedFirms: { kinds: [], notOpeners: [], notEndings: [] },
      namedOrganisations: { cues: [], endings: [], closedEndings: [], notInName: [], kinds: [], acts: [], notActs: [], partnerActs: [] },
      qualifiedCues: [],
      notUnits: [],
      bareSubjects: [],
      qualifiers: [],
      ownedQualifiers: [],
      units: [],
      organisations: [],
      leads: [],
      cues: [],
      acts: [],
      peers: [],
      peerBodies: [],
      regions: [],
      meetingHeads: [],
      meetingLeads: [],
      meetingActs: [],
    }),
  // Bodies read by where they stand (extract/agencies/named-actors.ts): a clause's subject ending like a body
  // before an act word, after an optional lead (由, 经); a line signed at the document's foot.
  actors: z
    .object({
      endings: words,
      leads: words,
      acts: words,
      signatureEndings: words,
      speaks: words.default([]),
      openers: words.default([]),
      // Verbs that set a body up (设立, 组建): a name read before its ending starts after them.
      setsUp: words.default([]),
      // Head words of a body a text sets up (成立领导小组, 建立…职业联赛理事会): the name runs from the verb to them.
      setUpHeads: words.default([]),
    })
    .default({ endings: [], leads: [], acts: [], signatureEndings: [], speaks: [], openers: [], setsUp: [], setUpHeads: [] }),
  // A central body's institute named after it (中国科学院|海洋研究所), and the facilities named after a
  // central body and a place (中科院济南|科创城), which are no body.
  institutes: words.default([]),
  // Words that end like an institute's or department's ending and name none (全局, 公司).
  notInstituteEndings: words.default([]),
  facilities: words.default([]),
  // Buildings a body's name qualifies, written straight after it (区国税局综合业务用房): no body acts.
  ownedThings: words.default([]),
  // Kinds of standing body (党委, 人大, 法院): a list made only of them (党委、人大、政协) names bodies.
  bodyKinds: words.default([]),
  // Parts of a body written after its name (国家局机关, 省局直属单位).
  unitTails: words.default([]),
  // What opens the name of an international body (国际电信联盟, 海湾合作委员会): read by its ending, no body of the text.
  internationalOpeners: words.default([]),
  // Endings of a body named after its place or level (上海数据交易所, 中央广电总台).
  placedEndings: words.default([]),
  // What ends a zone's name before its level word (雄安新区, 中关村科技园区, 经济开发区): a body named after the zone
  // (新区改革发展局, 中关村科技园区管理委员会) opens with the zone's name, not with the level word (zone-bodies.ts).
  zoneEndings: words.default([]),
  // Cities a cue makes act (支持济南、青岛等市…, 鼓励济南市、青岛市建设…): the cues, and the words that may
  // follow one city named alone (支持济南市瞄准…; not 支持青岛市创新主体, whose city only owns them).
  actingCities: z.object({ cues: words, acts: words, placeCues: words.default([]) }).default({ cues: [], acts: [], placeCues: [] }),
  // Provinces a plan chooses as its pilot regions (确定北京、吉林…10个省（区、市）和西藏自治区拉萨市作为试点地区): the cues
  // before the list and the word after it that gives them their role (extract/agencies/chosen-regions.ts).
  chosenRegions: z.object({ cues: words, roleWords: words }).default({ cues: [], roleWords: [] }),
  // Places a plan makes its pilots (以济宁市任城区等为“智慧城区”试点): the cue, the role word and the pilot's head
  // (extract/agencies/pilot-places.ts).
  pilotPlaces: z.object({ cues: words, roleWords: words, pilots: words }).default({ cues: [], roleWords: [], pilots: [] }),
  // The governments of places of several levels listed after 各 (各市、区人民政府), one body (extract/agencies/level-lists.ts).
  levelLists: z.object({ levels: words, bodies: words, notBefore: words }).default({ levels: [], bodies: [], notBefore: [] }),
  // A meeting whose decisions are followed acts (按照中央经济工作会议部署).
  meetings: z.object({ levels: words, endings: words, actsAfter: words }).default({ levels: [], endings: [], actsAfter: [] }),
  roles: z.object({
    drafts: words,
    leads: words,
    cooperates: words,
    // （省工业和信息化厅负责）: the words ending a note's list whose bodies carry the work out (a subset of
    // leads and its longer forms: they still mark a note); 牵头 alone leads.
    carriesOut: words.default([]),
    // 牵头单位：, 参加单位：: the words that make a note's label name leaders or partners; bodies under any other
    // label (责任单位：) carry the work out.
    noteLabels: z.object({ leads: words, cooperates: words }).default({ leads: [], cooperates: [] }),
    interprets: words,
    issues: words,
    joins: words.default([]),
    // 列第一位者为牵头单位: a document's rule that only the first body of each role note leads.
    firstLeads: words.default([]),
    // 发文机关：国务院: the metadata labels that name the body issuing the document itself.
    issuerLabels: words.default([]),
    // 建立完善与宣传、网信、公安等部门的沟通协调机制: bodies after these work with the subject.
    partners: words.default([]),
    // 市政府新闻办举行的新闻发布会: the event a body holds to announce the document's own plans (it reports
    // them); the event's name holds an act word (发布) that is no act.
    announcements: z.object({ holds: words, events: words }).default({ holds: [], events: [] }),
    // 在市委的正确领导下, 落实中央八项规定精神, 经国务院同意: what a sentence says a body owns gives its part.
    owned: z
      .object({
        leads: words,
        // Words that make a lead word part of a name (领导小组, 指导意见), not the leadership a body owns.
        nameTails: words.default([]),
        sessionEnds: words.default([]),
        issues: words,
        cooperates: words.default([]),
        listEnds: words.default([]),
        unnamed: words.default([]),
        between: words,
        consentBefore: words,
        consent: words,
      })
      .default({
        leads: [],
        nameTails: [],
        sessionEnds: [],
        issues: [],
        cooperates: [],
        listEnds: [],
        unnamed: [],
        between: [],
        consentBefore: [],
        consent: [],
      }),
    // …领导小组, …联席会议: a body whose name says it leads the work leads it where nothing else is said.
    leadingEndings: words.default([]),
    // Verbs a report is sent with (报市人民政府, 报送市发展改革委): the body after one receives it and plays no part.
    receives: words.default([]),
    // 加强对…的组织领导: acts that are to lead, written after the bodies that do them (…等部门要加强对…的组织领导).
    leadActs: z.object({ verbs: words, kinds: words }).default({ verbs: [], kinds: [] }),
  }),
});

// Evidence for a value's kind (result or commitment) and the words that place it in time.
export const valueKindsSchema = z.object({
  // estimates: target words that, of a period already past (2011年，…预计完成84亿元), report an estimated result.
  clause: z.object({ actual: words, target: words, notCues: words, estimates: words.default([]) }),
  // aims: verbs before an actual cue that make it what a commitment heading aims at (推动…取得新突破).
  roles: z.object({
    actual: words,
    target: words,
    aims: words.default([]),
    attained: words.default([]),
    maxLead: z.number(),
    leads: z.object({ actual: words, target: words }),
    // speakers: verbs closing an attribution before a lead (黄强在报告中说，过去一年，…; …作政府工作报告时表示，今年…): the
    // lead is the clause after it.
    speakers: words.default([]),
  }),
  declines: z.object({ words, fillers: words }),
  periods: z.object({
    lastYear: words,
    thisYear: words,
    firstHalf: words,
    fiveYears: words,
    tenYears: words,
    yearEnd: words,
    withinYears: z.string(),
    perYear: words,
    spanStart: words,
    spanEnd: words,
    spanSum: words,
    // A level inside a span (覆盖10.5亿人): as of its last year, though its verb is an act.
    spanLevel: words.optional(),
    // What people came to over a span, said after the count that opens its clause (8000多万农业转移人口
    // 成为城镇居民, 上亿人出棚进楼): the span's flow, not a level.
    spanBecome: words.optional(),
    // What was done to a figure over a span, not a change of a quantity (易地扶贫搬迁830万人, 退出钢铁产能1.7亿吨,
    // 开工重大水利工程122项): the span's sum. Kept apart from spanSum, which also names changes.
    spanActs: words.optional(),
    // What was spent, opening a clause whose act follows the figure (投资3.06亿元实施了…): the span's sum.
    spanSpend: words.optional(),
    // A count or a change over a span (新增, 累计, 降低费用负担超过4000亿元): the span's, even when 超过 or
    // 突破 ends its clause; 降低到 names the level reached.
    spanCount: words.optional(),
    // Five years named in a value's own clause (规模五年增长近10倍): the five years to the document's.
    clauseFiveYears: words.optional(),
    // A target due each year of a plan (每年完成万项技改): the plan's years, before any horizon.
    eachYear: words.optional(),
    // A total by the horizon (累计培育…N个) after a 每年 of its sentence: due at the horizon, not yearly.
    cumulative: words.optional(),
    // This year and the next (今明两年要…): a target's span from the document's year.
    thisAndNextYears: words.optional(),
    // The year after the document's (明年新建…): a target due then.
    nextYear: words.optional(),
    // The whole year (力争全年…增长7%以上) in a half-year's section: a target for the year, not the half.
    wholeYear: words.optional(),
    // What a commitment works through (以8个国家算力枢纽…为抓手): the figures between 以 and 为 name a stock it has.
    means: words.optional(),
    // 多年累计, 多年来: a total over years the text does not count, as of the end of a span it sits in, not the span's sum.
    manyYears: words.optional(),
    // 本届政府: the term of the congress a report is delivered to, from its first year to the year before it speaks.
    term: words.optional(),
    // A share of the growth over a span (对世界经济增长贡献率超过30%): the span's, even when 超过 ends its clause.
    spanFlows: words.optional(),
    // 已有1700多万人次受益 inside a span: a stock had as the span ends, not what it added.
    stockBefore: words.optional(),
    // The party congresses a look back is counted from (党的十八大以来), each with the year it sat.
    congresses: z.record(z.string(), z.number()).optional(),
  }),
});

/** Government work reports and the words that place one in its series (ingest/series). */
export const reportsSchema = z.object({
  genres: z.record(z.string(), words),
  speakerCues: words,
  audienceCues: words,
  congress: words,
  issuerFolds: z.record(z.string(), z.string()),
  levels: words,
  reviewHeadings: words,
});

export const lexiconSchema = z.object({
  documentKinds: documentKindsSchema,
  sections: sectionsSchema,
  plans: plansSchema,
  places: placesSchema,
  domains: domainsSchema,
  verbs: verbsSchema,
  indicators: indicatorsSchema,
  platforms: platformsSchema,
  agencies: agenciesSchema,
  valueKinds: valueKindsSchema,
  reports: reportsSchema,
});

export type Lexicon = z.infer<typeof lexiconSchema>;

import {
  buildGraph,
  ENTITY_KINDS,
  formatEntityAttributes,
  formatEntityKinds,
  scoreCorpusEntities,
  type CorpusRun,
  type EntityKind,
  type Measure,
} from '../../src/ingest';
import { CORPUS_DIR, CORPUS_GOLD_DIR, TUNE } from './corpus/corpus-fixture';
import { meets } from './gold-checks';

// Plans, agencies and projects of 77 real corpus documents against their hand-read gold
// (test/gold/corpus; tune = the 67 the extraction was developed on, holdout = 10 never tuned on).
// The bar is 0.90 recall and 0.90 precision per kind on both parts; where that is not
// reached yet, the levels reached are held as a floor so they cannot silently fall, and the
// numbers are printed on every run.

const BAR = 0.9;

// Reached on 2026-12-06 with 67 tune documents (the first 20, then 8, 11, 10 in session 8 and 001, 004, 005, 040, 067,
// then 069, 062, 032, 022 in session 9, then 056, 021, 025, 074, 078, 027, 030 in session 10, then 071, 072 in session
// 11, each read before the extractor ran on it), measured and rounded down to 0.01: a regression below these fails,
// even where they are above the bar.
const FLOOR: Record<string, Record<EntityKind, { recall: number; precision: number }>> = {
  // Plan 0.873 (1007/1153) / 0.973 (1045/1074), Agency 0.941 (1163/1235) / 0.963 (1190/1235), EngineeringProject 0.965
  // (387/401) / 0.978 (394/403). Session 9: laws named without 《》 (宪法), standing programmes and policies (“约法三章”,
  // 河长制), quoted campaign years, one plan from a list closed by 和, and what is no plan; groups sent to
  // inspect (中央环保督察组), lists before 等部门 longer than one walk, two levels written together (市县政府) read as
  // no one body, cities a cue makes act (支持济南、青岛等市…); a quoted count of 大工程 (“十大工程”) names its set of
  // projects, a list summed up by its count (等5项工程) is one name, a note in brackets inside a name is read past.
  // Session 10: regions' development after 促进/支持 and with its round (新一轮东北振兴), named items sharing the head
  // after 等, names a print layout wraps; counted sets of cities, cities chosen (选择…等市), organisations of a field
  // and kind acting (金融机构要…), two levels' governments together (各区县政府), 自治区 alone; sibling 工程 headings,
  // and kinds of works after 的 or summed up by a rank as no project. The seven new documents alone moved the totals
  // (before their rules) to Plan 0.840, Agency 0.926. Session 11 (071, 072, first read at Plan 0.846 / 0.964, Agency
  // 0.922 / 0.959): titles that are standards (a number after, a list its lead calls standards) and schedules cited
  // after 根据 as no plans; provinces chosen as pilot regions, named in full; 各城市, 试点地区; the examples a bracket
  // after 部门 lists (（如公安、消防等）); a data resource centre no body.
  // Agencies (issue #11): bodies the text sets up (成立领导小组, 建立…职业联赛理事会), organs by field and kind
  // (党政机关…要), a list's first item that is also a verb (会同组织、科技…等部门), 省直相关部门, a body-like subject before
  // 开展 (…雄安新区开展); no standing body in a list of fields of work (工会、共青团…和残疾人事业).
  // Plans (issue #11): a safe and law-governed China and the world-class
  // universities' programme as standing names, a place's 平安/法治 programme where the text names its government;
  // 计划/规划/专项 named by the level that runs them, with no cue (纳入省重点项目规划); plans tried out, widened or
  // written (试行, 扩大, 编写 as cues); a plan opening its clause before whom it reached (…计划惠及) or inside a frame
  // (以…规划为指导); the words before 的 kept where what follows is only a kind of plan (政府核准的投资项目目录).
  // Agencies, session 12: gold by class (Corrections: …机构 a cue makes act, 有条件的地方, 社会组织, bare 政府, 发挥…作用)
  // took the gold to 1339 (0.875 before rules); organisations named by kind after a cue or joined by 与, bare 政府 acting,
  // 有条件的地方, a cued list that only grows (…等健康发展) as fields: 0.954 (1278/1339) / 0.972 (1308/1345).
  // Projects, session 12: 重大水利工程 recorded where three work reports left it out (Corrections): 0.963 (389/404) / 0.983
  // (396/403). wt-projects: 国家重大工程 removed from 009/075 (a level and rank: Corrections), 0.963 (387/402) / 0.978
  // (394/403) before rules; a batch of works of a kind (一批…样板工程) and a level and rank as no project: 0.963 (387/402) /
  // 0.992 (394/397); 016's 退耕还林工程 with its written 3万亩 form as an alias (Corrections): 0.965 (388/402) / 0.995
  // (395/397). Agencies: offices written 办公厅（室）, 研发机构 after a cue, none in 地方性, a duty assigned, standing
  // bodies built, 各区 opening two levels: 0.957 (1281/1339) / 0.977 (1311/1342); 政府 opening a list of principles
  // wherever it stands, with 043/046's 政府 of that class added (Corrections): 0.958 (1285/1341) / 0.977 (1315/1346); no
  // body in a building named after it (区国税局综合业务用房): 0.958 (1285/1341) / 0.977 (1315/1345).
  // wt-agency13: meetings whose spirit is carried out and cities written bare after a cue recorded, a level of public
  // finance not (Corrections: 0.955 (1287/1348) / 0.979 (1317/1345) before rules); 自治区 meetings, meetings sharing a
  // level and head, bare cities, pilot places, 地方 as a clause's subject, 推动 + an organisation, 各市县(市、区), 各级政府
  // as a principle's actor, 审计机关 cued, a body's secretariat or standards work as no actor: 0.967 (1305/1349) / 0.981
  // (1335/1361); 组织 as a cue, 各类机构, no international body: 0.970 (1307/1348) / 0.984 (1337/1359).
  tune: {
    // Session 12 (issue #11): Plan 0.925 (1056/1142) / 0.979 (1097/1120) after the gold's 政策/试点/活动/制度/互联网+/清单
    // classes were decided (Corrections; 0.884 on that gold before rules), quoted 监管/制度/政策 and standing campaigns read.
    // wt-plans2: quoted names with no head word and catalogues decided (Corrections: 0.927, 1056/1139; 018's 和-list
    // item 1056/1138), “双减” and quoted items a kind sums up after 等 read: 0.931 (1060/1138) / 0.979 (1101/1124); a
    // quoted 项目 only with words before it, 管理 a generic word: 0.932 (1061/1138) / 0.982 (1102/1122); no plan an
    // enterprise, school or student drafts for itself: 0.932 / 0.984 (1102/1120); none issued at intervals (定期发布…):
    // 0.932 / 0.986 (1102/1118); a body before quotes takes part (职业学校“文明风采”活动): 0.932 / 0.987 (1102/1117).
    // Session 13 (wt-plan13): the 放管服 reform unquoted and 省自然科学基金 (Corrections), policies named by their rule,
    // research foundations, strategies before the need they serve, a school's own paper: 0.941 (1074/1141) / 0.989 (1119/1132);
    // programme areas built, the Belt and Road written out, the list a pilot tries, names over a page number: 0.947
    // (1081/1141) / 0.989 (1127/1140); two long strategies joined by 和: 0.947 / 0.989 (1128/1140).
    // Session 14 (wt-plan14): campaigns named by the wrong they deal with, counted rules, 一号文件, a quoted 决策机制, no plan
    // glossed by a Latin acronym: 0.950 (1084/1141) / 0.990 (1115/1126); a quoted reform with its act (“三权”分置改革), a policy
    // listed among papers drawn up: 0.952 (1086/1141) / 0.990 (1118/1129); projects, a count before a standing programme and
    // a batch's ordinal, an adverb before a heading's verb: 0.973 (391/402) / 0.995 (398/400).
    // Session 15 (wt-plans15): written forms (manner word × verb after a plan, 制订/起草, 实施意见, five-year plans in any
    // quotes, plan names ending before 落地/修编, enforcement operations no plan), 014 爱国卫生运动 added (Corrections):
    // Plan 0.952 (1087/1142) / 0.991 (1119/1129); projects unchanged.
    // wt-agency15: standing bodies as every level with every kind (政府党组), central bodies (中央纪委国家监委), provinces'
    // full names, 部署 no body's ending, role labels outside brackets: Agency 0.971 (1309/1348) / 0.984 (1339/1361).
    // wt-plans16 (no gold edit): a direction as the nation's region only alone or with 地区, a delivered title the text
    // writes, a copula opening a predicate, a paragraph's first line wrapped, a run of new things: Plan 0.954 (1089/1142) /
    // 0.993 (1121/1129); a list before 等 and a rank in a field named whole: EngineeringProject 0.978 (393/402) / 0.995 (399/401).
    // wt-agency16: fields sharing one head (宣传、网信部门; 038's 审批部门 added, Corrections), towns, five-character banners and
    // new areas as places, a body's units (…局海拉尔分局), one body in full and short form one node (also under the city
    // above it), no name across 和 before a place: 0.971 (1310/1349) / 0.984 (1333/1354).
    // wt-plans17: the nation's quality programmes (美丽中国建设, 数字中国建设), …专项整治/专项治理 campaigns, 项目 programmes
    // beside funding plans, 互利共赢的开放战略, 012's 精神文明创建活动, 013's lists of works whole (Corrections: Plan 0.927
    // (1089/1175) / 0.993, EngineeringProject 0.982 (390/397) / 0.995 before rules); the quality with the nation's name,
    // regimes of chiefs and 创建活动 by shape (standing names dropped), the campaign heads, a 项目 item with a level in a list
    // of funding plans, 奉行 as a cue: Plan 0.959 (1127/1175) / 0.993 (1161/1169).
    // wt-agency17: bodies whose supervision is accepted (接受各级人大…和政协…监督), a long member of a cued list: Agency
    // 0.973 (1313/1349) / 0.985 (1336/1357). Bodies set up, relied on (依托), cued 各地 and one list's members recorded where the
    // gold left them out (Corrections): 0.972 (1320/1358) / 0.989 (1343/1357); organisations after 依托: 0.973 (1321/1358) / 0.989
    // (1344/1358). Provinces and cities opening their clause before an act (052, 038 recorded: Corrections; 0.968 (1321/1365)
    // before the rule): 0.973 (1328/1365) / 0.990 (1351/1365).
    // wt-plans18: a place's quality programme with its tail (数字山东建设) decided and recorded where four tune files left it
    // out (Corrections; Plan 0.956 (1127/1179) / 0.993 before rules); the words before a five-year period, a document naming
    // itself, titles over two lines, report titles, the place's programme at a listed province: 0.959 (1131/1179) / 0.993
    // (1164/1172).
    // wt-agency18 (fresh official text: a government written in full, a province's name kept before it): 0.973 (1328/1365) /
    // 0.990 (1351/1364).
    Plan: { recall: 0.95, precision: 0.99 },
    Agency: { recall: 0.97, precision: 0.99 },
    EngineeringProject: { recall: 0.98, precision: 0.99 },
  },
  // Plan 0.684 (121/177) / 0.881 (126/143), Agency 0.837 (123/147) / 0.915 (129/141), EngineeringProject 0.941
  // (64/68) / 0.899 (62/69). Plan counts include four held-out items added in session 9 by the class the tune gold
  // records (宪法, 基本法, 新型城镇化 in 011; 宪法 in 015: Corrections); on the gold before them, 0.676 (117/173).
  // Session 11 (measured, not tuned on): after the standing and placed programmes, Plan precision 0.881 → 0.868
  // (126/145); at the session's end Plan 0.701 (124/177) / 0.871 (128/147), Agency 0.837 (123/147) / 0.928 (129/139).
  // Agency, session 12: the class corrections applied mechanically added 17 held-out items (123/147 → 124/164, 0.756, before
  // rules); after the rules 0.835 (137/164) / 0.941 (144/153). wt-agency13 (no held-out edit from its classes): 0.848
  // (139/164) / 0.943 (148/157).
  holdout: {
    // Session 12: Plan 0.782 (129/165) / 0.875 (133/152); the class corrections alone 0.701 (124/177) → 0.752 (124/165),
    // the rules on the gold before them 0.718 (127/177) / 0.862 (131/152).
    // wt-plans2: the quoted-name and catalogue classes applied mechanically 0.782 (129/165) → 0.811 (129/159); the rules
    // after them 0.811 (129/159) / 0.875 (133/152); after the precision rules 0.811 / 0.881 (133/151) (on the gold
    // before the corrections, the rules alone: 0.782 (129/165) / 0.881).
    // Session 13: a work report's own plan is that report's, not one node shared by every report of both series; the two
    // held-out reports each had two nodes matching their gold 政府工作报告 and now have one: 0.881 (133/151) → 0.879
    // (131/149), no entity lost or added (tune the same: 17 such pairs, 1102/1117 → 1085/1100). wt-plan13 (no held-out
    // gold edit): research foundations read, 0.818 (130/159) / 0.882 (134/152) on the code before that change.
    // Session 15 (wt-plans15, measured at the end, rules decided on tune and seeds; no held-out gold edit): 0.824 (131/159)
    // / 0.880 (132/150).
    // wt-agency15 (rules decided on tune and quoted tune text; no held-out edit): Agency 0.854 (140/164) / 0.955 (149/156).
    // wt-plans16 (rules decided on tune and quoted tune text; no held-out edit): Plan 0.824 (131/159) / 0.885 (131/148);
    // EngineeringProject unchanged.
    // wt-agency16 (rules decided on tune and quoted tune text; no held-out edit): 0.866 (142/164) / 0.943 (150/159). The
    // precision floor is lowered from 0.95: fields sharing one head found two held-out bodies and read two more the held-out
    // gold does not record (counts only; 038's tune instance of the class was a gold omission).
    // wt-projprec16 (a discipline or trade after 工程, a 工程 after a copula; rules decided on quoted tune text, no
    // held-out edit): EngineeringProject 0.941 (64/68) / 0.911 (62/68).
    // wt-plans17: the session's classes applied mechanically (Corrections) 0.824 (131/159) / 0.885 (131/148) → 0.795
    // (132/166) / 0.892 (132/148) on the code before its rules; after them 0.825 (137/166) / 0.890 (137/154).
    // wt-plans18: the place-quality class applied mechanically (015 “平安海拉尔”建设, Corrections) 0.825 (137/166) / 0.890 →
    // 0.826 (138/167) / 0.896 (138/154); the session's rules (decided on tune and fresh official text) change no held-out count.
    Plan: { recall: 0.82, precision: 0.89 },
    Agency: { recall: 0.86, precision: 0.94 },
    EngineeringProject: { recall: 0.94, precision: 0.91 },
  },
};

let run: CorpusRun;
beforeAll(async () => {
  run = await scoreCorpusEntities(CORPUS_DIR, CORPUS_GOLD_DIR, (docs) => buildGraph(docs));
  console.log(`entities against test/gold/corpus (bar ${BAR}):\n${formatEntityKinds(run.report, false)}`);
  console.log(`what the graph says of the entities it found:\n${formatEntityAttributes(run.attributes)}`);
}, 120_000);

describe('the real-document entity gold', () => {
  it('has the tuning documents and 10 held-out documents, each with entities', () => {
    expect(run.gold.filter((g) => g.split === 'tune')).toHaveLength(TUNE.length);
    expect(run.gold.filter((g) => g.split === 'holdout')).toHaveLength(10);
    expect(run.gold.filter((g) => g.entities.length === 0).map((g) => g.document)).toEqual([]);
  });
});

// A failing held-out floor shows its counts only: its misses would turn the held-out set into tuning data.
const floorOf = (m: Measure, floor: number, split: string) =>
  split === 'tune' ? meets(m, floor) : meets({ ...m, misses: [`${m.total - m.hit} misses, not shown for ${split}`] }, floor);

for (const split of ['tune', 'holdout']) {
  describe(`entities on the ${split} documents`, () => {
    for (const kind of ENTITY_KINDS) {
      it(`finds ${kind} (recall at its floor, bar ${BAR})`, () =>
        floorOf(run.report.splits[split][kind].recall, FLOOR[split][kind].recall, split));
      it(`reads ${kind} with precision at its floor (bar ${BAR})`, () =>
        floorOf(run.report.splits[split][kind].precision, FLOOR[split][kind].precision, split));
    }
  });
}

// Issue #11's structure of the entities found (deliverables 1–3): agencies' roles, plans' levels, sub-工程 inside their
// 工程. No bar is set by the issue; the levels reached are floors. Session 13: roles read from a note's labels (牵头单位,
// 参加单位, 责任单位) and from the word closing its list (负责 carries out) lifted tune role recall 0.431 (604/1400) →
// 0.613 (858/1400), precision 0.608 → 0.743 (858/1155); held out 0.383 (59/154) → 0.526 (81/154) / 0.648 → 0.723
// (81/112). The parts of a counted set (“十大工程”) lifted tune PART_OF recall 0.047 (2/43) → 0.581 (25/43); held out
// 0.200 (1/5), unchanged. The role gold judged the bodies after a lead two ways (031, 037: cooperates; 044, 077:
// carries_out); session 14 decided the class on tune (carries_out; Corrections in test/gold/corpus/README.md).
const ATTRIBUTE_FLOOR: Record<string, { level: number; roles: [number, number]; partOf: [number, number] }> = {
  // wt-agency14: what a body owns gives its part (在…领导下 / 决策部署 lead, …精神 issues, 经…同意 issues), also where no task
  // is read; leading groups by name; the speaker's body reports; notes that only list units, or close no task: tune
  // roles 0.727 (1034/1422) / 0.776 (1034/1332), held out 0.699 (109/156) / 0.784 (109/139).
  // The bodies heading a cited title (《中共中央关于…》) issue it and do not act where it is cited: 0.775 (1099/1414) / 0.823
  // (1099/1336) after the gold's note classes (Corrections: 0.767 (1091/1414) / 0.819 before the rule; 0.791 (1121/1417) /
  // 0.839 (1121/1336) after the label half of the class); held out 0.705 (110/156) / 0.791 (110/139), no held-out edit.
  // A body opening its clause before a modal where no task is read (各地要从实际出发…), leadership acts (统揽全局), rules
  // (中央八项规定) and deployments named by topic (关于…工作有关部署): 0.811 (1149/1417) / 0.848 (1149/1355); held out 0.724
  // (113/156) / 0.807 (113/140).
  // No part read from a mention whose part the roles have no word for (在区人大依法监督…下, 全国人大常委会审议…):
  // 0.811 (1149/1417) / 0.855 (1149/1344); held out 0.724 (113/156) / 0.819 (113/138).
  // What a list of bodies does together (…等部门要加强协调, …等部门间联动机制, 由…参加的): 0.814 (1154/1417) / 0.859 (1154/1344).
  // A numbered session's deployment or spirit as its body's (区委十四届五次全委扩大会议的部署), 同…保持高度一致, every body of
  // a list before 印发: 0.816 (1157/1417) / 0.864 (1157/1339); held out 0.724 (113/156) / 0.831 (113/136).
  tune: { level: 0.9, roles: [0.82, 0.86], partOf: [0.58, 1] },
  // After wt-agency13's readers (more agencies found): held-out roles 0.519 (81/156) / 0.711 (81/114), tune 0.613
  // (872/1422) / 0.741 (872/1176); a work report's own plan its own (levels: tune 0.901, held out 0.837).
  // The bodies a notice is sent to carry it out (its addressee line): tune roles 0.629 (895/1422) / 0.746 (895/1199),
  // held out 0.532 (83/156) / 0.716 (83/116). wt-plan14: the level a strategy makes strong (制造强国, 科技强区) and a place
  // before the cue verb: tune level 0.904 (976/1080); a five-year plan named by its period alone in a district's report
  // is the district’s, not one node with the nation’s: 0.907 (982/1082); held out 0.838 → 0.862 (112/130).
  // wt-agency14: roles by structure (what a body owns, title issuers, lists acting together): held out roles
  // 0.724 (113/156) / 0.831 (113/136).
  // wt-agency15: standing bodies by level and kind, provinces' full names, set-up bodies' endings: one more held-out agency
  // found whose part is not read, held out roles 0.724 (113/156) → 0.720 (113/157) / 0.831 (113/136).
  // wt-agency16: label lines outside brackets give their part, fields sharing a head and one node for a body written in
  // full and short (whose parts are now one body's): tune 0.819 (1163/1420) / 0.860 (1163/1352), held out 0.723 (115/159)
  // / 0.827 (115/139) — the precision floor lowered from 0.83, as the merged body's parts are judged together. An act that
  // is to lead what it names (…等部门要加强对…的组织领导): tune 0.825 (1172/1420) / 0.862 (1172/1359); held out the same.
  holdout: { level: 0.86, roles: [0.72, 0.82], partOf: [0.2, 1] },
};

for (const split of ['tune', 'holdout']) {
  describe(`what the graph says of the entities it found, on the ${split} documents`, () => {
    const floor = ATTRIBUTE_FLOOR[split]!;
    it('gives plans their level', () => floorOf(run.attributes[split]!.level, floor.level, split));
    it('gives agencies their roles (recall, precision)', () => {
      floorOf(run.attributes[split]!.roles.recall, floor.roles[0], split);
      floorOf(run.attributes[split]!.roles.precision, floor.roles[1], split);
    });
    it('puts sub-工程 inside their 工程 (recall, precision)', () => {
      floorOf(run.attributes[split]!.partOf.recall, floor.partOf[0], split);
      floorOf(run.attributes[split]!.partOf.precision, floor.partOf[1], split);
    });
  });
}

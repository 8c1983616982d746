import { buildGraph } from '../../../../src/ingest';
import type { Graph } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// Issue #11: who plays which part in a task, read from the note of responsible bodies that closes it.
// Each task below is quoted from a tune document of the corpus (number in the comment).

const plan = (id: string, title: string, ...tasks: string[]) => buildGraph([record(id, [title, '一、重点任务', ...tasks].join('\n'))]);

/** Each body's roles toward Tasks, as `name: role+role`. */
function roles(graph: Graph): Record<string, string> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out: Record<string, Set<string>> = {};
  for (const r of graph.relationships) {
    if (r.type !== 'RESPONSIBLE_FOR' || byId.get(r.to)?.label !== 'Task') continue;
    const name = byId.get(r.from)!.name;
    (out[name] ??= new Set()).add(String(r.properties.role));
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort().join('+')]));
}

describe('roles in a note of responsible bodies', () => {
  it('gives the bodies under a label the label’s part: 牵头单位 leads, 责任单位 carries the work out (044)', () => {
    const g = plan(
      'note-044',
      '关于加快推动新一代信息技术产业高质量发展的若干措施',
      '力争到2025年，全省集成电路产业规模过千亿。（牵头单位：省工业和信息化厅；责任单位：省发展改革委、省科技厅）',
    );
    expect(roles(g)).toEqual({ 省工业和信息化厅: 'leads', 省发展改革委: 'carries_out', 省科技厅: 'carries_out' });
  });

  it('reads 参加单位 as partners (032)', () => {
    const g = plan(
      'note-032',
      '山东省服务业数字化转型行动方案',
      '1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（县）全民健康信息平台建设，打造“互联网+医疗健康”示范省。（牵头单位：省卫生健康委，参加单位：省大数据局）',
    );
    expect(roles(g)).toMatchObject({ 省卫生健康委: 'leads', 省大数据局: 'cooperates' });
  });

  it('reads a note with only a 责任单位 label as a note (024)', () => {
    const g = plan(
      'note-024',
      '关于加快先进制造业和数字经济发展的若干政策措施',
      '对首次入选 “世界５００强”“中国５００强”的企业，分别给予２０００万元、５００万元的奖励。（责任单位：市经济和信息化委、市统计局）',
    );
    expect(roles(g)).toEqual({ 市经济和信息化委: 'carries_out', 市统计局: 'carries_out' });
  });

  it('gives the bodies of a list the part its closing word names: 牵头 leads, 负责 carries out (061, 078)', () => {
    const g = plan(
      'note-061',
      '关于加快构建全国一体化大数据中心协同创新体系的指导意见',
      '节点之间建立高速数据传输网络，支持开展全国性算力资源调度，形成全国算力枢纽体系。（发展改革委、工业和信息化部、中央网信办牵头，各地区、各部门负责）',
      '积极探索适应中国国情和职业体育特点的职业运动员管理制度，借鉴“名人堂”等国际经验建立职业体育荣誉体系，推动实现俱乐部地域化。（体育总局、民政部、人力资源社会保障部负责）',
    );
    expect(roles(g)).toMatchObject({
      发展改革委: 'leads',
      工业和信息化部: 'leads',
      中央网信办: 'leads',
      各地区: 'carries_out',
      体育总局: 'carries_out',
      民政部: 'carries_out',
      人力资源社会保障部: 'carries_out',
    });
  });

  it('lets the first body lead where the document says so, in either wording (列第一位者为牵头部门, 031)', () => {
    const g = plan(
      'note-031',
      '山东省“十四五”教育发展规划',
      '坚持学用结合，将习近平新时代中国特色社会主义思想全面纳入师范生培养、教师培训、教育行政管理干部岗位能力培训的必修课程，不断提升思政教育能力。（省委教育工委、省委宣传部、团省委负责，列第一位者为牵头部门，下同）',
    );
    expect(roles(g)).toEqual({ 省委教育工委: 'leads', 省委宣传部: 'carries_out', 团省委: 'carries_out' });
  });
});

describe('role labels outside brackets', () => {
  // 044 writes its labels in a bracketed note after the task; here the same labels open the line after it, as a task
  // list may set them (adapted: brackets taken out, the note on its own line; then opening the next sentence).
  const TASK = '力争到2025年，全省集成电路产业规模过千亿。';
  const LABELS = '牵头单位：省工业和信息化厅；责任单位：省发展改革委、省科技厅';

  it('gives the bodies of a label line the label’s part (044, adapted: on its own line)', () => {
    const g = plan('label-line-044', '关于加快推动新一代信息技术产业高质量发展的若干措施', TASK, LABELS, '（二）实施高端软件“铸魂”工程。');
    expect(roles(g)).toEqual({ 省工业和信息化厅: 'leads', 省发展改革委: 'carries_out', 省科技厅: 'carries_out' });
  });

  it('gives them where the label opens the sentence after the task (044, adapted)', () => {
    const g = plan('label-sentence-044', '关于加快推动新一代信息技术产业高质量发展的若干措施', `${TASK}${LABELS}`);
    expect(roles(g)).toEqual({ 省工业和信息化厅: 'leads', 省发展改革委: 'carries_out', 省科技厅: 'carries_out' });
  });

  it('reads no part from a document’s metadata label (035’s 解读单位 line)', () => {
    const g = plan('label-meta-035', '关于加快推动新一代信息技术产业高质量发展的若干措施', TASK, '解读单位：省工业和信息化厅');
    expect(roles(g)).toEqual({});
  });
});

describe('an act that is to lead', () => {
  it('gives the bodies whose act is to lead something named the lead (060)', () => {
    const g = plan(
      'lead-act-060',
      '关于深入推进智慧社区建设的意见',
      '（一）加强组织领导。民政、政法、网络安全和信息化、发展改革、工业和信息化、公安、财政、住房城乡建设（城市管理）、农业农村等部门要加强对智慧社区建设的组织领导，强化统筹协调，明确部门分工，完善协作机制。',
    );
    expect(roles(g)).toMatchObject({ 民政: 'leads', 公安: 'leads', 农业农村: 'leads' });
  });

  it('does not make a bare 加强组织领导 a lead: no one is named as led (058)', () => {
    const g = plan(
      'lead-act-058',
      '数字商务三年行动计划（2024－2026年）',
      '各地商务主管部门要加强组织领导，强化数字思维和创新意识，立足地区禀赋，用好用足现有工作机制。',
    );
    expect(roles(g)).toEqual({ 各地商务主管部门: 'carries_out' });
  });
});

describe('the bodies a notice is sent to', () => {
  it('carry out the plan the document is (022: its addressee line)', () => {
    const text = [
      '各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：',
      '  为充分发挥人工智能在新一轮科技革命和产业变革中的技术优势及“头雁”效应，推进“现代优势产业集群+人工智能”，推动全省新旧动能转换，制定本指导意见。',
      '  一、总体要求',
    ].join('\n');
    const g = buildGraph([record('addressees-022', text)]);
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    const toPlans = g.relationships
      .filter((r) => r.type === 'RESPONSIBLE_FOR' && byId.get(r.to)?.label === 'Plan')
      .map((r) => `${byId.get(r.from)!.name}: ${r.properties.role}`)
      .sort();
    expect(toPlans).toEqual(['各县(市、区)人民政府: carries_out', '各市人民政府: carries_out', '省政府各部门、各直属机构: carries_out']);
  });
});

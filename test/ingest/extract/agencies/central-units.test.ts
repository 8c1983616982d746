import { namesRead } from '../names-read';

// A central body's department, bureau or institute is named after it (工业和信息化部运行监测协调局, 中国科学院宁波材料技术
// 与工程研究所), and a zone's committee keeps the note in brackets inside its field (西部（重庆）科学城管委会). Sentences
// composed in the shape of a ministry's notice and a city's plan (invented, marked so); the State Council's work report
// of 2015 in the corpus (002) for 党中央统揽全局.

describe('a central body’s unit named after it', () => {
  it('reads a ministry’s bureau and department whole, not the ministry', () => {
    // invented, in the shape of a ministry's notice
    const read = namesRead(
      'Agency',
      '本通知由工业和信息化部运行监测协调局负责解释。由工业和信息化部原材料工业司会同有关单位组织实施，推动工业互联网平台建设。',
    );
    expect(read).toEqual(expect.arrayContaining(['工业和信息化部运行监测协调局', '工业和信息化部原材料工业司']));
    expect(read).not.toContain('工业和信息化部');
  });

  it('reads an institute whose field holds 与 whole (中国科学院宁波材料技术与工程研究所)', () => {
    // invented, in the shape of a park's implementation rules
    const read = namesRead('Agency', '对企业与中国科学院宁波材料技术与工程研究所共建的研发平台给予补助，推动智能制造和数字化转型。');
    expect(read).toContain('中国科学院宁波材料技术与工程研究所');
    expect(read).not.toContain('中国科学院');
  });

  it('reads no unit across a joining word, a word of scope or a word ending in 局 (全局)', () => {
    // invented; 002
    const read = namesRead(
      'Agency',
      '财政部会同税务总局制定办法。工业和信息化部指导各地通信管理局开展工作。这是以习近平同志为总书记的党中央统揽全局、科学决策的结果，推动数字经济发展。',
    );
    expect(read).toEqual(expect.arrayContaining(['财政部', '税务总局', '工业和信息化部', '党中央']));
    expect(read.some((n) => n.endsWith('全局') || n.endsWith('通信管理局'))).toBe(false);
  });
});

describe('a zone’s committee with a note in brackets inside its field', () => {
  it('reads 西部（重庆）科学城管委会 whole', () => {
    // invented, in the shape of a city's task list
    const read = namesRead('Agency', '（配合单位：两江新区管委会、西部（重庆）科学城管委会）推动算力网络国家枢纽节点建设。');
    expect(read).toContain('西部(重庆)科学城管委会');
    expect(read).not.toContain('科学城管委会');
  });
});

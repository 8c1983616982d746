import { namesRead } from '../names-read';

// Texts published in Taiwan and Hong Kong mark every title with 「」 where the mainland writes 《》: a name there that
// ends as a plan's title does is a title, read whole, with no verb or particle before it
// (src/ingest/extract/plans/plans.ts, quoted-plans.ts; plans.json → suffixes 蓝图, 策略; standingBounds 配合, 延续).
// Fresh official texts, recalled from the published wording: 行政院 on 數位國家・創新經濟發展方案 (2016),
// 行政院會 on 臺灣AI行動計畫2.0 (2023), and the Hong Kong government's release of 香港創新科技發展藍圖 (2022).

const plans = (text: string) => namesRead('Plan', text);

const digi =
  '數位國家・創新經濟發展方案\n行政院於2016年11月24日核定「數位國家・創新經濟發展方案（2017-2025年）」。本方案配合「前瞻基礎建設計畫」之數位建設，並與「亞洲・矽谷推動方案」相互銜接，推動數位經濟發展。';
const ai =
  '行政院會通過「臺灣AI行動計畫2.0」\n行政院今日院會通過「臺灣AI行動計畫2.0（2023-2026年）」，延續2018年推動之「臺灣AI行動計畫」，並配合〈智慧國家方案〉推動。';
const blueprint =
  '香港創新科技發展藍圖\n政府今日公布《香港創新科技發展藍圖》，訂下香港未來五至十年創科發展的清晰路徑，並與《北部都會區發展策略》互相配合。';

describe('titles a traditional-script text marks with 「」', () => {
  it('reads a 方案 quoted so as a title (行政院, 2016)', () => {
    expect(plans(digi)).toContain('亞洲・矽谷推動方案');
  });

  it('reads the title alone, not the self-reference and verb before it (行政院, 2016)', () => {
    expect(plans(digi)).toContain('前瞻基礎建設計畫');
    expect(plans(digi).filter((n) => n.includes('本方案'))).toEqual([]);
  });

  it('reads a plan with its version and span of years, and a cited plan without the particle before it (行政院, 2023)', () => {
    expect(plans(ai)).toContain('臺灣AI行動計畫2.0(2023-2026年)');
    expect(plans(ai)).toContain('臺灣AI行動計畫');
    expect(plans(ai).filter((n) => n.includes('之'))).toEqual([]);
  });

  it('reads 《》 titles ending in 藍圖 and 策略 as plans (Hong Kong, 2022)', () => {
    expect(plans(blueprint)).toEqual(expect.arrayContaining(['香港創新科技發展藍圖', '北部都會區發展策略']));
  });

  it('reads no title in 「」 that ends as no plan does (「一帶一路」建設 is the programme’s, read as before)', () => {
    expect(plans('特區政府積極參與「一帶一路」建設。').filter((n) => n === '一帶一路')).toEqual([]);
  });
});

import { namesRead } from '../names-read';

// A place's programme named by the quality it builds there (src/ingest/extract/plans/programmes.ts →
// readPlaced), on Hailar district's work reports of 2016, 2017 and 2019, the Shandong action plan 023 and the
// national report 052 (test/fixtures/corpus; the class is decided in test/gold/corpus/README.md, session 18).

const planNames = (text: string) => namesRead('Plan', text);
/** The report's speaker names the district's government, as 016 and 019 do in their heading lines. */
const HAILAR = '海拉尔区人民政府区长　　杜联合\n\n';

describe('a place’s programme named by the quality it builds there', () => {
  it('reads it with its tail after a cue, not a body’s rule of law (016)', () => {
    const names = planNames(
      `${HAILAR}全力推进法治政府建设，强化严格执法、公正司法、全民守法。大力实施平安海拉尔建设，社会治理水平稳步提升。`,
    );
    expect(names).toContain('平安海拉尔建设');
    expect(names).not.toContain('法治政府建设');
  });

  it('reads each item of the list its tail closes (019)', () => {
    expect(
      planNames(`${HAILAR}坚持把安全稳定放在突出位置，深化平安海拉尔、法治海拉尔建设，全力做好新中国成立70周年安保维稳工作。`),
    ).toEqual(expect.arrayContaining(['平安海拉尔', '法治海拉尔建设']));
  });

  it('reads none where the text names no government of the place', () => {
    expect(planNames('大力实施平安海拉尔建设，社会治理水平稳步提升。')).not.toContain('平安海拉尔建设');
  });

  it('reads it at a province the place lists know, its government unnamed (023, 052)', () => {
    expect(planNames('为贯彻落实《数字山东发展规划（2018-2022年）》，加快推进数字山东建设，制定本行动方案。')).toContain('数字山东建设');
    expect(
      planNames(
        '福建\n省将数字福建建设作为基础性先导性工程，强化政务公共平台\n一体化建设，发展贴近社会、民生、企业需求的数字化应用体\n系。',
      ),
    ).toContain('数字福建建设');
  });

  it('reads no government’s digital build (007)', () => {
    expect(
      planNames(
        '加强数字政府建设，建立健全政务数据共享协调机制，推动电子证照扩大应用领域和全国互通互认，实现更多政务服务事项网上办、掌上办、一次办。',
      ),
    ).not.toContain('数字政府建设');
  });

  it('reads none where a verb before the words states a goal (017)', () => {
    const names = planNames(`${HAILAR}积极开展“健康促进示范旗市区”创建工作,全力建设“健康海拉尔”。`);
    expect(names.some((n) => n.includes('健康海拉尔'))).toBe(false);
  });
});

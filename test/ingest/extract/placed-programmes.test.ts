import { namesRead } from './names-read';

// A place's programme named by the quality it builds there (src/ingest/extract/programmes.ts →
// readPlaced), on Hailar district's work reports of 2016 and 2019 (test/fixtures/corpus 016, 019).

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
});

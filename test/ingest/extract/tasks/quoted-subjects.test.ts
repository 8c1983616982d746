import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A figure in the sentence after a platform's is tied to that platform unless its own sentence opens with a
// quoted name of its own. Text: 广东省“数字政府”改革建设情况通报 (wording as recalled, close to the published text).

const TEXT =
  '“粤政易”移动办公平台覆盖全省公职人员超过200万人。“粤智助”政府服务自助机已在全省2万多个行政村部署，可办理社保、医保等100余项高频服务。';

describe('a figure whose sentence opens with a quoted name', () => {
  const g = buildGraph([record('quoted-subject', TEXT)]);
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const involved = (figure: string) =>
    g.relationships.filter((r) => r.type === 'INVOLVES' && byId.get(r.from)!.name.includes(figure)).map((r) => byId.get(r.to)!.name);

  it('is not tied to the platform of the sentence before', () => {
    expect(involved('2万多个行政村')).not.toContain('粤政易');
  });

  it('while the figure of that platform’s own sentence is', () => {
    expect(involved('200万人')).toContain('粤政易');
  });
});

import { buildGraph } from '../../../src/ingest';
import { judgedAt as at, passage as doc } from '../extract/judged-values';

// Measures signed late in a year often take effect the next (自2022年1月1日起施行): their years of validity, the
// span their undated targets take, count from then. Quoted from 037 (济南市关于加快“科创济南”建设…若干政策措施,
// 2021: 重点打造20个“5G+工业互联网”应用示范场景; 本政策措施自印发之日起施行，有效期至2025年12月31日), adapted: signed in
// December and in force from the next January; and from 028 (济南…政策, 有效期3年).

const SCENES =
  '一、推动制造业数字化转型。推动工业互联网、5G、人工智能等新一代信息技术与制造业深度融合发展，重点打造20个“5G+工业互联网”应用示范场景。';

it('counts a validity to a year from the year the measures take effect', () => {
  const MEASURES = [
    '关于加快“科创济南”建设全面提升科技创新能力的若干政策措施',
    SCENES,
    '二、本政策措施自2022年1月1日起施行，有效期至2025年12月31日。',
    '2021年12月20日',
  ].join('\n');
  expect(at(buildGraph([doc('sci-tech-dec', MEASURES)]), 20)).toEqual([{ kind: 'TARGET', period: '2022-2025' }]);
});

it('counts 有效期3年 from the year the measures take effect', () => {
  const MEASURES = [
    '关于加快“科创济南”建设全面提升科技创新能力的若干政策措施',
    SCENES,
    '二、本政策自2022年1月1日起施行，有效期3年。',
    '2021年12月20日',
  ].join('\n');
  expect(at(buildGraph([doc('sci-tech-3y', MEASURES)]), 20)).toEqual([{ kind: 'TARGET', period: '2022-2024' }]);
});

it('counts from the signing year where they take effect on issue (自印发之日起施行), as 037 does', () => {
  const MEASURES = [
    '关于加快“科创济南”建设全面提升科技创新能力的若干政策措施',
    SCENES,
    '二、本政策措施自印发之日起施行，有效期至2025年12月31日。',
    '2021年8月29日',
  ].join('\n');
  expect(at(buildGraph([doc('sci-tech', MEASURES)]), 20)).toEqual([{ kind: 'TARGET', period: '2021-2025' }]);
});

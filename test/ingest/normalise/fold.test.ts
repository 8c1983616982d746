import { foldForMatching } from '../../../src/ingest/normalise';

describe('foldForMatching', () => {
  it('turns a traditional-Chinese plan sentence into the simplified form, offset for offset', () => {
    const traditional = '力爭5G基站數達4.5萬個';
    const folded = foldForMatching(traditional);
    expect(folded).toBe('力争5G基站数达4.5万个');
    expect(folded.length).toBe(traditional.length);
  });

  it('folds full-width digits, letters and the ideographic space', () => {
    expect(foldForMatching('累计５Ｇ基站１２３个　')).toBe('累计5G基站123个 ');
  });

  it('reads corner brackets as quotation marks (香港特区施政报告: 「智方便」一站式个人化数码服务平台)', () => {
    const traditional = '「智方便」一站式個人化數碼服務平台，『一戶通』';
    expect(foldForMatching(traditional)).toBe('“智方便”一站式个人化数码服务平台,‘一户通’');
  });

  it('reads the corner quotes of Hong Kong and Taiwan texts as curly quotes, offset for offset', () => {
    const written = '積極參與「一帶一路」建設，『十四五』';
    const folded = foldForMatching(written);
    expect(folded).toBe('积极参与“一带一路”建设,‘十四五’');
    expect(folded.length).toBe(written.length);
  });

  it('keeps newlines and turns other white space into plain spaces', () => {
    expect(foldForMatching('一、\t总体要求\r\n')).toBe('一、 总体要求 \n');
  });
});

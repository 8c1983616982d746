import { namesRead } from '../names-read';

// Where a plan named with a five-year period starts (src/ingest/extract/plans/period-names.ts): the words before the
// period name its place or field, not the verb, preposition, share or count a sentence writes before them.
// Quoted from the tune reports 002, 003, 009, 010 and from two fresh official texts (addresses in each case).

const planNames = (text: string) => namesRead('Plan', text);

describe('a five-year plan’s name before its period', () => {
  it('leaves out a share or a count of its works (009, 003)', () => {
    const shared = planNames('提前实施部分“十四五”规划重大工程项目，加快地方政府专项债券发行使用。');
    expect(shared).toContain('“十四五”规划');
    expect(shared).not.toContain('部分“十四五”规划');
    const counted = planNames('今年要启动一批“十三五”规划重大项目。');
    expect(counted).toContain('“十三五”规划');
    expect(counted).not.toContain('一批“十三五”规划');
  });

  it('leaves out the verb before it (002)', () => {
    const names = planNames('以改革的精神、创新的理念和科学的方法，做好“十三五”规划纲要编制工作，谋划好未来五年的发展蓝图。');
    expect(names).toContain('“十三五”规划纲要');
    expect(names).not.toContain('做好“十三五”规划纲要');
  });

  it('leaves out a preposition and the region it refers to', () => {
    // Guizhou's notice on the mid-term review of its 11th five-year plan,
    // http://www.fsou.net/html/text/lar/170230/17023000_1.html
    const names = planNames(
      '(二)各市(州、地)人民政府(行署)对本地区“十一五”规划的实施情况进行评估,提出评估报告报省人民政府,并抄送省发展改革委。',
    );
    expect(names).toContain('“十一五”规划');
    expect(names).not.toContain('对本地区“十一五”规划');
  });

  it('opens at the place closing the words before it', () => {
    // Beijing's mid-term review of its 14th five-year plan, http://bj.news.cn/2023-04/09/c_1129506112.htm
    const names = planNames(
      '市发展改革委近日召开北京市“十四五”规划实施中期评估工作启动会,明确了中期评估工作的总体要求、评估内容、评估重点和进度安排等事项。',
    );
    expect(names).toContain('北京市“十四五”规划');
    expect(names.some((n) => n.startsWith('市发展改革委'))).toBe(false);
  });

  it('keeps the field a plan is for (010)', () => {
    expect(planNames('构建现代军事治理体系，抓好军队建设“十四五”规划执行，加快实施国防发展重大工程。')).toContain('军队建设“十四五”规划');
  });
});

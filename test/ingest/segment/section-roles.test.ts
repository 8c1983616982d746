import { join } from 'node:path';
import { fixtureReport, judgedIn } from '../extract/judged-values';

// A work report turns to the year ahead in one section (二、2015年工作总体部署) and goes on in sections
// that name no role of their own (三、把改革开放扎实推向纵深 … 六、切实加强政府自身建设): their figures
// are the year's commitments, not results (the State Council's reports of 2014 and 2015, as published,
// outside the gold). A count that starts again (一、 after 三、…展望) opens another part: a development
// report's chapters after its outlook still report (the 2022 Digital China report: its tune gold guards it).

const SERIES = join(__dirname, '../../fixtures/series');

describe('section roles carried on through a run of sections', () => {
  it('reads the sections after 工作总体部署 as the year’s commitments', () => {
    const y2015 = fixtureReport(SERIES, '002_cn-state-council-gwr-2015.txt');
    expect(judgedIn(y2015, '铁路投资要保持在8000亿元以上')).toEqual(['800000000000 TARGET 2015']);
    expect(judgedIn(y2015, '今年再开工27个项目')).toEqual(['27 TARGET 2015']);
    expect(judgedIn(y2015, '新建改建农村公路20万公里')).toEqual(['200000 TARGET 2015']);
  });

  it('keeps the look back before it a report', () => {
    const y2014 = fixtureReport(SERIES, '001_cn-state-council-gwr-2014.txt');
    const kinds = judgedIn(y2014, '国内生产总值达到56.9万亿元');
    expect(kinds).toEqual(['56900000000000 ACTUAL 2013']);
  });
});

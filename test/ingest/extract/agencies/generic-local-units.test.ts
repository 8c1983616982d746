import { namesRead } from '../names-read';

// The local units a city or district task names by qualifier and kind: 各区政府 after 会同, and 各功能区、各镇街 before
// 配合 in a district's division of work. Both passages are written in the wording of city and district work reports
// (invented sentences, not quoted from one document); the gold records such generic bodies as written (各区县,
// 各有关部门, corpus 024).

const agencies = (text: string) => namesRead('Agency', text, 'passage');

describe('local units named by qualifier and kind', () => {
  it('reads 各区政府 after 会同', () => {
    expect(agencies('市发展改革委、市经济信息化委要会同各区政府抓好落实。')).toEqual(
      expect.arrayContaining(['市发展改革委', '市经济信息化委', '各区政府']),
    );
  });

  it('reads 各功能区 and 各镇街 before 配合', () => {
    expect(agencies('区发展改革局、区工业和信息化局牵头，各功能区、各镇街配合。')).toEqual(expect.arrayContaining(['各功能区', '各镇街']));
  });
});

// A province's cities and prefectures written together (各市州) and a county's towns and streets written as one body
// (各镇、街道) act as the other local units do; 建立 is an act. Recalled from Sichuan's 2021 digital-economy measures and
// the State Council General Office's 2019 通报 on the sixth 大督查 (recalled, not checked against the published texts).
describe('local units written together', () => {
  it('reads 各市州 before its act', () => {
    expect(agencies('省通信管理局要统筹推进5G网络共建共享。各市州要将5G基站站址纳入国土空间规划。')).toContain('各市州');
  });

  it('reads 各镇、街道 as one body before 建立', () => {
    expect(agencies('重庆市九龙坡区推行“三事分流”基层治理机制，各镇、街道建立群众议事会。')).toContain('各镇、街道');
  });
});

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

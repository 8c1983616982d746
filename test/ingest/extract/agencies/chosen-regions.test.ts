import { namesRead } from '../names-read';

// Provinces a plan chooses as its pilot regions stand for their governments, as cities chosen do
// (acting-cities.test.ts). Quoted from the State Council General Office's 2018 website consolidation
// pilot plan (test/fixtures/corpus 072).

const agencies = (text: string) => namesRead('Agency', text, 'pilot').sort();

describe('provinces a plan chooses for a role', () => {
  it('reads each province of a counted list, named in full, and the city after it (072)', () => {
    expect(
      agencies(
        '根据各地区政府网站集约化工作进展情况和试点申报情况，确定北京、吉林、安徽、山东、湖北、湖南、广东、广西、重庆、贵州10个省（区、市）和西藏自治区拉萨市作为试点地区。',
      ),
    ).toEqual(
      ['北京市', '吉林省', '安徽省', '山东省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '重庆市', '贵州省', '拉萨市'].sort(),
    );
  });

  it('reads no province a list only names, without the role it is chosen for', () => {
    expect(agencies('确定北京、吉林、安徽10个省（区、市）的工作进展情况。')).toEqual([]);
    expect(agencies('北京、吉林、安徽等省份作为试点地区。')).toEqual([]);
  });
});

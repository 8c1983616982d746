import { namesRead } from '../names-read';

// Generic bodies named by the kind of place that acts (各城市) or by the pilot they run (试点地区), and a
// data centre that is a facility: quoted from the Ministry of Transport's 2014 guide to the smart public
// transport demonstration project (test/fixtures/corpus 071) and the State Council General Office's 2018
// website consolidation pilot plan (072).

const agencies = (text: string, id = 'passage') => namesRead('Agency', text, id);

describe('generic bodies named by a kind of place or by their pilot', () => {
  it('reads each city as the actor of its clause (071)', () => {
    expect(agencies('各城市可根据工程建设目标和建设条件，进一步丰富工程建设任务。')).toEqual(['各城市']);
  });

  it('reads the pilot regions as the actor of their clause (072)', () => {
    expect(agencies('试点地区要认真组织实施，按照统一标准体系、统一技术平台、统一安全防护、统一运维监管的要求，推进数据融通。')).toEqual([
      '试点地区',
    ]);
  });

  it('reads no body in pilot cities that only own what is summed up (试点城市的经验)', () => {
    expect(agencies('总结推广试点城市的经验做法。')).toEqual([]);
  });
});

describe('a data centre', () => {
  it('is a facility, not a body, when a clause opens on it (071)', () => {
    expect(
      agencies(
        '城市公共交通数据资源中心应包括企业、从业人员、车辆、运营线路、站点、停保场、专用道、客运枢纽、地理空间数据等公共交通基础数据。',
      ),
    ).toEqual([]);
  });
});

import { namesRead } from '../names-read';

// The bodies a bracket after a kind of department gives as its examples act with it: quoted from the
// Ministry of Transport's 2014 guide to the smart public transport demonstration project (test/fixtures/corpus 071).

const agencies = (text: string) => namesRead('Agency', text, 'guide').sort();

describe('bodies a bracket gives as examples of a kind of department', () => {
  it('reads each example, with or without 如 (071)', () => {
    expect(agencies('三是城市客运与其他相关部门（如公安、消防等）间的监管协同与应急联动。')).toEqual(['公安', '消防']);
    expect(agencies('实现与城市其他相关部门（公安、消防等）共享视频监控、车辆位置、交叉口信号优先、应急救援等信息。')).toEqual([
      '公安',
      '消防',
    ]);
  });

  it('reads no body in a bracket that explains a department without listing examples', () => {
    expect(agencies('实现与城市其他相关部门（含分支机构）的信息共享。')).toEqual([]);
  });
});

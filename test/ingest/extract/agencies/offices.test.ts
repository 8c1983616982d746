import { namesRead } from '../names-read';

// 办公厅（室）: a government's general office written with its lower levels' 办公室, quoted from the State
// Council's notices on government websites (072) and government new media (073).

const agencies = (text: string) => namesRead('Agency', text);

describe('an office written 办公厅（室）', () => {
  it('reads the pilot regions’ government offices that answer for the pilot (072)', () => {
    const text = '试点地区政府办公厅（室）对政府网站集约化试点工作的统筹推进、组织协调和考核管理负总责，并指定专门机构具体负责。';
    expect(agencies(text).map((n) => n.replace(/[()（）]/g, ''))).toContain('试点地区政府办公厅室');
  });

  it('reads the local governments’ offices named as the units in charge (073), whole', () => {
    const text =
      '国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位，国务院各部门办公厅（室）或指定的专门司局是本部门政务新媒体工作的主管单位。';
    const names = agencies(text).map((n) => n.replace(/[()（）]/g, ''));
    expect(names).toContain('地方各级人民政府办公厅室');
    expect(names).not.toContain('各级人民政府办公厅室');
  });
});

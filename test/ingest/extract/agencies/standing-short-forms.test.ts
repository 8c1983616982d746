import { namesRead } from '../names-read';

// Bodies a county's or city's text writes by a short form: the flood-control headquarters (防指) every level keeps and an
// office of inspection (督查室) of a party committee or a government. Sentences composed in the shape of a county's work
// report (invented, marked so) and recalled from a 通报 of the State Council General Office.

describe('short forms of standing bodies', () => {
  it('reads 县防指 as a body of its level', () => {
    // invented, in the shape of a county work report
    expect(namesRead('Agency', '县水利局、县防指完成汛期准备，组织开展应急演练，推进水利工程建设。')).toContain('县防指');
  });

  it('reads an office of inspection after its party committee or government (县委督查室, 国务院督查室)', () => {
    // invented, in the shape of a county work report; the 通报 of 国办发〔2019〕20号 (recalled)
    const read = namesRead(
      'Agency',
      '县委督查室、县政府督查室对重点工作开展专项督查。国务院督查室将对激励措施落实情况进行督促检查，推动数字化转型。',
    );
    expect(read).toEqual(expect.arrayContaining(['县委督查室', '县政府督查室', '国务院督查室']));
    expect(read).not.toContain('县委');
  });
});

import { namesRead } from '../names-read';

// Programmes named without a head word (src/ingest/extract/plans/programmes.ts), on sentences of the
// State Council's and Hailar district's work reports (test/fixtures/corpus 001, 004, 019).

const planNames = (text: string) => namesRead('Plan', text);

describe('a region’s development', () => {
  it('reads it after the verbs that promote or support it (001, 004)', () => {
    expect(planNames('优先推进西部大开发，全面振兴东北地区等老工业基地，大力促进中部地区崛起，积极支持东部地区经济率先发展。')).toContain(
      '中部地区崛起',
    );
    expect(planNames('实施新一轮东北振兴战略，推动中部地区崛起，支持东部地区率先发展。')).toContain('东部地区率先发展');
  });

  it('reads a round of it opening a list item a verb follows (019)', () => {
    expect(planNames('新的一年，我们将迎来“六稳”主基调全面实施、新一轮东北振兴深入推进、继续加大西部大开发力度。')).toContain(
      '新一轮东北振兴',
    );
  });

  it('reads the last item of a list closed by the count of its items (004)', () => {
    const names = planNames('深入实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略，启动建设一批重点项目。');
    expect(names).toEqual(expect.arrayContaining(['京津冀协同发展', '长江经济带发展']));
    expect(names).not.toContain('长江经济带发展三大战略');
  });
});

describe('session 13: regional programmes built as a whole, and one whose effort grows', () => {
  it('reads a programme area a building verb closes its clause with (001, 010)', () => {
    expect(planNames('沿大江大河和陆路交通干线，推进梯度发展。依托黄金水道，建设长江经济带。以海陆重点口岸为支点。')).toEqual([
      '长江经济带',
    ]);
    expect(planNames('积极推动数字、绿色、创新、健康、文旅、减贫等领域合作。加快建设西部陆海新通道。')).toEqual(['西部陆海新通道']);
  });

  it('reads no area a building verb makes the place of something else (not 建设…大湾区国际科技创新中心)', () => {
    expect(planNames('支持建设粤港澳大湾区国际科技创新中心，推动形成新格局。')).toEqual([]);
  });

  it('reads a region’s development whose effort a text steps up (019: 加大西部大开发力度)', () => {
    expect(planNames('新的一年，我们将迎来“六稳”主基调全面实施、继续加大西部大开发力度。')).toContain('西部大开发');
  });
});

describe('a direction is the nation’s region only standing as one (session 16)', () => {
  it('reads no development of a part of a place a direction names (019: 自治区推动东部盟市跨越发展)', () => {
    const names = planNames(
      '新的一年，我们将迎来“六稳”主基调全面实施、新一轮东北振兴深入推进、继续加大西部大开发力度，自治区推动东部盟市跨越发展、呼伦贝尔市加快中心城区优先发展等一系列重大发展机遇。',
    );
    expect(names).toEqual(expect.arrayContaining(['新一轮东北振兴', '西部大开发']));
    expect(names).not.toContain('东部盟市跨越发展');
  });

  it('keeps the region with 地区 and the manner of its development, or a programme area (007, 008)', () => {
    expect(planNames('推动西部大开发形成新格局，推动东北振兴取得新突破，促进中部地区加快崛起，鼓励东部地区加快推进现代化。')).toEqual(
      expect.arrayContaining(['西部大开发', '东北振兴', '中部地区加快崛起']),
    );
    expect(planNames('推动东北振兴取得新突破，推动中部地区高质量发展，鼓励东部地区加快推进现代化，支持产业梯度转移。')).toContain(
      '中部地区高质量发展',
    );
    expect(planNames('稳步拓展合作新领域。推进西部陆海新通道建设。有序开展对外投资合作。')).toContain('西部陆海新通道建设');
  });
});

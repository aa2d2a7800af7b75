/**
 * Extractor bugs the synthetic corpus found (bench/corpus, `npm run corpus -- --eval`), each pinned
 * by the Arabic sentence that showed it. Registry entries the committed registry lacks are added here.
 */
import { describe, expect, it } from 'vitest';
import { findAttribution } from '../../src/lib/extract/attribution.ts';
import { extractCorpus } from '../../src/lib/extract/corpus.ts';
import type { RegistrySpeaker } from '../../src/lib/speakers/types.ts';
import { speakers } from './helpers.ts';

const person = (id: string, name: string, role: string, extra: Partial<RegistrySpeaker> = {}): RegistrySpeaker => ({
  id,
  name,
  nameEn: id,
  aliases: [name.split(' ').at(-1) ?? name],
  role,
  side: 'iraq',
  affiliations: [],
  ...extra,
});

/** "who on which day" for each statement of one article, with a registry. */
function said(body: string, published: string, registry: readonly RegistrySpeaker[] = speakers) {
  const { statements, warnings } = extractCorpus([{ slug: 'a', filePath: 'a.md', published, body }], registry);
  return { who: statements.map((s) => `${s.speaker.id} ${s.date}`), statements, warnings };
}

describe('institutions', () => {
  it('finds an institution by its own name even when its spokesperson, listed first, has that name as an affiliation', () => {
    const spokesperson = person('ahmed-al-sahaf', 'أحمد الصحاف', 'المتحدث باسم وزارة الخارجية العراقية', {
      affiliations: ['وزارة الخارجية العراقية'],
    });
    const registry = [spokesperson, ...speakers];
    expect(said('أكدت وزارة الخارجية العراقية، في بيان، اليوم، أن الحوار مع واشنطن مستمر.', '2024-01-10', registry).who).toEqual([
      'iraqi-foreign-ministry 2024-01-10',
    ]);
  });

  it('reads a phrase that opens with a registry institution as that institution, not its object as a name', () => {
    expect(said('ووصفت وزارة الخارجية العراقية مخرجات الحوار بأنها «خطوة في الاتجاه الصحيح».', '2024-01-10').who).toEqual([
      'iraqi-foreign-ministry 2024-01-10',
    ]);
    expect(said('ودعت الحكومة العراقية إلى وقف الهجمات على القواعد العسكرية.', '2024-01-10').who).toEqual(['iraqi-government 2024-01-10']);
  });

  it('keeps the words of a registry institution out of a personal name ("التحالف الدولي ضد داعش")', () => {
    const coalition = person('global-coalition', 'التحالف الدولي', 'تحالف عسكري', {
      aliases: ['التحالف الدولي ضد داعش'],
      side: 'coalition',
    });
    expect(said('وأفاد التحالف الدولي ضد داعش، أمس، بأن لا خطط للانسحاب من العراق.', '2024-01-10', [...speakers, coalition]).who).toEqual([
      'global-coalition 2024-01-09',
    ]);
  });

  it('lets "الوزارة" refer back to a ministry that spoke through its spokesperson', () => {
    const body =
      'أكدت وزارة الدفاع الأميركية، اليوم، أن لبلادها قوات في العراق.\n\nوقالت نائبة المتحدث باسم البنتاغون سابرينا سينغ، اليوم، إن "القوات موجودة لضمان هزيمة داعش".\n\nوأضافت الوزارة أن "المحادثات مع بغداد مستمرة بشكل جيد".';
    const { who, statements, warnings } = said(body, '2024-08-15');
    expect(who).toEqual(['sabrina-singh 2024-08-15']);
    expect(statements[0]?.quotes).toContain('المحادثات مع بغداد مستمرة بشكل جيد');
    expect(warnings).toEqual([]);
  });
});

describe('people named after an office', () => {
  it('takes a registry person in apposition, whatever the office before it looks like', () => {
    const mp = person('falih-al-shamarti', 'فالح الشمرتي', 'النائب عن تحالف الفتح');
    // "فالح" begins with what looks like ف + ال; the office names a bloc.
    expect(said('وقال النائب عن تحالف الفتح، فالح الشمرتي، أمس، إن الانسحاب ضرورة وطنية.', '2024-01-10', [...speakers, mp]).who).toEqual([
      'falih-al-shamarti 2024-01-09',
    ]);
  });

  it('resolves an office mentioned again without the name to the person who holds it', () => {
    const minister = person('fuad-hussein', 'فؤاد حسين', 'وزير الخارجية العراقي');
    const body = 'قال وزير الخارجية العراقي فؤاد حسين، اليوم، إن الحوار مستمر.\n\nوأضاف وزير الخارجية العراقي أن "القرار عراقي بالكامل".';
    expect(said(body, '2024-01-10', [...speakers, minister]).who).toEqual(['fuad-hussein 2024-01-10']);

    const member = person('ali-al-lami', 'علي اللامي', 'القيادي في التيار الصدري');
    const sadrists = person('sadrist-movement', 'التيار الصدري', 'تيار سياسي');
    const again = 'قال القيادي في التيار الصدري علي اللامي أمس إن الحوار مستمر. وأضاف القيادي في التيار الصدري أن "القرار عراقي".';
    expect(said(again, '2024-01-10', [...speakers, member, sadrists]).who).toEqual(['ali-al-lami 2024-01-09']);

    const general = person('esmail-qaani', 'إسماعيل قاآني', 'قائد فيلق القدس', { side: 'iran' });
    const quds = 'قال قائد فيلق القدس اللواء إسماعيل قاآني أمس إن طهران تدعم بغداد. وأضاف قائد فيلق القدس أن "أمن العراق من أمن المنطقة".';
    expect(said(quds, '2024-01-10', [...speakers, general]).who).toEqual(['esmail-qaani 2024-01-09']);
  });

  it('reads an MP quoted through an agency with the office written whole, and "النائب" as that MP', () => {
    const mp = person('saad-al-halbousi', 'سعد الحلبوسي', 'النائب عن كتلة صادقون');
    const body =
      'ونقلت وكالة الأنباء العراقية، أمس، عن النائب عن كتلة صادقون سعد الحلبوسي قوله إن «الحوار مستمر مع واشنطن». وأضاف النائب عن كتلة صادقون أن «القرار عراقي بالكامل».';
    const { who, statements, warnings } = said(body, '2024-01-10', [...speakers, mp]);
    expect(who).toEqual(['saad-al-halbousi 2024-01-09']);
    expect(statements[0]?.speaker.role).toBe('النائب عن كتلة صادقون');
    expect(statements[0]?.quotes).toEqual(['الحوار مستمر مع واشنطن', 'القرار عراقي بالكامل']);
    expect(warnings).toEqual([]);
  });

  it('does not read "شؤون", "وفد" or "كانت" as part of a name', () => {
    const minister = person('shirwan-doski', 'شيروان دوسكي', 'وزير شؤون البيشمركة في حكومة إقليم كردستان');
    const body =
      'قال وزير شؤون البيشمركة في حكومة إقليم كردستان شيروان دوسكي أمس إن قواتنا جاهزة. وأضاف وزير شؤون البيشمركة في حكومة إقليم كردستان أن "التنسيق مستمر".';
    expect(said(body, '2024-01-10', [...speakers, minister]).who).toEqual(['shirwan-doski 2024-01-09']);
    expect(said('وقال المتحدث باسم الحكومة العراقية خلال لقاء مع وفد عسكري ليل أمس إن الحوار مستمر.', '2024-01-10').who).toEqual([
      'iraqi-government 2024-01-09',
    ]);
    const researcher = person('hanaa-al-rubaie', 'هناء الربيعي', 'الباحثة في الشؤون الأمنية');
    const two =
      'وكانت الباحثة في الشؤون الأمنية هناء الربيعي قد أكدت أمس أن الانسحاب سابق لأوانه. وأضافت الباحثة في الشؤون الأمنية أن "الفراغ خطير".';
    expect(said(two, '2024-01-10', [...speakers, researcher]).who).toEqual(['hanaa-al-rubaie 2024-01-09']);
  });
});

describe('anonymous sources', () => {
  it('drops "وأضاف المصدر" after an anonymous source, without a warning', () => {
    const body = 'وقال مصدر أمني، أمس، إن صاروخين سقطا قرب القاعدة. وأضاف المصدر، الذي طلب عدم الكشف عن هويته، أن الاستعدادات اكتملت.';
    expect(said(body, '2024-01-10')).toMatchObject({ who: [], warnings: [] });
  });
});

describe('what follows the speaker', () => {
  it('does not take the object after a date in commas for a name in apposition', () => {
    const { statements } = said('ووصف المتحدث باسم البيت الأبيض، مساء أمس، مخرجات الحوار بأنها «خطوة في الاتجاه الصحيح».', '2024-01-10');
    expect(statements.map((s) => [s.speaker.name, s.date])).toEqual([['البيت الأبيض', '2024-01-09']]);
  });

  it('does not read the words after إلى, a day number or a month as a name', () => {
    expect(
      said('دعا المتحدث باسم حكومة إقليم كردستان إلى وقف الهجمات على القواعد العسكرية.', '2024-01-10').statements[0]?.speaker.name,
    ).toBe('حكومة إقليم كردستان');
    expect(said('أكدت المتحدثة باسم الحكومة العراقية 18 تشرين الثاني، 2016 أن الحوار مستمر.', '2016-11-20').who).toEqual([
      'iraqi-government 2016-11-18',
    ]);
  });

  it('ends the speaker where any date the date reader knows begins: "الاتنين الفائت", "بتاريخ 2019-06-07"', () => {
    expect(said('وأفاد المتحدث باسم الحكومة العراقية في تغريدة على منصة إكس الاتنين الفائت بأن الحوار مستمر.', '2024-01-10').who).toEqual([
      'iraqi-government 2024-01-08',
    ]);
    expect(
      said(
        'وعلّق المتحدث باسم الحكومة العراقية خلال لقاء مع وفد عسكري بتاريخ 2019-06-07 على ذلك، قائلاً: «الحوار مستمر مع واشنطن».',
        '2019-06-10',
      ).who,
    ).toEqual(['iraqi-government 2019-06-07']);
  });

  it('does not read the object of جدد after a setting as a name', () => {
    expect(said('وجددت المتحدثة باسم وزارة الخارجية العراقية في مقابلة تلفزيونية التأكيد على أن الحوار مستمر.', '2024-01-10').who).toEqual([
      'iraqi-foreign-ministry 2024-01-10',
    ]);
  });

  it('keeps the ل of a name after "وفقاً لـ" and "بحسب", and drops the ل of وفقاً', () => {
    expect(findAttribution('ووفقاً لـ ليندا ماكدونالد، فإن واشنطن لم تتلق أي طلب.')?.phrase).toBe('ليندا ماكدونالد،');
    expect(findAttribution('وبحسب ليندا ماكدونالد، فإن واشنطن لم تتلق أي طلب.')?.phrase).toBe('ليندا ماكدونالد،');
    expect(findAttribution('ووفقاً لوزارة الدفاع، فإن القوات غادرت.')?.phrase).toBe('وزارة الدفاع،');
    expect(findAttribution('ووفقاً للمتحدث باسم الوزارة، فإن القوات غادرت.')?.phrase).toBe('المتحدث باسم الوزارة،');
  });
});

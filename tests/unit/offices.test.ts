/** content/offices.yaml: who held which office when, read strictly. */
import { describe, expect, it } from 'vitest';
import { parseOffices } from '../../src/lib/content/offices.ts';
import { Offices } from '../../src/lib/speakers/offices.ts';
import { offices, speakers } from './helpers.ts';

const yaml = (holders: string) => `- id: test-office\n  name: وزير الاختبار\n  nameEn: Test Minister\n  side: iraq\n  holders:\n${holders}`;
const parse = (text: string) => () => parseOffices(text, 'content/offices.yaml', speakers);

describe('reading content/offices.yaml', () => {
  it('refuses overlapping terms, a term that ends before it starts and a holder the registry does not know, naming the office', () => {
    expect(
      parse(yaml('    - { speaker: mark-esper, from: 2020-01-01, to: 2020-06-30 }\n    - { speaker: mark-milley, from: 2020-06-01 }')),
    ).toThrow(/content\/offices\.yaml: office 1 \(test-office\): the terms of mark-esper and mark-milley overlap/u);
    expect(parse(yaml('    - { speaker: mark-esper, from: 2020-06-01, to: 2020-01-01 }'))).toThrow(/ends \(2020-01-01\) before it starts/u);
    expect(parse(yaml('    - { speaker: nobody-at-all, from: 2020-01-01 }'))).toThrow(/"nobody-at-all" is not in the speaker registry/u);
    expect(parse(yaml('    - { speaker: mark-esper, from: 2020-13-01 }'))).toThrow(/line 6\): 2020-13-01 is not a day that exists/u);
  });
  it('refuses one name given to two offices', () => {
    const two = `${yaml('    []')}\n- id: other\n  name: وزير الاختبار\n  nameEn: Other\n  side: iraq\n`;
    expect(parse(two)).toThrow(/already names test-office/u);
  });
});

describe('the committed offices', () => {
  const index = new Offices(offices);
  it('have one holder a day, in the order of the public record', () => {
    const pm = index.find('رئيس الوزراء العراقي');
    expect(pm && index.holder(pm, '2020-05-06')).toBe('adel-abdul-mahdi');
    expect(pm && index.holder(pm, '2020-05-07')).toBe('mustafa-al-kadhimi');
    expect(pm && index.holder(pm, '2022-10-27')).toBe('mohammed-shia-al-sudani');
    expect(index.heldBy('mark-esper', '2020-11-09')).toBeUndefined();
    expect(index.heldBy('christopher-miller', '2020-11-09')?.id).toBe('us-secretary-of-defense');
  });
  it('match the spellings one office is written in', () => {
    for (const phrase of [
      'الناطقة باسم الخارجية الإيرانية',
      'المتحدث الرسمي باسم وزارة الخارجية الإيرانية',
      'المتحدثة باسم الخارجية الايرانية',
    ]) {
      expect(index.find(phrase)?.id, phrase).toBe('iran-foreign-ministry-spokesperson');
    }
    expect(index.find('وزير الخارجية العراقية')?.id).toBe('iraq-foreign-minister');
    expect(index.find('رئيس الوزراء العراقي السابق')).toBeUndefined(); // a former holder is someone else
  });
});

/**
 * Rules learnt in round 13, from set O (held out in round 12, then read) and the development texts,
 * each checked on Arabic sentences written for Bayan: no sentence here is taken from an article.
 */
import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../src/lib/extract/speaker.ts';
import { registry, who } from './helpers.ts';

describe('words that only look like the article ال', () => {
  it('«إلى» after a body is no part of its name: «الحكومة إلى» is never a speaker', () => {
    const text =
      'عنوان\n\nصوّت النواب على قرار يطالب الحكومة إلى جانب الوزارات بإخراج القوات.\n\n' +
      'وقالت الحكومة، في ذلك الوقت، إنها لا تملك صلاحية التنفيذ.';
    expect(who(text, '2020-03-10').join(' ')).not.toContain('إلى');
  });
  it('nor is a relative pronoun: «الهيئة التي» does not name a body', () => {
    const text = 'عنوان\n\nتحدث التقرير عن الهيئة التي شكلها البرلمان.\n\nوذكرت الهيئة أن عملها لم ينته.';
    expect(who(text, '2021-05-02').join(' ')).not.toContain('التي');
  });
});

describe('the states a body’s name goes on to', () => {
  it('«الأمين العام لمجلس التعاون لدول الخليج، <four names>،»: the name after the comma, not «لدول الخليج»', () => {
    expect(resolvePhrase('الأمين العام لمجلس التعاون لدول الخليج، نايف عادل سالم المري،', registry)).toMatchObject({
      type: 'person',
      name: 'نايف عادل سالم المري',
      role: 'الأمين العام لمجلس التعاون لدول الخليج',
    });
  });
  it('a Gulf first name opens a four-word name in apposition', () => {
    expect(resolvePhrase('سفير الكويت، فهد سالم مبارك الصباح،', registry)).toMatchObject({ type: 'person', name: 'فهد سالم مبارك الصباح' });
  });
});

describe('a base’s name after its commander’s office', () => {
  it('«آمر قاعدة بلد الجوية، …» is the commander named after the comma, not the base', () => {
    expect(resolvePhrase('العميد آمر قاعدة بلد الجوية، حازم كريم،', registry)).toMatchObject({
      type: 'person',
      name: 'حازم كريم',
      role: 'العميد آمر قاعدة بلد الجوية',
    });
  });
  it('the base alone never becomes a person', () => {
    const text = 'عنوان\n\nوذكر قائد قاعدة عين الأسد الجوية أن الصواريخ سقطت خارج السياج.';
    expect(who(text, '2021-03-03').join(' ')).not.toMatch(/^عين الأسد|^الأسد الجوية/u);
  });
});

describe('a group described by whom it is loyal to', () => {
  const text =
    'عنوان\n\nتبنت "المقاومة الإسلامية في العراق" صباح الأحد ضرب قاعدة حرير بطائرة مسيرة.\n\n' +
    'وقالت الجماعة الموالية لطهران في بيانها إن الضربة ردّ على القصف الأمريكي.';
  it('refers back to the group the article named: one speaker, no «الجماعة الموالية لطهران»', () => {
    expect(who(text, '2024-01-14')).toEqual(['المقاومة الإسلامية في العراق 2024-01-14']);
  });
});

import { describe, expect, it } from 'vitest';
import { resolvePhrase } from '../../src/lib/extract/speaker.ts';
import { nameKey } from '../../src/lib/speakers/registry.ts';
import { registry, registryOf, withoutSpeakers } from './helpers.ts';

const resolve = (phrase: string) => resolvePhrase(phrase, registry);

describe('registry matching', () => {
  it('strips the role and finds the registry person (seed 000)', () => {
    expect(resolve('المتحدث باسم التحالف الدولي مايلز مايلز كاجينز لكوردستان 24')).toMatchObject({
      type: 'person',
      registry: { id: 'myles-caggins' },
      role: 'المتحدث باسم التحالف الدولي',
    });
  });
  it('accepts either spelling, the surname alone, and diacritics', () => {
    for (const phrase of ['الجنرال ماكينزي', 'ماكنزي', 'كينيث ماكنزي', 'ماكِنزي']) {
      expect(resolve(phrase)).toMatchObject({ type: 'person', registry: { id: 'kenneth-mckenzie' } });
    }
  });
  it('reads a rank, a unit and the name (الميجور جنرال بالقوات الجوية باتريك رايدر)', () => {
    expect(resolve('الميجور جنرال بالقوات الجوية باتريك رايدر، في إفادة صحفية')).toMatchObject({ registry: { id: 'patrick-ryder' } });
  });
  it('takes a name given in apposition after the office', () => {
    expect(resolve('رئيس الوزراء العراقي، محمد شياع السوداني،')).toMatchObject({
      registry: { id: 'mohammed-shia-al-sudani' },
      role: 'رئيس الوزراء العراقي',
    });
  });
  it('reads "مكتب X" and "بيان صادر عن مكتب X" as X', () => {
    expect(resolve('مكتب رئيس الوزراء العراقي المستقيل عادل عبد المهدي في بيان')).toMatchObject({ registry: { id: 'adel-abdul-mahdi' } });
    expect(resolve('بيان صادر عن مكتب الكاظمي اليوم')).toMatchObject({ registry: { id: 'mustafa-al-kadhimi' } });
  });
  it('matches an institution by name and by a spokesperson\'s affiliation, in either spelling of "American"', () => {
    expect(resolve('قيادة العمليات المشتركة')).toMatchObject({ type: 'institution', registry: { id: 'joint-operations-command' } });
    const pentagon = resolve('وزارة الدفاع الأميركية');
    expect(pentagon.type).toBe('institution');
    expect(pentagon).toMatchObject({ key: nameKey('وزارة الدفاع الأمريكية') });
  });
  it('records an unnamed official of a named institution as the institution', () => {
    expect(resolve('المسؤولة في البنتاغون:')).toMatchObject({ type: 'institution', key: 'البنتاغون' });
    expect(resolve('المتحدث باسم وزارة الخارجية التركية')).toMatchObject({ type: 'institution', name: 'وزارة الخارجية التركية' });
  });
  it('reads an office the registry knows, named without its holder, as that office', () => {
    expect(resolve('المتحدث باسم وزارة الخارجية الإيرانية')).toMatchObject({
      type: 'office',
      office: { id: 'iran-foreign-ministry-spokesperson' },
    });
    expect(resolve('القائد العام للقوات المسلحة')).toMatchObject({ type: 'office', office: { id: 'iraq-prime-minister' } });
    expect(resolve('رئيس الحكومة العراقية المستقيل')).toMatchObject({ type: 'office', office: { id: 'iraq-prime-minister' } });
    // Another country's prime minister is not Iraq's.
    expect(resolve('رئيس الوزراء الإسرائيلي')).toMatchObject({ type: 'office', role: 'رئيس الوزراء الإسرائيلي' });
    expect(resolve('رئيس الوزراء الإسرائيلي')).not.toHaveProperty('office');
  });
});

describe('speakers the registry does not know', () => {
  it.each([
    ['وزير الخارجية الفرنسي جان نويل بارو', 'جان نويل بارو', 'وزير الخارجية الفرنسي'],
    ['النائب عن ائتلاف دولة القانون حسين الشمري', 'حسين الشمري', 'النائب عن ائتلاف دولة القانون'],
    ['قائد عمليات بغداد الفريق الركن قيس المحمداوي أول أمس', 'قيس المحمداوي', 'قائد عمليات بغداد الفريق الركن'],
    ['الناطق باسم الحكومة العراقية باسم العوادي', 'باسم العوادي', 'الناطق باسم الحكومة العراقية'],
    ['المحلل السياسي علي البيدر', 'علي البيدر', 'المحلل السياسي'],
  ])('%s → %s', (phrase, name, role) => {
    expect(resolvePhrase(phrase, registryOf(withoutSpeakers(name)))).toEqual({ type: 'person', name, role });
  });
  it('gives an unknown institution its own name', () => {
    expect(resolve('الهيئة العامة للحشد الشعبي في بيان')).toEqual({
      type: 'institution',
      name: 'الهيئة العامة للحشد الشعبي',
      key: nameKey('الهيئة العامة للحشد الشعبي'),
    });
  });
  it('tells an office without a name, a noun referring back, and a bare surname', () => {
    expect(resolve('رئيس الوزراء العراقي')).toMatchObject({ type: 'office' });
    expect(resolve('القيادة في بيان ورد لموقع IQ NWES:')).toMatchObject({ type: 'anaphor', noun: 'قياده' });
    expect(resolvePhrase('ميلر:', registryOf(withoutSpeakers('ميلر')))).toEqual({ type: 'surname', word: 'ميلر' });
  });
});

describe('look-alikes', () => {
  it('a registry surname does not swallow another person with that surname', () => {
    expect(resolve('النائب حسن الخفاجي')).toEqual({ type: 'person', name: 'حسن الخفاجي', role: 'النائب' });
    expect(resolve('القيادي في ائتلاف دولة القانون عباس الكاظمي')).toMatchObject({ type: 'person', name: 'عباس الكاظمي' });
    expect(resolve('اللواء تحسين الخفاجي')).toMatchObject({ registry: { id: 'tahsin-al-khafaji' } });
  });
  it('reads compound names, the title د. and "باسمها"', () => {
    expect(resolve('رئيس أركان الجيش عبد الرحيم الزيدي')).toEqual({
      type: 'person',
      name: 'عبد الرحيم الزيدي',
      role: 'رئيس أركان الجيش',
    });
    expect(resolve('الخبير الأمني د. إحسان الشمري')).toMatchObject({ type: 'person', name: 'إحسان الشمري' });
    expect(resolve('المتحدث باسمها إسماعيل بقائي')).toMatchObject({ type: 'person', name: 'إسماعيل بقائي' });
  });
});

describe('not speakers', () => {
  it.each([
    'مصادر مطلعة لكوردستان 24',
    'مصدر أمني',
    'أحد المسؤولين',
    'مسؤول عراقي',
    'وسائل الإعلام المحلية',
    'وكالة رويترز',
    'رويترز',
    'واشنطن',
    'العراق انتصاره',
  ])('%s', (phrase) => {
    expect(resolve(phrase).type).toBe('skip');
  });
  it('a document continues whoever wrote it; an object is no subject', () => {
    expect(resolve('الرسالة')).toEqual({ type: 'none' });
    // The object of a reporting verb ("وجددت التأكيد على") is no subject: a continuation verb keeps the speaker.
    expect(resolve('التأكيد على')).toEqual({ type: 'none' });
    // Another lone definite word may be a surname (العوادي); the article decides.
    expect(resolvePhrase('العوادي', registryOf(withoutSpeakers('العوادي')))).toEqual({ type: 'surname', word: 'العوادي' });
    expect(resolve('وجود تلك القوات')).toEqual({ type: 'none' });
  });
});

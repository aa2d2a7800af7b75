/**
 * Name material for the generated speaker registry: first names and family
 * names by origin, each with its English spelling and the other Arabic
 * spellings the press uses for it (ماكنزي / ماكينزي, كاجينز / كاغينز).
 * Orthographic variants (أ / ا, ى / ي, ة / ه) are derived, not listed.
 *
 * Family names are drawn without replacement, so no two generated speakers
 * share a surname: an article that says "وأضاف الجبوري" names one person.
 */

/** A name word or words, its English spelling, and other Arabic spellings of it. */
export interface NamePart {
  ar: string;
  en: string;
  variants?: readonly string[];
}

/** Compact notation: "عربي|English|variant,variant". */
function parts(list: string): NamePart[] {
  return list
    .trim()
    .split('\n')
    .map((line) => {
      const [ar = '', en = '', variants = ''] = line.trim().split('|');
      return { ar, en, ...(variants ? { variants: variants.split(',') } : {}) };
    });
}

export const ARAB_MALE = parts(`
  محمد|Mohammed
  أحمد|Ahmed
  علي|Ali
  حسين|Hussein
  حسن|Hassan
  عمر|Omar
  خالد|Khalid
  سعد|Saad
  فؤاد|Fuad
  قاسم|Qasim
  جاسم|Jasim
  كاظم|Kadhim
  ماجد|Majid
  هادي|Hadi
  رعد|Raad
  عادل|Adel
  إياد|Iyad
  إبراهيم|Ibrahim
  مصطفى|Mustafa
  يحيى|Yahya
  موسى|Musa
  عيسى|Issa
  حيدر|Haider
  عباس|Abbas
  جعفر|Jaafar
  كريم|Karim
  سليم|Salim
  ثامر|Thamer
  فالح|Falih
  ظافر|Dhafer
  نجم|Najm
  ضياء|Diyaa
  زياد|Ziad
  عبد الله|Abdullah|عبدالله
  عبد الكريم|Abdul Karim|عبدالكريم
  عبد الأمير|Abdul Amir|عبدالأمير
  عبد الرحمن|Abdul Rahman|عبدالرحمن
  مثنى|Muthanna
  أسامة|Osama
  حمزة|Hamza
  طارق|Tariq
  نزار|Nizar
`);

export const ARAB_FEMALE = parts(`
  سروة|Sarwa
  عالية|Alia
  هناء|Hanaa
  ماجدة|Majida
  زينب|Zainab
  آلاء|Alaa
  ندى|Nada
  سهام|Siham
  إيمان|Iman
  حنان|Hanan
  رغد|Raghad
  انتصار|Intisar
`);

export const ARAB_SURNAMES = parts(`
  الجبوري|al-Jubouri
  الدليمي|al-Dulaimi
  العبيدي|al-Obaidi
  الساعدي|al-Saadi
  الزيدي|al-Zaidi
  الكعبي|al-Kaabi
  الموسوي|al-Musawi
  الحسيني|al-Husseini
  الربيعي|al-Rubaie
  الشمري|al-Shammari
  العامري|al-Amiri
  الخزعلي|al-Khazali
  الحلبوسي|al-Halbousi
  الأعرجي|al-Araji
  الزاملي|al-Zamili
  الفتلاوي|al-Fatlawi
  الكناني|al-Kinani
  العوادي|al-Awadi
  الغراوي|al-Gharawi
  التميمي|al-Tamimi
  المحمداوي|al-Mohammedawi
  اللامي|al-Lami
  الأسدي|al-Asadi
  البياتي|al-Bayati
  الكرعاوي|al-Karawi
  الحمداني|al-Hamdani
  الطائي|al-Taie
  العنزي|al-Anazi
  الحديثي|al-Hadithi
  الراوي|al-Rawi
  الفهداوي|al-Fahdawi
  العيساوي|al-Issawi
  الكبيسي|al-Kubaisi
  الجنابي|al-Janabi
  المشهداني|al-Mashhadani
  السامرائي|al-Samarrai
  النجيفي|al-Nujaifi
  الهاشمي|al-Hashimi
  الآلوسي|al-Alusi
  الدوري|al-Douri
  البدري|al-Badri
  الشيخلي|al-Sheikhli
  الصافي|al-Safi
  الياسري|al-Yasiri
  البهادلي|al-Bahadli
  المياحي|al-Mayahi
  الإبراهيمي|al-Ibrahimi
  الشبلي|al-Shibli
  الركابي|al-Rikabi
  الزبيدي|al-Zubaidi
  الحلفي|al-Hilfi
  الخاقاني|al-Khaqani
  البديري|al-Budairi
  العتابي|al-Attabi
  الخالدي|al-Khalidi
  القيسي|al-Qaisi
  الجميلي|al-Jumaili
  المرسومي|al-Marsoumi
  المعموري|al-Mamouri
  الحساني|al-Hassani
  الكلابي|al-Kilabi
  الزهيري|al-Zuhairi
  الحيدري|al-Haidari
  الشيباني|al-Shaibani
  الشويلي|al-Shuwaili
  الحميداوي|al-Hamidawi
  الدراجي|al-Darraji
  السلامي|al-Salami
  الكرخي|al-Karkhi
  البصري|al-Basri
  الموصلي|al-Mosuli
  الأنباري|al-Anbari
  النجفي|al-Najafi
  الكربلائي|al-Karbalai
  الحلي|al-Hilli
  الواسطي|al-Wasiti
  البغدادي|al-Baghdadi
  التكريتي|al-Tikriti
  العزاوي|al-Azzawi
  العكيلي|al-Ugaili
  العكيدي|al-Ukaidi
  الخزرجي|al-Khazraji
  الأنصاري|al-Ansari
  الصميدعي|al-Sumaidaie
  الشطري|al-Shatri
  الدعمي|al-Daami
  الغزي|al-Ghazi
  الهلالي|al-Hilali
  الحسناوي|al-Hasnawi
  العلاق|al-Allaq
  الحياني|al-Hayani
  الجعفري|al-Jaafari
  الخفاجي|al-Khafaji
  السعيدي|al-Saeedi
  الطالقاني|al-Talqani
  المندلاوي|al-Mandalawi
  الكرطاني|al-Kartani
  الوائلي|al-Waili
  الجوراني|al-Jourani
  المسعودي|al-Masoudi
  البيضاني|al-Baidhani
  العبودي|al-Aboudi
  الرماحي|al-Rumahi
  القريشي|al-Quraishi
  الشرع|al-Sharaa
  الحكيم|al-Hakim
  الفياض|al-Fayyadh
  العطية|al-Attiyah
  الخطيب|al-Khatib
  الزرفي|al-Zurfi
  الجزائري|al-Jazairi
  الكاظمي|al-Kadhimi
  الحسيناوي|al-Husseinawi
  الظالمي|al-Dhalimi
  السراي|al-Saray
  الشمرتي|al-Shamarti
  المطيري|al-Mutairi
`);

export const KURDISH_MALE = parts(`
  هوشيار|Hoshyar
  سيروان|Sirwan
  جبار|Jabbar
  ريبوار|Rebwar
  كاوة|Kawa
  شيروان|Shirwan
  دلشاد|Dilshad
  آزاد|Azad
  بيشوا|Peshawa
  هيمن|Hemin
`);

export const KURDISH_SURNAMES = parts(`
  زيباري|Zebari
  ميراني|Mirani
  زنكنة|Zangana
  شواني|Shwani
  دوسكي|Doski
  برواري|Barwari
  هركي|Harki
  سنجاري|Sinjari
  هورامي|Hawrami
  كاكائي|Kakai
  رواندزي|Rawanduzi
  آميدي|Amedi
  بامرني|Bamarni
  عقراوي|Aqrawi
  شيخاني|Sheikhani
  سورجي|Surchi
  دزيي|Dizayee
  كويي|Koyi
`);

export const WESTERN_MALE = parts(`
  جون|John
  مايكل|Michael
  جيمس|James
  روبرت|Robert
  ديفيد|David
  ويليام|William|وليام
  ريتشارد|Richard
  توماس|Thomas
  مارك|Mark
  بول|Paul
  ستيفن|Steven|ستيفان
  كيفن|Kevin|كيفين
  جيفري|Jeffrey|جفري
  سكوت|Scott
  إريك|Eric
  ماثيو|Matthew|ماثيوز
  دانيال|Daniel
  أنتوني|Anthony
  تشارلز|Charles
  كريستوفر|Christopher
  جوزيف|Joseph
  بريت|Brett
  نيد|Ned
  باتريك|Patrick
  غريغوري|Gregory|جريجوري
  بيتر|Peter
`);

export const WESTERN_FEMALE = parts(`
  سابرينا|Sabrina
  كارين|Karen
  ألينا|Alina
  جينيفر|Jennifer|جنيفر
  ليندا|Linda
  إليزابيث|Elizabeth
  ماري|Mary
  سوزان|Susan
  إيمي|Amy
  ربيكا|Rebecca
  كاترين|Catherine|كاثرين
  إيزابيل|Isabelle
`);

export const US_SURNAMES = parts(`
  ميلر|Miller|ميللر
  سوليفان|Sullivan|سوليفن
  كيربي|Kirby|كربي
  برايس|Price
  هاريس|Harris
  كلارك|Clark
  لويس|Lewis
  ووكر|Walker
  يونغ|Young|يانغ
  رايت|Wright
  هيل|Hill
  غرين|Green|جرين
  آدامز|Adams
  نيلسون|Nelson|نلسون
  كارتر|Carter
  ميتشل|Mitchell|ميتشيل
  روبرتس|Roberts
  تيرنر|Turner
  فيليبس|Phillips|فيلبس
  كامبل|Campbell|كامبيل
  باركر|Parker
  إيفانز|Evans|إيفانس
  إدواردز|Edwards
  كولينز|Collins|كولنز
  ستيوارت|Stewart
  موريس|Morris
  روجرز|Rogers
  كوك|Cook
  مورغان|Morgan|مورجان
  كوبر|Cooper
  ريتشاردسون|Richardson
  هوارد|Howard
  بروكس|Brooks
  ساندرز|Sanders|ساندرس
  بينيت|Bennett|بينت
  غراي|Gray|جراي
  هيوز|Hughes
  فوستر|Foster
  باول|Powell
  باترسون|Patterson
  ماكدونالد|McDonald
  راسل|Russell
  غريفين|Griffin|جريفين
  هايز|Hayes
  ماكغرك|McGurk|ماكجرك
  ويتاكر|Whitaker
  لامبرت|Lambert
  دوغلاس|Douglas|دوجلاس
  فليتشر|Fletcher
  هنتر|Hunter
  ماكينلي|McKinley
  شيرمان|Sherman
  كالهون|Calhoun
  ريفز|Reeves
`);

export const COALITION_SURNAMES = parts(`
  سميث|Smith
  جونسون|Johnson
  براون|Brown
  تايلور|Taylor|تيلور
  ويلسون|Wilson
  طومسون|Thompson|تومسون
  هولمز|Holmes
  ديفيز|Davies|ديفيس
  بارنيل|Parnell
  دوبون|Dupont
  مارتان|Martin
  بيرنار|Bernard
  لوران|Laurent
  لوفيفر|Lefebvre
  جيرار|Girard
  موريل|Morel
  فونتين|Fontaine
  شميت|Schmidt|شميدت
  فيشر|Fischer|فيشير
  فاغنر|Wagner|فاجنر
  هوفمان|Hoffmann
  كراوزه|Krause
  هانسن|Hansen
  لارسن|Larsen
  يورغنسن|Jorgensen|يورجنسن
  ماكاي|McKay
  أندرسون|Anderson|أندرسن
  روسي|Rossi
  بيانكي|Bianchi
  كولومبو|Colombo
  غارسيا|Garcia|جارسيا
  فرنانديز|Fernandez|فيرنانديز
  يانسن|Jansen
  لوكاس|Lucas
  ماكنيل|McNeil
  بوشار|Bouchard
  ويليامز|Williams|وليامز
  كينيدي|Kennedy
`);

export const IRANIAN_MALE = parts(`
  حسين|Hossein
  محمد|Mohammad
  ناصر|Nasser
  عباس|Abbas
  مهدي|Mahdi
  إسماعيل|Esmaeil
  محسن|Mohsen
  جواد|Javad
  رضا|Reza
  مجيد|Majid
  سعيد|Saeed
  كاظم|Kazem
  علي أكبر|Ali Akbar
  محمد باقر|Mohammad Bagher
`);

export const IRANIAN_SURNAMES = parts(`
  كنعاني|Kanaani
  ولايتي|Velayati
  قاآني|Qaani|قاءاني
  بقائي|Baghaei|بقايي
  رضائي|Rezaei|رضايي
  باقري|Bagheri
  صفوي|Safavi
  نقدي|Naqdi
  جليلي|Jalili
  شريعتمداري|Shariatmadari
  طباطبائي|Tabatabaei|طباطبايي
  كرماني|Kermani
  شيرازي|Shirazi
  تبريزي|Tabrizi
  همداني|Hamedani
  إصفهاني|Esfahani
  يزدي|Yazdi
  خراساني|Khorasani
  موسويان|Mousavian
  واعظي|Vaezi
  ميرزائي|Mirzaei|ميرزايي
  أحمدي|Ahmadi
  كريمي|Karimi
  رحيمي|Rahimi
  دهقاني|Dehghani
  نوبخت|Nobakht
  لطفي|Lotfi
  فلاحي|Fallahi
`);

export const TURKISH_MALE = parts(`
  هاكان|Hakan
  مولود|Mevlut
  ياشار|Yasar
  خلوصي|Hulusi
  عمر|Omer
`);

export const TURKISH_SURNAMES = parts(`
  يلماز|Yilmaz
  كايا|Kaya
  دمير|Demir
  أكار|Akar
  تشيليك|Celik|جليك
  أوزتورك|Ozturk
  أيدين|Aydin
`);

export const RUSSIAN_MALE = parts(`
  سيرغي|Sergey|سيرجي
  ميخائيل|Mikhail
  ألكسندر|Alexander|الكسندر
  دميتري|Dmitry
`);

export const RUSSIAN_FEMALE = parts(`
  ماريا|Maria
  يلينا|Yelena
`);

export const RUSSIAN_SURNAMES = parts(`
  إيفانوف|Ivanov
  بتروف|Petrov
  سميرنوف|Smirnov
  فولكوف|Volkov
  موروزوف|Morozov
  سوكولوف|Sokolov
`);

export const EUROPEAN_SURNAMES = parts(`
  لوندين|Lundin
  بيرغمان|Bergman|بيرجمان
  كوفالسكي|Kowalski
  نوفاك|Novak
  هالفورسن|Halvorsen
  ليندكفيست|Lindqvist
  ماركوفيتش|Markovic
  ديميتريو|Dimitriou
  مولينارو|Molinaro
  ستراندبرغ|Strandberg|ستراندبيرغ
`);

import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('a request after a vocative that opens the post', () => {
  it.each<[text: string, label: Label]>([
    // The business named, a comma, then the imperative: it opens the request as a first word does.
    ['مطعم الريف، افتحوا فرع في جدة', 'suggestion'],
    ['صالون ليلى، اكتبوا الأسعار على الانستقرام', 'suggestion'],
    ['شبكة نور، ضيفوا باقة شهرية للطلاب', 'suggestion'],
    ['كافيه السعادة، زيدوا الكراسي برا', 'suggestion'],
    // Guards: a question after the vocative still asks, and an imperative that is also a present
    // tense asks in a post with a question mark.
    ['مكتبة النور، هل عندكم كتب أطفال بالإنجليزي؟', 'question'],
    ['Kafe Nour, κάνετε delivery στη Νέα Σμύρνη;', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic review vocabulary', () => {
  it.each<[text: string, label: Label]>([
    // A device or app that hangs, in the dialects' forms.
    ['الجوال بتعلق فيه الشاشة كل ما افتح الكاميرا', 'complaint'],
    ['الشاشة بتعلق كل شوية', 'complaint'],
    ['اللعبة تعلق بعد التحديث', 'complaint'],
    ['اللعبه بتهنج وتقفل لوحدها', 'complaint'],
    ['el app bet3alla2 kol shwaya', 'complaint'],
    // A price called "fire" or "crazy" is a very high one; food called "fire" is praised.
    ['والله السعر نار', 'complaint'],
    ['الفستان حلو بس سعره مجنون', 'complaint'],
    ['الاسعار مجنونة', 'complaint'],
    ['el mobile 7elw bas el se3r nar', 'complaint'],
    ['الاكل نار 🔥 تسلم ايديكم', 'praise'],
    ['ماتش امبارح كان نار والحكم ظالم', 'none'],
    // Stretched letters: the run is read as one letter, a letter the word doubles stays.
    ['السعر نااااار', 'complaint'],
    ['السماعه ممتاااازه والصوت نقي', 'praise'],
    ['التطبيق ممتاااز', 'praise'],
    ['الشاشه حلووووه', 'praise'],
    // ة/ه and ى/ي written either way.
    ['الخدمة ممتازة والشاشة واضحة', 'praise'],
    ['الخدمه ممتازه والشاشه واضحه', 'praise'],
    ['الجهاز مش مطابق للوصف وعلى الفاضي', 'complaint'],
    ['الجهاز مش مطابق للوصف وعلي الفاضي', 'complaint'],
    // "عرض" in a review is a screen's display or width, not a promotion …
    ['عرض الشاشة كبير والألوان واضحة، جهاز ممتاز', 'praise'],
    ['اشتريته لأمي، عرض الشاشة ممتاز والصوت واضح', 'praise'],
    ['تلفزيون حلو، العرض واضح حتى في الشمس', 'praise'],
    // … while promotions keep their wording.
    ['عرض خاص! خصم 30% على كل الجوالات لفترة محدودة', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('"the only flaw is…" in a post that praises', () => {
  it.each<[text: string, label: Label]>([
    ['منتج رائع والتوصيل سريع، العيب الوحيد ان الكرتون كان مفتوح شوي', 'praise'],
    ['الجوال ممتاز بس المشكلة الوحيدة البطارية تخلص بسرعة', 'praise'],
    ['العيب الوحيد في الجهاز ان الشاشة صغيرة، غير كذا ممتاز', 'praise'],
    ['السماعة حلوة مرة وما فيها عيب غير انها ثقيلة شوي', 'praise'],
    ['سيارة نظيفة وما في أي رسوم مخفية، تعامل راقي', 'praise'],
    ['من يوم ما غيرت الراوتر مفيش ولا قطع', 'praise'],
    // Arabizi.
    ['el mobile momtaz, el 3eib el wa7eed el battery', 'praise'],
    // Guards: a flaw that is the whole story, and a hang with nothing good said, stay complaints.
    ['العيب الوحيد فيه انه ما يشتغل اصلا، خسارة فلوس', 'complaint'],
    ['كل ما افتح التطبيق يعلق وبعدين يطلعني، تعبت', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian posts keep their reading', () => {
  it.each<[text: string, label: Label]>([
    ['قیمتش خیلی گرونه، دیگه نمی‌خرم', 'complaint'],
    ['گوشی عالیه، صفحه‌ش خیلی خوبه', 'praise'],
    ['برنامه مدام هنگ می‌کنه و بسته می‌شه', 'complaint'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect([r.label, r.lang]).toEqual([label, 'fa']);
  });
});

describe('Georgian requests with the verb last', () => {
  it.each<[text: string, label: Label]>([
    // An imperative (or "let it show", "let it be possible") closes the request wherever it stands.
    ['საცხობო, ახალი პურის საათები საიტზე დადეთ', 'suggestion'],
    ['აპში შეკვეთის სტატუსი აჩვენეთ, სად არის კურიერი', 'suggestion'],
    ['ფილიალებში მეტი სალარო დადგით, რიგი დიდია', 'suggestion'],
    ['აპში ბარათის ბალანსი მთავარ გვერდზე ჩანდეს', 'suggestion'],
    ['ჯავშნის შეცვლა ონლაინაც შეიძლებოდეს', 'suggestion'],
    // Guards: the same form asking where something was put is a complaint, and "needs" in a
    // job post asks nothing of the business.
    ['სად დადეთ ჩემი ამანათი? უკვე ერთი კვირაა ველოდები', 'complaint'],
    ['ყავის სახლს სჭირდება ბარისტა საღამოს ცვლაში', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian "was not X" with the negation first', () => {
  it.each<[text: string, label: Label]>([
    // "არ იყო" before the word negates it, as "არ" alone does.
    ['კურიერი არ იყო თავაზიანი', 'complaint'],
    ['სასტუმრო არ იყო სუფთა', 'complaint'],
    ['საჭმელი არ იყო გემრიელი', 'complaint'],
    // "Not bad" and "not annoying" praise.
    ['პიცა მართლა არ იყო ცუდი, ცომი თხელი და ხრაშუნა', 'praise'],
    ['ფასი ცუდი არ არის ამ ხარისხისთვის', 'praise'],
    ['კრემი სულაც არ არის შემაწუხებელი, კანს კარგად იწოვს', 'praise'],
    ['ოფისი ძალიან გადატვირთულია, ვერავინ მიპასუხა', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic requests: imperatives, "I wish you made…" and proposing questions', () => {
  it.each<[text: string, label: Label]>([
    // An imperative no past tense shares ("افتحوا", "ضيفوا") asks wherever it stands, also after praise.
    ['المنتجات حلوة مرة، بس افتحوا فرع في الخبر', 'suggestion'],
    ['قهوتكم تجنن، افتحوا بدري شوي الصبح', 'suggestion'],
    ['ارسلوا رسالة قبل ما يوصل المندوب', 'suggestion'],
    ['مطعم البيك، وزعوا كوبونات للطلاب', 'suggestion'],
    ['ودي تسوون حجم صغير من العطر', 'suggestion'],
    // "Do you make…?" to a business proposes.
    ['مكتبة الضاد، تسوون توصيل مجاني للطلبات الكبيرة؟', 'suggestion'],
    // "Only it lacks…" after praise, and "let it be free".
    ['الفطور حلو، بس ناقصه خيارات نباتية', 'suggestion'],
    ['التوصيل يكون مجاني فوق 100 ريال، هيك الكل بيطلب', 'suggestion'],
    // Guards: the same forms telling what was done keep their reading.
    ['سووا لنا مطبخ كامل وجا أحلى من الصورة، شكرا', 'praise'],
    ['من البلكونة المنظر يجنن، ودي أعيش هنا', 'praise'],
    ['أرسلوا لي طلب غلط ومحد رد', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic praise that names a problem solved or absent', () => {
  it.each<[text: string, label: Label]>([
    // "And"/"so" written on a phrase's first word: "وحل المشكلة", "وما في أي رسوم", "ومحد رد".
    ['الدعم رد علي بسرعة وحل المشكلة في نفس اليوم', 'praise'],
    ['حجزت الشاليه وما في أي رسوم مخفية، كل شي واضح', 'praise'],
    ['طلبت من اسبوع ومحد رد علي', 'complaint'],
    // A fault fixed, money returned, after-sales service, no questions asked.
    ['الفني صلح العطل في نص ساعة، شكرا لكم', 'praise'],
    ['رجعوا لي فلوسي كاملة خلال يومين، تعامل راقي', 'praise'],
    ['خدمة ما بعد البيع عندهم ممتازة والموظفين محترمين', 'praise'],
    ['رجعت الجزمة بدون أسئلة وانحلت المشكلة بسرعة', 'praise'],
    // "الحارة" is a neighbourhood; hot weather is a day out.
    ['أكلت في مطعم الحارة القديمة، الأكل حلو والناس طيبين', 'praise'],
    ['الجو حار اليوم، رحت البحر مع العيال', 'none'],
    // Guards.
    ['فين فلوسي؟ طلبت استرجاع من شهر', 'complaint'],
    ['المكيف خربان والجو حار، محد جا يصلحه', 'complaint'],
    ['السيارة مكيفها يطلع هوا حار، ما يبرد أبدا', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic complaints asked as questions', () => {
  it.each<[text: string, label: Label]>([
    ['الكهرباء تقطع كل ليلة، لمتى يعني؟', 'complaint'],
    ['القميص وصل ممزق من الكتف، مين هيعوضني؟', 'complaint'],
    ['ثالث مرة الشحنة تتأخر، وين الاحترام؟', 'complaint'],
    ['الاشتراك اتلغى لوحده والفلوس اتخصمت', 'complaint'],
    ['الطلب ماجاش لحد دلوقتي، في ايه؟', 'complaint'],
    // Guards: power back and a plain question.
    ['الحمد لله الكهرباء رجعت بعد ساعة والفنيين ما قصروا', 'praise'],
    ['متى تفتحون الفرع الجديد؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: nothing special, charges not written anywhere, waiting made to wait', () => {
  it.each<[text: string, label: Label]>([
    ['სასტუმროს საუზმე არაფრით იყო გამორჩეული, ყოველდღე ერთი და იგივე', 'complaint'],
    ['კერძი არაფერი განსაკუთრებული, ფასი კი მაღალი', 'complaint'],
    ['ანგარიშში მომსახურების 15% დაგვიმატეს, მენიუში არსად ეწერა', 'complaint'],
    ['ორმოცი წუთი მაცდევინეს ჯავშნის მიუხედავად', 'complaint'],
    ['ზამთარში ღამით გათბობა გამორთეს, ვიყინებოდით', 'complaint'],
    ['ხაჭაპური ზუსტად ისეთია, როგორსაც ბებია აცხობდა', 'praise'],
    // Guard: "special" said outright still praises.
    ['ეს ფილმი განსაკუთრებული იყო, ყველას გირჩევთ', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic news wording and a playlist', () => {
  it.each<[text: string, label: Label]>([
    // "خطاً جديداً" is a new route, not an error; a recall is news.
    ['شركة النور تطلق خطاً جديداً للشحن السريع بين جدة والرياض', 'none'],
    ['مصنع السيارات يستدعي 3 آلاف سيارة بسبب خلل في الوسائد الهوائية', 'none'],
    // "بلاي ليست" holds the negator "ليست".
    ['عملت بلاي ليست للرياضة، اللينك تحت', 'none'],
    // Guard: an error in a bill is still one.
    ['فيه خطأ في الفاتورة، حاسبوني مرتين', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic conjunctions written with "ما" negate nothing', () => {
  it.each<[text: string, label: Label]>([
    // "قبل ما" (before), "أول ما" (as soon as), "زي ما" (as): no loose negation leaning to complaint.
    ['صحيت قبل ما يرن المنبه', 'none'],
    ['بكتب لكم أول ما أوصل المطار', 'none'],
    ['سويت الكبسة زي ما علمتني جدتي', 'none'],
    // "لما" is "when": a request stays one.
    ['ابعتوا رسالة لما المندوب يقرب من البيت', 'suggestion'],
    ['الموظف ما رد لما اتصلت، ولا حتى رسالة', 'complaint'],
    // Guards: "ما" that negates still does, and Levantine "بعد ما" is "not yet".
    ['طلبت من أسبوع وما وصل شي', 'complaint'],
    ['الطلب بعد ما وصل', 'complaint'],
    ['كل ما افتح التطبيق يطلعني، تعبت', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic "why" about what "you" did to the poster', () => {
  it.each<[text: string, label: Label]>([
    // The second person is in the verb ("قفلتوا", "تقولون"): a "why" about it complains.
    ['ليش قفلتوا الفرع بدون ما تقولون؟', 'complaint'],
    // Guards: "why" with no one in it asks, and "why don't you open…" proposes.
    ['ليش السماء زرقاء؟', 'question'],
    ['ليش ما تفتحون فرع في الدمام؟', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian "why" about what was charged or said to the poster', () => {
  it.each<[text: string, label: Label]>([
    // The first person is in the verb ("მეჭრება", charged to me).
    ['ბარათიდან ყოველთვე ორი ლარი რატომ მეჭრება?', 'complaint'],
    ['ოთახში ობი იყო და მითხრეს, ეს ნორმალურიაო. სერიოზულად?', 'complaint'],
    // Guard: a "why" about the world asks.
    ['ზღვა რატომ არის მარილიანი?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic thanks told as a story', () => {
  it.each<[text: string, label: Label]>([
    ['الموظفة رجعت لي الجوال اللي نسيته، ناس أمينة والله', 'praise'],
    ['الممرضة اهتمت بأمي طول الليل، ما راح أنساها', 'praise'],
    ['النت عندهم سريع وثابت، يستاهلون كل ريال', 'praise'],
    // Guard: "not right" stays a complaint.
    ['الطلب وصل والمقاس مش مظبوط خالص', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian "well done" with nothing wrong beside it', () => {
  it.each<[text: string, label: Label]>([
    // "ყოჩაღ" is a sarcasm marker and a praise stem: alone with a good deed it praises.
    ['კურიერმა მძიმე ყუთი მეხუთე სართულზე ამიტანა, ყოჩაღ', 'praise'],
    ['მძღოლმა ბებიას ჩანთები აუტანა, ასეთი ადამიანები ცოტაა', 'praise'],
    // Guard: beside a fault it mocks.
    ['ყოჩაღ, მესამედ გაითიშა ინტერნეტი ერთ დღეში', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

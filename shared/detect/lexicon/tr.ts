import type { LexiconSource } from './types.ts';

/** Turkish is agglutinative: most entries are stems, and negated verb forms (-me/-ma) are listed as stems. */
export const tr: LexiconSource = {
  lang: 'tr',
  stopwords: `ve, bir, bu, da, de, çok, ama, için, ile, ne, gibi, daha, olarak, var, yok, ben, sen, biz, siz, o, şu,
    mi, mı, mu, mü, değil, ki, en, her, hiç, kadar, sonra, önce, çünkü, ya, veya, olan, oldu, olduğu, bile,
    ile, ama, için, gibi, çok, daha, bunu, bunun, buna, şey, olarak, olsun, oldukça, ancak, artık, bana, beni, benim,
    bize, bizi, sana, size, onu, ona, onun, burada, orada, şimdi, hem, yani, diye, tüm, bütün, ayrıca, biraz`,
  praise: `
    !mükemmel*, !harika*, !muhteşem*, !süper, !şahane*, !enfes*, !efsane*, güzel*, iyi*, ~daha iyi, beğen*, sev*,
    bayıl*, tavsiye ederim, !tavsiye ederim, tavsiye*, teşekkür*, sağol*, sağ ol*, memnun*, mutlu*, lezzetli*,
    nefis*, leziz*, temiz*, ~hızlı*, güler yüzlü*, güleryüz*, ilgili*, kibar*, nazik*, samimi*, yardımsever*,
    kaliteli*, rahat*, konforlu*, uygun fiyat*, başarılı*, kusursuz*, mis gibi, bayıldım, on numara, 10 numara,
    muazzam*, fevkalade*, hoş*, şirin*, sıcacık, huzurlu*, ferah*, profesyonel*, pratik*, kullanışlı*, faydalı*,
    memnun kaldım, tekrar geleceğim, tekrar gelirim, kesinlikle tavsiye, bravo, helal, tebrik*, ideal*, keyifli*
  `,
  complaint: `
    ~kötü*, !berbat*, !rezalet*, !felaket*, !iğrenç*, !korkunç*, !rezil*, !saçma*, hayal kırıklığı*, sinir*,
    kızgın*, bıktım, bıktı*, bozuk*, bozul*, çalışmıyor, !çalışmıyor, işe yaramaz*, !tavsiye etmem, !asla,
    ~hala, ~hâlâ, yine, ~tekrar, ~bekle*, gecik*, geç kaldı, geç geldi, yavaş*, ~pahalı*, fahiş*, dolandırıc*, kazık,
    iade, para iadesi, şikayet*, sorun*, problem*, hata*, arıza*, arızalı*, kusurlu*, defolu*, kirli*, pis*,
    gürültü*, rahatsız*, ~soğuk*, vasat*, daha kötü, en kötü, işe yaramadı, kabul edilemez*, rezalet, kaba*,
    ilgisiz*, ukala*, üzgün*, yetersiz*, iptal*, kayıp*, gelmedi, ulaşmadı, cevap yok, yanıt yok, kimse, yalan*,
    aldat*, tatsız*, tuzlu*, yanmış*, çiğ*, ~küçük*, dar*, koku*, kokuyor, hamam böceği*, ~hiçbir, maalesef,
    çöp*, utanç*, ayıp*, özensiz*, unut*, ~kuru*, beğenmedim, beğenmedi*, sevmedim, memnun değil*,
    memnun kalmadım, sevme*, beğenme*, ~eski*, olmamış, olmuyor, alınmaz, almayın, gitmeyin, sakın, pişman*, lezzetsiz*, bayat*, soğumuş*
  `,
  question: `!bilen var mı, bilgisi olan, !nasıl yapabilirim, nereden, mümkün mü, var mı, bir sorum, soru`,
  questionStart: `ne, nasıl, neden, niye, ne zaman, nerede, nereye, kim, hangi, kaç, acaba`,
  rhetorical: `neden, niye, niçin, ne zaman`,
  suggestion: `!lütfen ekleyin, !ekleyebilir misiniz, !eklerseniz, !olsa iyi olur, !güzel olur, !iyi olurdu, ~olmalı,
    !öneri*, öneriyorum, ~eklenmeli, ~ekleyin, keşke, ~olsa, seçeneği, imkanı`,
  suggestionStart: `ekleyin, yapın, koyun, getirin`,
  none: `!çekiliş*, kazan*, kampanya*, ~indirim*, fırsat*, kupon*, iş ilanı, eleman aranıyor, alım*, haber*, son dakika,
    açıkladı, duyurdu`,
  negators: `hiç, asla`,
  postNegators: `değil, değildi, değildir, değiller, yok, olmadı, olmaz, olmayan`,
  intensifiers: `çok, en, gerçekten, son derece, oldukça, aşırı, fazla, süper, tam, cidden, epey, gayet`,
  contrast: `ama, fakat, ancak, lakin, yalnız, rağmen, maalesef`,
  personal: `ben, beni, bana, benim, biz, bizi, bize, bizim, sen, seni, sana, senin, siz, sizi, size, sizin`,
  sarcasm: `çok teşekkürler gerçekten, sağ olun varolun, ne güzel`,
};

import type { LexiconSource } from './types.ts';

/**
 * Turkish is agglutinative: most entries are stems, and negation is mostly a suffix of the verb
 * (-mA-: "beğen-me-dim", "çalış-mı-yor", "gel-me-di", "al-a-ma-dım") or of the noun (-sIz:
 * "sorun-suz"), read by `morphology` on folded words (ı→i, ü→u, ş→s, ç→c, ğ→g). "hiç" and "asla"
 * go with a negated verb ("hiç beğenmedim"): they stress the negation instead of adding one.
 */
const NEGATION = `(?:y?[ae])?(?:m[ae](?:d[iu]|z|y[ae]c[ae]|y[iu]n|y[ae]n|mis)|m[iu]yor)`;

export const tr: LexiconSource = {
  lang: 'tr',
  morphology: {
    // After a stem: a negation (with the final "-mAm" of "sevmem", "-mAyIz"), or "-sIz" (without).
    negatingRest: new RegExp(`^(?:${NEGATION}|(?:y?[ae])?m[ae](?:m|yiz)$|s[iu]z)`),
    // A whole word: a verb stem of two letters or more, then a negation ("Yılmaz", "komedi" are not).
    negatedVerb: new RegExp(String.raw`^(?!yilmaz|komedi|namaz)\p{L}{2,}?${NEGATION}`, 'u'),
    // Verbs saying that something happened or was there: "sorun yaşamadım", "sorun çıkmadı".
    existential: /^(?:yasa|yasan|ol|cik|karsilas|cek)(?:y?[ae])?m/,
  },
  stopwords: `teşekkürler, merhaba, selam, lütfen, ve, bir, bu, da, de, çok, ama, için, ile, ne, gibi, daha, olarak, var, yok, ben, sen, biz, siz, o, şu,
    mi, mı, mu, mü, değil, ki, en, her, hiç, kadar, sonra, önce, çünkü, ya, veya, olan, oldu, olduğu, bile,
    ile, ama, için, gibi, çok, daha, bunu, bunun, buna, şey, olarak, olsun, oldukça, ancak, artık, bana, beni, benim,
    bize, bizi, sana, size, onu, ona, onun, burada, orada, şimdi, hem, yani, diye, tüm, bütün, ayrıca, biraz`,
  praise: `denenebilir, tercih edilebilir, önerilir, gidilebilir, uğranabilir, tekrar gelirdim, tekrar gideriz, tekrar giderim, tekrar gidilir, tekrar tercih ederim, tekrar tercih ederiz, yine gelirim, yine gideriz, yine giderim, tavsiye ederdim, akılda tutulacak,
    doğru adres, tam yeri, denemelisiniz, mutlaka denemelisiniz, gitmelisiniz,
    konumu çok iyi, konumu harika, merkezi konum, konum olarak harika, ulaşımı kolay, mutlaka gidilmeli,
    nefes kesici, muhteşem manzara, sulu sulu, kıvamında, tam kıvam*, bol porsiyon, cömert*,
    pişman olmadım, pişman değilim, pişman olmazsınız,
    !gitmeye değer, !denemeye değer, tekrar geleceğiz, yine geleceğiz, tekrar gideceğim,
    harikulade*, olağanüstü*, bayıldık, çok beğendik, doyurucu*, taze*, çıtır*, memnuniyet*, tatmin edici, tatmin oldum, süperdi, güleryüzlü*, fiyatlar uygun, fiyatı uygun, makul*, hesaplı*, öneririm, kesinlikle öneririm, tavsiye ediyorum, gönül rahatlığıyla, gözü kapalı, hakkını veriyor*, tam puan, bayılıyorum, favorim, en sevdiğim, çok memnunum, çok memnun kaldık, aldığıma değdi, parasına değer, şiddetle öneririm,
    unutulmaz*, harikaydı, mükemmeldi, güzeldi, iyiydi, uygun*, ilginç*, eğlenceli*, tatlı*, ~sıcak*, samimiydi, lezzetliydi, şiddetle tavsiye, mutlaka gidin, mutlaka deneyin, mutlaka gelin, mutlaka uğrayın, kesinlikle gidin, bayılacaksınız, 
    !mükemmel*, !harika*, !muhteşem*, !süper, !şahane*, !enfes*, !efsane*, güzel*, iyi*, ~daha iyi, beğen*, sevdim, seviyorum, sevdik, sevdiğim, seviyoruz, sevimli*,
    bayıl*, tavsiye ederim, !tavsiye ederim, tavsiye*, teşekkür*, sağol*, sağ ol*, memnun*, mutlu*, lezzetli*,
    nefis*, leziz*, temiz*, ~hızlı*, güler yüzlü*, güleryüz*, ilgili*, kibar*, nazik*, samimi*, yardımsever*,
    kaliteli*, rahat*, konforlu*, uygun fiyat*, başarılı*, kusursuz*, mis gibi, bayıldım, on numara, 10 numara,
    muazzam*, fevkalade*, hoş*, şirin*, sıcacık, huzurlu*, ferah*, profesyonel*, pratik*, kullanışlı*, faydalı*,
    memnun kaldım, tekrar geleceğim, tekrar gelirim, kesinlikle tavsiye, bravo, helal, tebrik*, ideal*, keyifli*,
    elinize sağlık, emeğinize sağlık, emeği geçen*, ellerinize sağlık, iyi ki varsınız, minnettar*, aşık oldum,
    hızlı kargo, hızlı teslimat, kargo hızlı*, özenli*, özenle*, sağlam*, dayanıklı*, şık, şıktı, şıkmış, şıklık, şıklığı, zarif*, fiyat performans,
    beklediğimden iyi*, beklentimin üzerinde, tam not, beş yıldız, 5 yıldız, çözüldü, çözdü*, yardımcı oldu*,
    ilgilen*, hallett*, halloldu, sorunsuz*, problemsiz*, zahmetsiz*, değer, sevindim, sevindirdi, gurur*
  `,
  complaint: `donuyor, donup kalıyor, dondu, kasıyor, kastı, internet gidiyor, internet gitti, bağlantı kopuyor, çöküyor, çöktü, daha fazlasını bekliyordum, daha iyisini bekliyordum, daha iyisini beklerdim, daha iyisini bekledik, daha iyisini yedim, daha iyisini yedik, daha iyisi var, daha iyilerini gördüm, daha iyilerini yedim, eskiden daha iyiydi, eskiden daha güzeldi, eskiden daha lezzetliydi, eskiden daha iyi, daha iyi olabilir, daha iyi olabilirdi, geliştirilmesi lazım, geliştirilmesi gerekiyor, eh işte, normal mi, bu normal mi, sizce normal mi, adil mi, bu adil mi, ne anlamı var, ne anlamı kaldı, ne işe yarıyor, ne işe yarar, nasıl olur da, bu kadar zor mu, o kadar zor mu, kimin fikri, kimin aklına geldi, neden ben, neden zorundayım, çok mu şey istiyorum, neye para ödüyorum, neye para veriyorum,
    izin vermiyor, giriş yapamıyorum, açtırmıyor,
    hatta beklettiler, hatta bekledim, yüzüme kapattı, telefonu kapattılar, sürekli kopuyor, yine çöktü, site çöktü, uygulama çöktü, kesinti, bıktık, yeter artık,
    özel bir şey yok, vasatın altında, bizi görmezden geldi*, umursamadı*, unuttular, unuttu, iki kere istemek zorunda, kimse gelmedi,
    donuk, dondurulmuş, hazır gıda, konserve, mikrodalga, pişmemiş, fazla pişmiş, lastik gibi, hamur gibi, ılık, yağlı, tatsız, tuzsuz, yenmez, anlamsız*, zayıf kal*, sıradan*,
    olmalıydı, gerekirdi, yapmalıydı, !utanmalı*, utanması lazım, daha iyisini beklerdim, daha fazlasını beklerdim, beklediğimiz gibi değil, geliştirilmeli, geliştirilmesi gerek, tekrar gelmem, tekrar gitmem,
    eskisi gibi değil, eski tadı kalmamış, eski tadı yok, kalitesi düştü, gittikçe kötüleşiyor, kötüleşti,
    sıkıcı*,
    yanık*, pişmemiş*, az pişmiş, tuzsuz*, suratsız*, asık surat*, ters cevap, terslen*, kabalık, umursamaz*, fiyatlar yüksek, fiyatlar çok yüksek, kazıkçı*, paraya değmez, parasına değmez, fiyatına değmez, düşük kalite*, beklentinin altında, beklentilerin altında, hüsran*, bir daha gelmem, bir daha gitmem, bir daha gelmeyiz, bir daha almayız, idare eder, eh işte, pislik, leş gibi, mide bulandırıcı, midem bulandı, tadı yok, tadı kötü, sıkıntı yaşı*, sıkıntı çek*, eziyet*, kabus*, işkence*, bozuk çıktı, kırık geldi, hasarlı*, paramı çöpe, çöpe attım, pişman oldum, rezil oldum,
    ~bir türlü, !patladı, !patlad*, !alev aldı, !alev al*, !yandı, !yangın, !duman, !sızıntı, !sızdır*, !elektrik çarptı, !çarptı, !yaralan*, !tehlikeli, !zehirlen*, açmıyor, açılmıyor, cevap vermiyor, cevap vermedi, dönüş yapmadı, dönüş yok, dönmedi, yapmadı, vermedi, iade etmedi, iade edilmedi, alamadım, alamıyorum, giremiyorum, bağlanamıyorum, yüklenmiyor, kargoya verilmedi, teslim edilmedi, teslim etmedi, ulaşamıyorum, ulaşılamıyor, memnun değilim, memnun kalmadık, beğenmedik, tavsiye etmem, bir daha almam, bir daha asla, param iade, paramı, mağdur*, oyalıyor*, oyalandı*, tavsiye etmiyorum, uzak durun, kaçının, beklentimi karşılamadı, değmez, değmedi, abartıldığı kadar, abartılmış, dağınık*, özensiz*, ilgisizlik, bekletil*, bekledik, saatte geldi, saat sonra, soğuk geldi, yoksun, eksik*, kalmadı, yok dedi, kötüydü, kötü, berbattı, pahalıydı, lezzetsizdi, 
    ~kötü*, !berbat*, !rezalet*, !felaket*, !iğrenç*, !korkunç*, !rezil*, !saçma*, hayal kırıklığı*, sinir*,
    kızgın*, bıktım, bıktı*, bozuk*, bozul*, çalışmıyor, !çalışmıyor, işe yaramaz*, !tavsiye etmem, !asla,
    ~hala, ~hâlâ, yine, ~tekrar, ~bekle*, gecik*, geç kaldı, geç geldi, yavaş*, ~pahalı*, fahiş*, dolandırıc*, kazık,
    iade, para iadesi, şikayet*, sorun*, problem*, hata*, arıza*, arızalı*, kusurlu*, defolu*, kirli*, pis, pislik*, pisliğ*,
    gürültü*, rahatsız*, ~soğuk*, vasat*, daha kötü, en kötü, işe yaramadı, kabul edilemez*, rezalet, kaba, kabaydı, kabalık*,
    ilgisiz*, ukala*, üzgün*, yetersiz*, iptal*, kayıp*, gelmedi, ulaşmadı, cevap yok, yanıt yok, kimse, yalan*,
    aldat*, tatsız*, tuzlu*, yanmış*, çiğ, çiğdi, çiğ kalmış, ~küçük*, dar, dardı, koku*, kokuyor, hamam böceği*, ~hiçbir, maalesef,
    çöp*, utanç*, ayıp*, özensiz*, unut*, ~kuru*, beğenmedim, beğenmedi*, sevmedim, memnun değil*,
    memnun kalmadım, sevme*, beğenme*, ~eski*, olmuyor, beklediğim gibi değil, çalışmayı bırak*, bozuldu, alınmaz, almayın, gitmeyin, sakın, pişman*, lezzetsiz*, bayat*, soğumuş*,
    kalitesiz*, kırık*, kırıl*, çatla*, yırtık*, yırtıl*, leke*, sahte*, taklit*, dolandır*, kandır*, skandal*,
    kepaze*, yazık, mahvol*, mahvett*, zarar*, hasar*, ezik*, ezil*, yanlış*, farklı ürün, zaman kaybı, para kaybı,
    muhatap bul*, muhatap yok, ~gündür, ~haftadır, ~aydır, ~saattir, hâlâ gelmedi, hala gelmedi, ~bekliyorum, bekletiyor*,
    geri ver*, paramı geri, iadesi yapılmadı, sinir bozucu, sinirlen*, bezdim, bezdir*, yalan söyl*, müşteri mağduriyeti,
    perişan*, rezil ett*, kabul etmiyor*, umursa*, saygısız*, ilgisizlik*, çözüm yok, çözüm bulunmadı, yardımcı olmadı*
  `,
  others: `bilen var mı, bilen var mi, kullanan var mı, kullanan var mi, deneyen var mı, deneyen var mi, bilgisi olan, bilen biri, fikri olan, siz ne düşünüyorsunuz`,
  question: `!bilen var mı, bilgisi olan, !nasıl yapabilirim, nereden, mümkün mü, var mı, bir sorum, soru`,
  indirect: `öğrenmek istiyorum, bilmek istiyorum, merak ediyorum, söyler misiniz, söyleyebilir misiniz, bilgi verir misiniz, bilgi verebilir misiniz, bilgilendirir misiniz, bilgilendirebilir misiniz, açıklar mısınız, açıklayabilir misiniz, teyit eder misiniz, haber verir misiniz, bilgi rica ediyorum`,
  observation: `bir tek ben mi, sadece ben mi, sadece bende mi, bir tek bende mi, bana mı öyle geliyor, bana mı öyle`,
  questionStart: `ne, nasıl, ne zaman, nerede, nereye, kim, hangi, kaç, acaba`,
  rhetorical: `neden, niye, niçin, ne zaman`,
  suggestion: `mükemmel olurdu, harika olurdu, süper olurdu, tek eksik, tek eksiği, bir tek eksiği, pastanın üzerindeki kiraz, ~keşke,
    !lütfen ekleyin, !ekleyebilir misiniz, !eklerseniz, !olsa iyi olur, !güzel olur, !iyi olurdu, ~olmalı,
    !öneri*, öneriyorum, ~eklenmeli, ~ekleyin, keşke, ~olsa, seçeneği, imkanı`,
  proposal: `düşünüyor musunuz, dusunuyor musunuz, olacak mı, olacak mi, gelecek mi, planınız var, planiniz var, ileride, bir gün, ~yakında, ~yakinda, mümkün mü, mumkun mu, ekler misiniz, getirir misiniz, eklemeyi düşünüyor`,
  suggestionStart: `ekleyin, yapın, koyun, getirin`,
  none: `!çekiliş*, kazan*, kampanya*, ~indirim*, fırsat*, kupon*, iş ilanı, eleman aranıyor, alım*, haber*, son dakika,
    açıkladı, duyurdu`,
  negators: ``,
  postNegators: `değil, değildi, değildir, değiller, yok, olmadı, olmaz, olmayan, olmamış, olmamıştı`,
  excess: `fazla, aşırı, gereğinden fazla`,
  intensifiers: `çok, en, gerçekten, son derece, oldukça, aşırı, fazla, süper, tam, cidden, epey, gayet, hiç, hiçbir şekilde,
    resmen, kesinlikle, fazlasıyla, inanılmaz, müthiş, tamamen`,
  contrast: `ama, fakat, ancak, lakin, yalnız, rağmen, maalesef`,
  personal: `söylemeliyim, itiraf etmeliyim, söylemem lazım, söylemem gerek, ben, beni, bana, benim, biz, bizi, bize, bizim, sen, seni, sana, senin, siz, sizi, size, sizin`,
  sarcasm: `alkışlıyorum, alkisliyorum, helal olsun size, tebrikler size, eline sağlık, ne fark eder, harika iş çıkarmışsınız, aferin size, sihirbaz mısınız, bravo size, çok teşekkürler gerçekten, sağ olun varolun, ne güzel`,
};

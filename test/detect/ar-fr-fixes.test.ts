import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these lexicon entries.
describe('Arabic: harms told plainly, sarcasm beside them', () => {
  it.each<[text: string, label: Label]>([
    ['الواي فاي في الفندق يجي ويروح طول الليل', 'complaint'],
    ['النت عندنا يقطع ويرجع كل خمس دقايق', 'complaint'],
    ['البنطلون بعد اول غسله صار مقاس ولدي', 'complaint'],
    ['طلبت عصير وطلع منتهي من شهر', 'complaint'],
    ['المكتب ركبوا الباب بالمقلوب', 'complaint'],
    ['الشركة قطعت الكهربا ساعة الفطور، توقيت مثالي والله', 'complaint'],
    ['بعد ما انخصم المبلغ قالوا الطلب ملغي', 'complaint'],
    ['شكراً للتطبيق، السواق نزلني في نص الطريق السريع', 'complaint'],
    // Guards: praise and questions beside the same words.
    ['المندوب جا في الوقت، توقيت ممتاز', 'praise'],
    ['الطلب وصل بسرعة والتغليف ممتاز', 'praise'],
    ['فين الفرع الجديد؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic: questions to other people, everyday life', () => {
  it.each<[text: string, label: Label]>([
    ['مين يرشح لي لابتوب للجامعة بسعر معقول؟', 'none'],
    ['حد جربها؟ شايفة اعلانها في كل مكان', 'none'],
    ['حد جربه؟ ناوي اشتريه للشغل', 'none'],
    ['أصحاب الكلاب، وش أفضل أكل للجراء؟', 'none'],
    ['اصحاب السيارات الكهربائية، الشاحن المنزلي يستاهل؟', 'none'],
    ['مين يتابع الدوري السعودي هالموسم؟', 'none'],
    ['لا تتأخرون علينا، العشا الساعة 8', 'none'],
    ['شفت ولد صغير يساعد جدته في الشارع', 'none'],
    // Guards: "منتهي بالتمليك" is a lease, not an expiry; staff "who have" manners are praised.
    ['سيارة منتهية بالتمليك من البنك، احد عنده تجربة؟', 'none'],
    ['الموظفين اللي عندهم ذوق ومحترمين، شكرا', 'praise'],
    // Guards: "اللي عندهم", "اللي سوى" (those who have, the one who did) tell a story, not a vocative.
    ['الموظفين اللي عندهم في الفرع ما يردون على احد', 'complaint'],
    ['الفني اللي سوى الصيانة خرب الجهاز زيادة', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: harms told plainly, sarcasm beside them, questions that complain', () => {
  it.each<[text: string, label: Label]>([
    ["Ma commande est arrivée à plat, le carton écrasé. Bravo l'emballage", 'complaint'],
    ['Deux heures debout dans la file pour un café. Trop aimable', 'complaint'],
    ['Une heure debout au guichet, bien joué', 'complaint'],
    ["Le colis est marqué comme livré mais je n'ai rien reçu", 'complaint'],
    ["Le colis indiqué comme livré, je n'ai rien vu", 'complaint'],
    ["La box qui lâche tous les soirs, au moins c'est régulier", 'complaint'],
    ['Le wifi qui lâche pendant chaque visio. Au moins on se repose', 'complaint'],
    ['La borne affiche toujours « éteinte » depuis mars', 'complaint'],
    ['Le site ne propose plus la livraison à domicile ?', 'complaint'],
    ['Le magasin ne livre plus en campagne ?', 'complaint'],
    ["Trois heures au téléphone pour changer d'adresse", 'complaint'],
    ["Pourquoi il n'y a plus rien en rayon à 18h ?", 'complaint'],
    // Guards: the same words in praise and in a plain question.
    ["Bien joué l'équipe, livraison en avance", 'praise'],
    ["Au moins trois fois plus rapide qu'avant, bravo", 'praise'],
    ['Je refuse de partir ailleurs, équipe au top', 'praise'],
    ['Rien à redire, livré en deux jours', 'praise'],
    ['Merci pour la rapidité, colis remis en main propre', 'praise'],
    ['Depuis janvier chez vous, aucun souci', 'praise'],
    ['Ouvrez-vous le dimanche ?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: everyday life and words read with no cue', () => {
  it.each<[text: string, label: Label]>([
    ["J'ai envoyé ma résiliation en lettre recommandée, tout est en ordre", 'none'],
    ['Bonne fête à toutes les mamans !', 'none'],
    ['Bonne année à tous et à vos familles !', 'none'],
    ['Les Bleus en finale, je suis trop content', 'none'],
    ['Le forfait famille vaut le coup pour quatre ? Des avis ?', 'none'],
    ['Box fibre ou 5G pour la maison, des avis ?', 'none'],
    ['Soirée chez mes oncles et cousins, trop contente de les revoir', 'none'],
    ['Festival de jazz puis baignade au lac, journée parfaite', 'none'],
    ["J'hésite à prendre l'abonnement annuel, il est vraiment rentable ?", 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

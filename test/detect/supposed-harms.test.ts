import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';

const rules = (text: string) => weigh(readPost(text).evidence);

// A harm after "if" (`conditionals`) or after a question about what to do in a case
// (`askingAbout`: "how do I report", "who do I contact", "am I entitled to") is the case asked
// about, in a post that asks. Every row but the guards was read as a complaint before.
describe('harms supposed or asked about, in a post that asks, are questions', () => {
  it.each<[text: string]>([
    ['@Acme what happens if my parcel is lost in the post?'],
    ['@Acme if my flight is delayed over 3 hours can I claim?'],
    ['@Acme in case my order arrives damaged do I keep the box?'],
    ['@Acme who do i contact if the driver leaves it at the wrong house'],
    ['@Acme how do I report a fraudulent transaction'],
    ['@Acme how do I claim for a delayed flight'],
    ['@Acme am I entitled to compensation for a cancelled train?'],
    ['@Acme can I return a broken toaster without the receipt?'],
    ['@Acme what do I do if my package is missing'],
  ])('%s', (text) => {
    expect(rules(text).label).toBe('question');
  });

  it.each<[text: string, label: string]>([
    ['@Acme if I could give zero stars I would', 'complaint'],
    ['@Acme if this train is late one more time I am buying a car', 'complaint'],
    ['@Acme what do I do now? my flight got cancelled and no one is answering', 'complaint'],
    ['@Acme how do I get my money back for this broken junk?', 'complaint'],
    ['@Acme even if I pay for express it arrives late, what is the point?', 'complaint'],
  ])('guard: a harm told stays a complaint: "%s"', (text, label) => {
    expect(rules(text).label).toBe(label);
  });

  it('only in a post that asks, and only within the clause', () => {
    const damaged = (text: string) => rules(text).hits.find((h) => h.text === 'damaged')?.weight;
    expect(damaged('the parcel is damaged')).toBe(1);
    expect(damaged('if the parcel is damaged I give up')).toBe(1);
    expect(damaged('what happens if the parcel is damaged?')).toBe(0.25);
    expect(damaged('if it comes today, the parcel is damaged?')).toBe(1);
  });

  // "Refund" and "cancel" are complaint words; asking when a refund comes or how to cancel is not.
  it.each<[text: string]>([
    ['@Acme any idea when my refund will show up?'],
    ["@Acme hello, I'd like to cancel my subscription, how?"],
  ])('a refund asked about, a cancellation asked for: %s', (text) => {
    expect(rules(text).label).toBe('question');
  });

  // `conditionals` of the other lexicons that write "if" before the case (Japanese "もしも",
  // Korean "만약"). Every row was read as a complaint before; the last is a guard (a threat told).
  it.each<[text: string, label: string]>([
    ['Если посылка придёт повреждённой, что делать?', 'question'],
    ['Якщо посилка загубиться, хто відшкодує?', 'question'],
    ['Αν η παραγγελία έρθει χαλασμένη, τι κάνω;', 'question'],
    ['اگه بسته خراب برسه باید چیکار کنم؟', 'question'],
    ['إذا تأخرت الشحنة أكثر من أسبوع، هل أستطيع الإلغاء؟', 'question'],
    ['如果快递破损了怎么办？', 'question'],
    ['אם החבילה מגיעה שבורה, למי פונים?', 'question'],
    ['अगर पार्सल टूटा हुआ आए तो क्या करें?', 'question'],
    ['Eğer kargo hasarlı gelirse ne yapmalıyım?', 'question'],
    ['만약 택배가 파손되면 어떻게 하나요?', 'question'],
    ['Falls das Paket beschädigt ankommt, was muss ich tun?', 'question'],
    ['Indien het pakket beschadigd aankomt, wat moet ik doen?', 'question'],
    ['En caso de que el paquete llegue roto, ¿qué hago?', 'question'],
    ['Nel caso il pacco arrivi rotto, cosa devo fare?', 'question'],
    ['Caso a encomenda chegue danificada, o que faço?', 'question'],
    ['Если опять сломается, я больше у вас ничего не куплю', 'complaint'],
  ])('in other languages: %s', (text, label) => {
    expect(rules(text).label).toBe(label);
  });
});

import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { Label } from '../../shared/domain/detection.ts';

const NO_BRAND = { name: '', handles: [], keywords: [] };
const read = (text: string) => detect({ text }, NO_BRAND).label;

describe('applause and the polite smile beside a harm told in words', () => {
  it.each<[text: string, label: Label]>([
    // Each of these read as praise before: the clap or the smile tipped the balance.
    ['@Fibrenet internet down again for the whole evening, great job 👏👏', 'complaint'],
    ['Tercer día sin luz en casa, gracias Eléctrica Sur 👏', 'complaint'],
    ['Terzo giorno senza acqua calda. Complimenti Acquaviva 🙂', 'complaint'],
    ['Kaffeemaschine nach zwei Wochen kaputt. Danke Brühwerk 👏', 'complaint'],
    ['Üçüncü kez siparişim iptal edildi, teşekkürler Hızlıal 👏', 'complaint'],
    // Guards: a repair told with more praise than harm, applause with no harm, a harm outside the
    // post's subject that is not told in complaint words.
    ['@Fibrenet the technician came out and fixed the broken router in an hour, brilliant 👏', 'praise'],
    ['The delay was annoying but Speedpost sorted it out the same day, thank you 👏', 'praise'],
    ['Great service from Homely 👏', 'praise'],
    ['Kein Problem mit der neuen App, läuft super 👏', 'praise'],
    ['Colis arrivé en avance, merci Colirapide 👏', 'praise'],
    ['Weather is awful today but the new Brühwerk café is lovely 🙂', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text)).toBe(label);
  });
});

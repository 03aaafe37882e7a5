import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these entries.
describe('Italian and Portuguese: thanks for a harm, ironic verdicts, questions that complain', () => {
  it.each<[text: string, label: Label]>([
    [
      'Grazie @GasCentro per averci staccato il gas a gennaio per un errore vostro. Eccezionali 👏',
      'complaint',
    ],
    [
      'Grazie MoveBus per averci spostati su un pullman alle 5 del mattino senza avvisarci. Chapeau',
      'complaint',
    ],
    ['Grazie @OndaLuce per avermi staccato la luce con la bolletta già pagata. Generosi', 'complaint'],
    ['Obrigada @AguaViva por cortar a água do prédio inteiro sem aviso prévio. Maravilhosos 👏', 'complaint'],
    ['Valeu LojaMax por devolver a encomenda ao remetente com a gente em casa. Sensacionais', 'complaint'],
    ['A TV a cabo renovou sozinha e debitou 300 reais. Já virou tradição, continuem assim', 'complaint'],
    ['Quem me explica esta fatura de 500 euros, @ContaLuz? A casa está vazia desde março', 'complaint'],
    ['Ieri ho rivisto il mio vecchio compagno di banco, stessa risata di vent’anni fa', 'none'],
    // Guards: sincere thanks after a fix, a mixed review, a question that asks.
    ['Grazie per avermi sistemato la bolletta in cinque minuti, gentilissimi', 'praise'],
    ['Obrigado por me ajudar a mudar o plano, atendimento impecável', 'praise'],
    ['Hanno sistemato la fattura sbagliata con una telefonata, incredibile ma vero', 'praise'],
    ['@ContaLuz como faço para mudar a data de vencimento da fatura?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);
/** The rules alone: the trained layer learns replies with no cue from the corpus at its next retrain. */
const rules = (text: string) => weigh(readPost(text).evidence).label;

// Every row not marked as a guard was misread by the rules before these entries.
describe('German, French, Dutch, Spanish, Italian, Portuguese: replies that only acknowledge or give what was asked (rules)', () => {
  it.each<[text: string, label: Label]>([
    ['@acme ok, mach ich heute Abend', 'none'],
    ['@acme okay, probier ich nachher nochmal', 'none'],
    ['@acme wie gesagt, Vertrag läuft auf meine Frau', 'none'],
    ['@acme gut zu wissen, dann warte ich mal ab', 'none'],
    ['@acme ok, je fais ça ce soir', 'none'],
    ["@acme c'est fait, regardez vos messages", 'none'],
    ['@acme bon à savoir, je vais attendre la confirmation alors', 'none'],
    ["@acme non, c'était à la gare de Lille", 'none'],
    ['@acme oké, doe ik vanavond', 'none'],
    ['@acme goed om te weten, dan wacht ik even af', 'none'],
    ['@acme vale, lo pruebo de nuevo mañana', 'none'],
    ['@acme hola de nuevo, es por el mismo pedido', 'none'],
    ['@acme como les dije, el pedido está a nombre de mi hermana', 'none'],
    ['@acme no, fue en la tienda del centro', 'none'],
    ['@acme ok, riprovo stasera dal telefono', 'none'],
    ['@acme ciao di nuovo, è per lo stesso ordine', 'none'],
    ["@acme come ho detto, l'ordine è a nome di mia sorella", 'none'],
    ['@acme no, era nel negozio del centro', 'none'],
    ['@acme ok, vou tentar de novo amanhã', 'none'],
    ['@acme oi de novo, é sobre o mesmo pedido', 'none'],
    ['@acme como falei, o pedido está no nome da minha irmã', 'none'],
    ['@acme não, foi na loja do centro', 'none'],
    // Guards: "again", "no" and "as I said" beside a harm still complain.
    ['@acme de nuevo sin servicio desde ayer', 'complaint'],
    ['@acme di nuovo senza linea da ieri', 'complaint'],
    ['@acme de novo sem internet desde ontem', 'complaint'],
    ['@acme schon wieder kein Netz seit heute früh', 'complaint'],
    ['@acme no, todavía no me llegó nada', 'complaint'],
    ['@acme nein, das Paket ist immer noch nicht da', 'complaint'],
    ['@acme como ya les dije, sigue sin llegar', 'complaint'],
    ['@acme wie gesagt, geht immer noch nicht', 'complaint'],
    ['@acme bon à savoir, merci', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});

describe('German, French, Dutch, Spanish, Italian, Portuguese: replies that say the answer was given before, or that it works again', () => {
  it.each<[text: string, label: Label]>([
    ['@acme das hat mir eure Kollegin am Telefon auch schon gesagt', 'complaint'],
    ["@acme c'est ce qu'on m'a dit la dernière fois aussi", 'complaint'],
    ['@acme dat zei je collega gisteren ook', 'complaint'],
    ["@acme me l'hanno già detto al telefono", 'complaint'],
    ['@acme continua dando o mesmo erro no login', 'complaint'],
    ['@acme ya funciona de nuevo, mil gracias', 'praise'],
    ['@acme ora funziona di nuovo, grazie', 'praise'],
    // Guards: the same frames where nothing was said before, or nothing works again.
    ['@acme lo mismo me dijeron por teléfono', 'complaint'],
    ['@acme o atendente me disse a mesma coisa ontem', 'complaint'],
    ['@acme ik heb mijn klantnummer al twee keer gestuurd', 'complaint'],
    ["@acme la même réponse que la dernière fois, rien n'avance", 'complaint'],
    ['@acme packt das doch in die FAQ', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

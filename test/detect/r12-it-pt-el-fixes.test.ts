import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these entries.
describe('Italian, Portuguese and Greek: thanks for a harm told plainly, ironic verdicts, "just one thing:", "how many times do I have to…?", relief after a feared problem', () => {
  it.each<[text: string, label: Label]>([
    ['Grazie Acme per averci lasciato al buio tutta la notte senza uno straccio di spiegazione', 'complaint'],
    ["Sei mesi per un duplicato della tessera, che efficienza l'ufficio Acme", 'complaint'],
    ['Negozio splendido, solo una cosa: mettete qualche camerino in più', 'suggestion'],
    ['Cucina squisita, vi proporrei un menù per bambini', 'suggestion'],
    ['Temevo di perdere la coincidenza, invece è arrivato tutto in orario', 'praise'],
    ['Obrigado Acme pelo silêncio de duas semanas no chat', 'complaint'],
    ['Quantas vezes eu preciso mandar o mesmo documento pra vocês?', 'complaint'],
    ['Como vocês conseguem trocar o endereço de entrega sozinhos?', 'complaint'],
    ['Estava com medo de ficar na fila, mas me atenderam em cinco minutos', 'praise'],
    ['Loja linda, só uma coisa: abram mais um caixa ao sábado', 'suggestion'],
    ['Ευχαριστώ Acme που αρνηθήκατε την αποζημίωση, πολύ ανθρώπινο', 'complaint'],
    ['Ευχαριστούμε που αγνοήσατε και το τρίτο μου μήνυμα', 'complaint'],
    ['Πόσες φορές πρέπει να στείλω το ίδιο έγγραφο;', 'complaint'],
    ['Ωραίο μαγαζί, θα πρότεινα λίγη μουσική πιο χαμηλά', 'suggestion'],
    // Guards: "what a shame" still complains, sincere thanks, a week of rain in a life post, a question that asks.
    ['Che vergogna, due ore di attesa e nessuno si è fatto vivo', 'complaint'],
    ['Grazie per avermi aiutato subito, gentilissimi', 'praise'],
    ['Finalmente sole in Lisboa depois de uma semana de chuva', 'none'],
    ['Que vergonha, a encomenda chegou aberta', 'complaint'],
    ['Ευχαριστώ που μου απαντήσατε αμέσως, άψογοι', 'praise'],
    ['A que horas abre a loja no domingo?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

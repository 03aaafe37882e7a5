import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these entries.
describe('Italian and Portuguese: thanks and irony beside a harm told in plain words', () => {
  it.each<[text: string, label: Label]>([
    ['Che bello quando l’app si blocca e devo reinserire tutti i dati da capo. Fantastico 😍', 'complaint'],
    ['Fantastico, terzo giorno senza linea e continuate a mandarmi offerte per la fibra', 'complaint'],
    [
      'Adoro quando il corriere segna destinatario assente e io ero a casa tutto il giorno. Bravissimi 👏',
      'complaint',
    ],
    [
      'Adoro quando o app do banco pede pra refazer o login três vezes só pra ver o saldo. Que emoção 😍',
      'complaint',
    ],
    ['Valeu @LuzNorte por deixar meu bairro dois dias sem energia. Serviço impecável, hein', 'complaint'],
    [
      'Parabéns @TimBR, quinto dia sem sinal e vocês me ligando pra oferecer plano novo. Sensacional 👏',
      'complaint',
    ],
    [
      'Obrigada @BancoSul por bloquear meu cartão no meio da viagem sem avisar nada. Muito obrigada mesmo',
      'complaint',
    ],
    [
      'Muito obrigado @Eletro10 por me deixar 3 semanas sem geladeira esperando a peça. Atenciosos demais',
      'complaint',
    ],
    // Guards: sincere thanks, and the praise idiom "left me speechless".
    ['Il concerto mi ha lasciato senza parole, bravissimi', 'praise'],
    ['Grazie per avermi lasciato entrare anche senza prenotazione, gentilissimi', 'praise'],
    ['Obrigado por me deixar trocar o produto sem custo, vocês são ótimos', 'praise'],
    ['O show me deixou sem palavras, que noite!', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian and Portuguese: questions that complain', () => {
  it.each<[text: string, label: Label]>([
    ['Ma all’assistenza di FibraNet qualcuno legge mai le mail o le cestinano direttamente?', 'complaint'],
    ['@BancaVerde ma qualcuno vi ha mai spiegato che il sito deve funzionare anche di sera?', 'complaint'],
    ['Ma voi le mail le leggete o no? Scrivo da due settimane', 'complaint'],
    ['xkè nn mi rispondete?? è una settimana che scrivo', 'complaint'],
    ['Alguém da Claro atende o telefone algum dia ou é só a gravação infinita?', 'complaint'],
    ['Vocês leem as mensagens ou não? Mando mensagem há duas semanas', 'complaint'],
    ["Pedido 'em rota de entrega' há 5 dias. Cadê, @Rapidex? Vem de carroça?", 'complaint'],
    // Guards: plain questions with the same words.
    ['Non è possibile pagare alla consegna?', 'question'],
    ['Vocês atendem o telefone aos sábados?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian and Portuguese: life in passing, questions to the crowd, slang praise, visits announced', () => {
  it.each<[text: string, label: Label]>([
    ['Stasera partita di merda, al secondo tempo ho spento tutto. Non ho parole', 'none'],
    [
      'Ho rivisto un mio ex compagno di classe al bancone del Bar Centrale, non è cambiato per niente 😂',
      'none',
    ],
    [
      'Ho visto la pubblicità di Caffè Moro in tv mentre aspettavo il treno, c’era il mio vicino di casa come comparsa 😂',
      'none',
    ],
    ['Ragazzi, Telefonia Blu prende bene in montagna?', 'none'],
    ['Que calor é esse em Recife, 38 graus e nem é meio-dia 🥵', 'none'],
    ['Que chuva é essa em São Paulo, alagou tudo de novo', 'none'],
    ['Galera, o cartão da Nuvem Pay compensa ou só tem taxa?', 'none'],
    ['La nuova stagione di Serie Flix è assurda, non riesco a smettere di guardarla', 'praise'],
    ['O jogo novo da PlayMundo é absurdo, virei a noite jogando mano', 'praise'],
    ['O perfume da Aroma Fino dura o dia inteiro, já comprei de novo', 'praise'],
    ['Ciao @HotelMirtillo, avete il parcheggio? Vorremmo passare due notti ad agosto', 'question'],
    ['bom dia a conta salário do Banco Lusa tem taxa? agradeço desde já', 'question'],
    ['Ciao @BnbLaCorte, si può fare il check-in tardi? Vorremmo arrivare verso mezzanotte', 'question'],
    // Guards: a service complaint about a series, a sincere "absurd", a team at a company, requests.
    ['Sipario, perché l’ultima puntata c’è solo in inglese? La serie è italiana!', 'complaint'],
    ['Preço absurdo pela entrega, nunca mais', 'complaint'],
    ['La squadra dell’assistenza è stata fantastica', 'praise'],
    ['@PizzaNona massa perfeita, borda incrível 😍 que tal uma opção sem glúten?', 'suggestion'],
    ['Ó @PastelariaAvenida, façam lá pastéis de nata sem açúcar que a malta agradecia', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian and Portuguese: "Swiss precision" beside a delay, wishes that "would not hurt", waits in days', () => {
  it.each<[text: string, label: Label]>([
    [
      "Complimenti a Treni Veloci, un'ora di ritardo e nemmeno un annuncio. Organizzazione svizzera proprio",
      'complaint',
    ],
    ['Che servizio impeccabile: ordino lunedì, arriva il mese dopo 👏', 'complaint'],
    ["Quando pensate di sistemare l'app? È da una settimana che non si apre", 'complaint'],
    ["Ottima pizza e personale gentile, magari un po' più di parcheggio non guasterebbe", 'suggestion'],
    ['Mio figlio oggi ha perso il primo dentino, emozione pura', 'none'],
    ['Parabéns @TremSul, uma hora de atraso e nem um aviso. Pontualidade britânica', 'complaint'],
    ['Restaurante ótimo, atendimento nota 10, uma cadeirinha para bebé não seria nada mal', 'suggestion'],
    ['Que precisão, pedi na segunda e chegou no mês seguinte 👏', 'complaint'],
    // Guards: the same words in sincere posts.
    ['Energia Aurora mi ha rateizzato il conguaglio senza interessi. Grazie', 'praise'],
    ['Quando vocês vão arrumar o app? Faz uma semana que não abre', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Portuguese: questions to others that report an outage, "acham normal", wishes with "sentia falta"', () => {
  it.each<[text: string, label: Label]>([
    ['Alguém mais tá sem sinal da Vivo no centro?', 'complaint'],
    ['Vocês acham normal cobrar taxa de entrega de 20 reais pra 2 km?', 'complaint'],
    ['Amo o app, uso todo dia! Só sentia falta de um modo escuro', 'suggestion'],
    // Guard: a question to others about taste.
    ['Alguém mais acha o novo logo da Vivo bonito?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian and Portuguese: "do you still exist?", bills doubled beside "total transparency", heat in degrees', () => {
  it.each<[text: string, label: Label]>([
    ["Scusate ma il servizio clienti esiste ancora o l'avete chiuso?", 'complaint'],
    ['O SAC de vocês ainda existe ou fechou?', 'complaint'],
    ['Adoro receber a conta de luz que dobrou sem explicação. Transparência total', 'complaint'],
    ["Che caldo oggi a Roma, 38 gradi all'ombra 🥵", 'none'],
    // Guard: a plain question whether a shop is still there asks; it does not complain.
    ['Esiste ancora il negozio di via Roma?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian and Portuguese: thanks for a claim refused, a train cancelled, a call cut off after a wait', () => {
  it.each<[text: string, label: Label]>([
    [
      'Grazie Assicura+ per aver respinto il mio sinistro dopo tre mesi. Sempre dalla parte del cliente',
      'complaint',
    ],
    ['Grazie Trenord per aver soppresso il regionale delle 7:10, anche oggi. Puntualissimi', 'complaint'],
    ['Obrigado @SeguroJá por negar meu sinistro depois de 3 meses. Sempre do lado do cliente', 'complaint'],
    ['Depois de 50 minutos na espera a ligação caiu. Obrigado @OiFibra, ajudou muito', 'complaint'],
    // Guards: thanks for a refund that came, "again today" in praise.
    ['Grazie Poste per avermi rimborsato in 3 giorni, velocissimi', 'praise'],
    ['Anche oggi pizza perfetta da Gino, grazie ragazzi', 'praise'],
    ['Obrigado @Magalu pelo reembolso rápido, nota 10', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian and Portuguese: requests after praise, a series that ended', () => {
  it.each<[text: string, label: Label]>([
    ['Adoro a Livraria Cais, atendimento maravilhoso. Podiam fazer um clube do livro!', 'suggestion'],
    ['Ótimo ginásio, mas abram mais cedo ao fim de semana, por favor', 'suggestion'],
    ['Ottimo servizio, ma vi prego aprite anche la domenica', 'suggestion'],
    ['Negozio bellissimo! Vi consiglio di mettere più camerini', 'suggestion'],
    ['Bellissima app, vi chiedo solo di aggiungere il tema scuro', 'suggestion'],
    ['Che delusione il finale della serie, dopo sei stagioni', 'none'],
    // Guards: advice to readers, and a plain question with the same verb.
    ['Pizza fantastica, vi consiglio di andarci', 'praise'],
    ['Aprite anche la domenica?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these entries.
describe('Italian, Portuguese and Greek: ironic hyperbole beside a harm, promises against what came, cancellation questions, shops proposed, life in passing', () => {
  it.each<[text: string, label: Label]>([
    ["L'app era perfetta, dopo l'aggiornamento non si apre nemmeno. Meritate una medaglia", 'complaint'],
    ["Ammazza che roba 'sta porchetta, bbona assaje", 'praise'],
    ["Nun c'è male 'sta trattoria, ammazza che bono er cacio e pepe", 'praise'],
    [
      'Vocês prometeram a entrega em 48 horas e já lá vão duas semanas. Pontualidade britânica, parabéns',
      'complaint',
    ],
    ['O app funcionava bem, agora nem abre depois da atualização. Merecem uma medalha', 'complaint'],
    [
      'Obrigadinho pela fatura de 300 reais numa casa vazia. Era tudo o que eu precisava este mês',
      'complaint',
    ],
    [
      'Obrigada @EntregaJá, deixaram aviso de destinatário ausente e eu em casa de pijama à espera. Top',
      'complaint',
    ],
    ['Se eu cancelar a assinatura agora, perco logo o acesso aos cursos?', 'question'],
    ['Chove há quatro dias sem parar e os miúdos já andam pelas paredes 😩', 'none'],
    ['A minha chefe marcou uma reunião para as 19h de sexta. Adoro 🙃', 'none'],
    [
      'Μας είχατε υποσχεθεί παράδοση σε 24 ώρες και πέρασε μια εβδομάδα. Ελβετική ακρίβεια, μπράβο',
      'complaint',
    ],
    ['Η εφαρμογή δούλευε μια χαρά, μετά την ενημέρωση δεν ανοίγει καν. Σας αξίζει μετάλλιο', 'complaint'],
    ['Αν ακυρώσω την κράτηση μέχρι αύριο, παίρνω πίσω την προκαταβολή;', 'question'],
    ['Γιατί δεν ανοίγετε ένα κατάστημα και στην Πάτρα; Θα ήταν πολύ βολικό', 'suggestion'],
    ['Ο προϊστάμενός μου έβαλε σύσκεψη Παρασκευή στις 7. Τέλεια 🙃', 'none'],
    ['Τα νέα ακουστικά είναι φωτιά, τα γουστάρω τρελά', 'praise'],
    [
      'Complimenti @LuceGas, quarto giorno senza riscaldamento con due bambini piccoli. Servizio livello NASA 👏',
      'complaint',
    ],
    ["Che bello pagare l'abbonamento pieno per vedere le partite a scatti. Da Oscar, davvero", 'complaint'],
    [
      'Il sito diceva consegna garantita in 24 ore, avevate promesso. Siamo a martedì e niente. Complimenti',
      'complaint',
    ],
    [
      'Lo spazzolino funzionava benissimo, ora non si accende nemmeno dopo due settimane. Meritate un premio',
      'complaint',
    ],
    ['Non aprite anche un punto vendita a Lecce? Vi aspettiamo', 'suggestion'],
    ["Sul treno per Roma e il tizio accanto a me parla al telefono da un'ora a tutto volume 😂", 'none'],
    ['A propaganda diz entrega no mesmo dia, chegou depois de nove dias. Merecem um prémio', 'complaint'],
    ['Obrigadinho @Seguros por demorarem dois meses a responder. Excelente serviço', 'complaint'],
    ['O celular era ótimo, depois da atualização nem liga. A melhor marca do planeta', 'complaint'],
    ['No ônibus e o cara do meu lado ouvindo funk sem fone no último volume 😂', 'none'],
    ['Η διαφήμιση έλεγε παράδοση αυθημερόν, ήρθε μετά από δέκα μέρες. Ρεκόρ γκίνες', 'complaint'],
    [
      'Ευχαριστώ @Τράπεζα που μου χρεώσατε προμήθεια για κατάθεση στο δικό μου λογαριασμό. Τέλειοι',
      'complaint',
    ],
    ['Το κινητό ήταν τέλειο, μετά την αναβάθμιση ούτε καν ανοίγει. Σας αξίζει βραβείο', 'complaint'],
    ['Δεν φέρνετε κι ένα κατάστημα στη Λάρισα; Θα γέμιζε', 'suggestion'],
    ['Τρίτη μέρα καύσωνας, κλεισμένοι μέσα με το κλιματιστικό. Θέλω χειμώνα 😩', 'none'],
    [
      'Ευχαριστώ @ΤηλεΦωνία που με κρατήσατε στην αναμονή 40 λεπτά για να μου πείτε να ξαναπάρω. Τέλειοι',
      'complaint',
    ],
    [
      'Obrigado @OperadoraX, 45 minutos ao telefone para me dizerem que não podem fazer nada. Fantásticos',
      'complaint',
    ],
    // Guards: sincere hyperbole and thanks, questions that ask, prices "on fire", a headset's feature.
    ['O melhor pastel de nata do planeta, volto amanhã sem falta', 'praise'],
    ['A que horas abrem a loja nova de Braga?', 'question'],
    ['Οι τιμές είναι φωτιά, 8 ευρώ ένας φρέντο', 'complaint'],
    ['Il tecnico non si è presentato e nessuno risponde al telefono', 'complaint'],
    ["Grazie per avermi aiutato a disdire l'abbonamento in due minuti, gentilissimi", 'praise'],
    ['A che ora aprite domenica?', 'question'],
    ['Ευχαριστώ που μου απαντήσατε τόσο γρήγορα, άψογοι', 'praise'],
    ['Obrigado por nada, a encomenda continua perdida', 'complaint'],
    ['Τα ακουστικά με noise cancelling είναι εξαιρετικά', 'praise'],
    ['Se disdico la palestra a metà mese mi restituite la quota o la perdo?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

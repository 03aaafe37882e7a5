import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('Spanish: posts in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['el Acme hace mejores fotos que mi cámara de viaje', 'praise'],
    ['desde que tengo Acme no he vuelto a tener problemas con el wifi', 'praise'],
    ['el portátil de Acme ni se calienta jugando, qué bestia', 'praise'],
    ['Acme me volvió a cobrar la cuota de mantenimiento', 'complaint'],
    ['¿y vosotros qué preferís para viajar, tablet o portátil? os leo', 'none'],
    ['no es publi, solo os enseño mi escritorio nuevo con el monitor de Acme', 'none'],
    ['@acme ¿sería posible cambiar la fecha de mi vuelo sin coste?', 'question'],
    ['¿el nuevo Acme ya salió en Chile o todavía no?', 'question'],
    ['tremendo el Acme nuevo, no lo cambio por nada', 'praise'],
    ['llevo 2 semanas con Acme y ya no puedo volver atrás', 'praise'],
    ['el Acme Pro hace mejores fotos que mi cámara de hace años', 'praise'],
    ['qué máquina el portátil de Acme, lo abro y ya está encendido', 'praise'],
    ['el Acme me voló la cabeza, no me esperaba tanto', 'praise'],
    ['me cambié a Acme y ojalá lo hubiera hecho antes', 'praise'],
    ['Acme ahora cobra por funciones que antes eran gratis', 'complaint'],
    ['¿Es el Acme X el mejor portátil para estudiantes? Te lo explico en este hilo 🧵', 'none'],
    ['¿vosotros qué usáis para hacer las fotos del viaje? os leo', 'none'],
    ['la función de fotos nocturnas del Acme es brujería, no sé cómo lo hacen', 'praise'],
    ['el Acme Buds me voló la cabeza, el sonido es otra cosa', 'praise'],
    ['me pasé a Acme Fibra y ni una caída en meses, ojalá lo hubiera hecho antes', 'praise'],
    ['#TeamAcme y no lo cambio por nada del mundo', 'praise'],
    ['ahora Acme te cobra por las copias en la nube que antes eran gratis', 'complaint'],
    ['¿Sabías que tu Acme tiene un modo ahorro escondido? Te lo enseño 👇', 'none'],
    // Guards: a surprise "para mal", "cada vez peor", a proposal asked with "sería posible añadir", a battery that does not last the day, a "why" about fees that used to be free, a plain "how long" question, news of a launch.
    ['el Acme me ha sorprendido, pero para mal: la batería no dura nada', 'complaint'],
    ['Acme ya no es lo que era, cada vez peor', 'complaint'],
    ['@acme ¿sería posible añadir un modo oscuro?', 'suggestion'],
    ['@acme ¿podrían añadir un modo oscuro?', 'suggestion'],
    ['el Acme no aguanta todo el día, a media tarde ya está en rojo', 'complaint'],
    ['@acme ¿por qué me cobráis por funciones que antes eran gratis?', 'complaint'],
    ['@acme 3 días sin internet y nadie me llama', 'complaint'],
    ['@acme ¿cuánto tarda en llegar la tarjeta nueva?', 'question'],
    ['Acme anuncia su nuevo móvil plegable para marzo', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Portuguese: posts in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['desde que mudei pra Acme nunca mais tive problema de sinal', 'praise'],
    ['o notebook da Acme é outro nível, nem esquenta', 'praise'],
    ['e vocês, preferem tablet ou notebook? comenta aí', 'none'],
    ['(não é publi) mostrando meu setup novo com o monitor da Acme', 'none'],
    ['@acme a atualização já saiu no Brasil ou ainda não?', 'question'],
    ['@acme quanto tempo leva pra cair o estorno no cartão?', 'question'],
    ['@acme algum plano de lançar a versão pra tablet?', 'suggestion'],
    ['a câmera do Acme 12 é insana de noite', 'praise'],
    ['o Acme só melhora, a última versão tá voando', 'praise'],
    ['que máquina o notebook da Acme, abro e já tá ligado', 'praise'],
    ['mudei pra Acme e devia ter mudado antes', 'praise'],
    ['a Acme agora cobra por funções que antes eram grátis', 'complaint'],
    ['O Acme X é o melhor notebook pra estudante? Te explico nesse fio 🧵', 'none'],
    ['e vocês, usam o quê pra editar as fotos? comenta aí', 'none'],
    ['@acme o Acme 12 já saiu em Angola ou ainda não?', 'question'],
    ['o tradutor da Acme é bruxaria, acertou até gíria', 'praise'],
    ['o som do Acme Buds me deixou de queixo caído', 'praise'],
    ['mudei pra Acme Fibra e meses sem uma queda, devia ter mudado antes', 'praise'],
    ['#TeamAcme desde sempre e não troco por nada', 'praise'],
    ['Sabia que o seu Acme tem um modo economia escondido? Te mostro 👇', 'none'],
    ['a última atualização da Acme apagou todos os meus contatos', 'complaint'],
    ['sei lá, a série nova da Acme não me prendeu', 'complaint'],
    ['@acme alguém vai me responder ou fico esperando mais um mês?', 'complaint'],
    ['o Acme Pro tira fotos melhores que a minha câmera antiga', 'praise'],
    ['o Acme me deixou de queixo caído', 'praise'],
    ['a Acme agora cobra pelo backup na nuvem que antes era grátis', 'complaint'],
    // Guards: "nunca mais" that complains, a proposal with "podiam adicionar", a battery that does not last the day, a parcel marked delivered that never came, "nota 10" praise.
    ['nunca mais compro na Acme, que decepção', 'complaint'],
    ['@acme vocês podiam adicionar um modo escuro?', 'suggestion'],
    ['a bateria do Acme não aguenta o dia todo', 'complaint'],
    ['a Acme diz que o pedido foi entregue mas não chegou nada', 'complaint'],
    ['Acme nota 10, atendimento rápido', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

/**
 * Turns evidence into a decision. The rules here encode the distinctions people get wrong:
 * a question that complains is a complaint, a question that proposes is a suggestion, praise
 * beside sarcasm is a complaint, and a post with no moment-of-truth cue is 'none'.
 *
 * Written as plain loops over the hits with no closures: it runs once per post on the hot path.
 */
import { type Cue, LABELS, type Label } from '../domain/detection.ts';
import type { BrandPlace } from './brand.ts';
import { FELT_EMOJI, TURNING_FACES } from './lexicon/universal.ts';
import type { Evidence, Hit } from './scan.ts';

/** What 'none' scores before any cue: a post must show some evidence to become a moment of truth. */
const NONE_PRIOR = 0.4;
/** What a complaint word weighs after "if" in a post that asks, and the question cues that make it ask. */
const SUPPOSED = 0.25;
const ASKING = 0.3;
/**
 * Rule sums × this are the rules' logits. With lexicons of 28,000 entries a post carries more cues
 * than with 11,000, and 1.4 made the rules too sure of themselves beside the trained layer: 0.6–0.8
 * did best on the corpus's cross-validation and on both evaluation files (docs/detection.md).
 */
export const TEMPERATURE = 0.8;
const MAX_CUES = 12;
const MAX_SUM = 8;
/** Strong enough for the 'none' guard in `combine.ts`: the trained layer cannot make it a question. */
const ASKS_OTHERS = 1.6;
/** A quotation shared is as clearly not a moment of truth: strong enough for the same guard. */
const QUOTATION = 1.6;
/** Lean of a post written to a support account: a post with no other cue reads as a problem. */
const SUPPORT = 0.35;
/**
 * Topic cues in a post that asks, proposes or is written to someone: context, not the subject
 * (0 or 0.3 read the corpus alike; 0 keeps "open on Sundays, for the whole family" a suggestion).
 */
const TOPIC_ASKED = 0;
/** Two weak topic cues (or one intensified): enough to say what the post is about. */
const TOPICS_OF_LIFE = 1;
/** Praise and complaint words about that life, with no service named (docs/detection.md, "Off-topic"). */
const FEELINGS_ABOUT_LIFE = 0.6;
/** Complaint frames at least this heavy make a question with no one in it a grievance all the same. */
const DETACHED_PHRASES = 0.5;
/**
 * Applause and the polite smile beside a harm named in words ("third day without internet 👏",
 * "the app won't even open 🙂") mock it: the post's praise reads as beside a sarcasm marker.
 */
const IRONIC_EMOJI: ReadonlySet<string> = new Set(['👏', '🙂']);
const HARM_BESIDE_APPLAUSE = 1;
/** Praise beside a sarcasm marker, thanks for a harm or ironic applause keeps this share. */
const IRONIC_PRAISE = 0.3;
const TIE_ORDER: readonly Label[] = ['complaint', 'question', 'suggestion', 'praise'];

export interface Weighed {
  /** Every cue after the rules reweighed it (copies of the scanned hits). */
  hits: Hit[];
  /** Each label's cue sum, capped; 'none' includes its prior. */
  raw: Record<Label, number>;
  prior: number;
  /** Whether any cue speaks for 'none' (beyond its prior). */
  hasNone: boolean;
  /** The rules' label: the highest sum, ties to the label that most needs a person. */
  label: Label;
  /** A question that complains ("why is my order late again?"). */
  complaintAsQuestion: boolean;
  /** Suggestion cues strong enough to read a question as a proposal ("could you add…?"). */
  proposing: boolean;
  /** Where the brand stands in the post ('unknown' without a brand context). */
  place: BrandPlace;
  /** A question to other people that does not address the brand ("does anyone know if Acme…"). */
  asksOthers: boolean;
}

const NO_HITS: readonly Hit[] = [];

export interface Decision {
  label: Label;
  confidence: number;
  scores: Record<Label, number>;
  cues: Cue[];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * Whether an ironic emoji stands beside complaint words (not emoji) of at least
 * HARM_BESIDE_APPLAUSE that outweigh the praise words: the applause is then what would make the post
 * praise. Praise words heavier than the harm tell of a repair ("the delay was annoying but they
 * sorted it out the same day, thank you 👏") and keep their weight.
 */
function applaudsHarm(hits: readonly Hit[]): boolean {
  let applause = false;
  let harm = 0;
  let praise = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind === 'emoji') applause ||= h.label === 'praise' && IRONIC_EMOJI.has(h.text);
    else if (h.label === 'complaint' && (h.kind === 'word' || h.kind === 'phrase' || h.kind === 'pattern'))
      harm += h.weight;
    else if (h.label === 'praise') praise += h.weight;
  }
  return applause && harm >= HARM_BESIDE_APPLAUSE && praise <= harm;
}

/** Felt emoji beside praise words and no complaint word count for praise; alone, as `FELT_EMOJI` says. */
function followFeeling(hits: Hit[]): void {
  let felt = false;
  let praise = 0;
  let complaint = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind === 'emoji' && FELT_EMOJI.has(h.text)) felt = true;
    else if (h.label === 'praise') praise += h.weight;
    else if (h.label === 'complaint') complaint += h.weight;
  }
  if (!felt) return;
  const joy = praise > 0 && complaint === 0;
  const alone = praise === 0 && complaint === 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const weight = h.kind === 'emoji' ? FELT_EMOJI.get(h.text) : undefined;
    if (weight === undefined) continue;
    if (joy) h.label = 'praise';
    else if (alone) h.weight *= weight;
  }
}

/**
 * The upside-down face and the rolled eyes say the words around them mean the opposite ("great
 * job Acme 🙃", "thanks so much Acme 🙄"): irony wherever they stand, as a sarcasm marker is (78 of
 * the corpus's 80 posts with 🙃 complain, 33 of its 45 with 🙄 and none praises).
 */
function turnsUpsideDown(hits: readonly Hit[]): boolean {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind === 'emoji' && TURNING_FACES.has(h.text)) return true;
  }
  return false;
}

function total(hits: readonly Hit[], label: Label): number {
  let s = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.label === label) s += h.weight;
  }
  return s;
}

/** A support desk's handle: "@AcmeSupport", "@acme_help", "@AcmeCares", "@Acme_Ayuda". */
const SUPPORT_HANDLE =
  /(?:support|help|helps|care|cares|service|assist|ayuda|hilfe|aide|assistenza|atendimento|suporte|soporte|destek|klantenservice|kundenservice)$/;

function writesToSupport(handles: readonly string[]): boolean {
  for (let i = 0; i < handles.length; i++) if (SUPPORT_HANDLE.test(handles[i]!)) return true;
  return false;
}

/** A rhetorical interrogative listed strong (`!`): its weight is above a plain entry's 1. */
const STRONG_WHY = 1.3;

/** Whether a rhetorical interrogative shares its sentence with a first- or second-person word. */
function personalWhy(ev: Evidence): boolean {
  for (let i = 0; i < ev.rhetorical.length; i++)
    if ((ev.personalSentences & (1 << Math.min(ev.rhetorical[i]!.sentence, 31))) !== 0) return true;
  return false;
}

/** Whether a rhetorical interrogative stands in the sentence that opens with the post's @handle. */
function whyToHandle(ev: Evidence): boolean {
  for (let i = 0; i < ev.rhetorical.length; i++) if (ev.rhetorical[i]!.sentence === 0) return true;
  return false;
}

/**
 * Whether a rhetorical interrogative is listed strong (`!`): a language whose "why" put to a
 * company complains whoever it names ("perché la palestra chiude alle 20?") marks it so.
 */
function strongWhy(ev: Evidence): boolean {
  for (let i = 0; i < ev.rhetorical.length; i++) if (ev.rhetorical[i]!.weight > STRONG_WHY) return true;
  return false;
}

/** Sum of a label's phrase cues (frames of several words). */
function phrases(hits: readonly Hit[], label: Label): number {
  let s = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.label === label && h.kind === 'phrase') s += h.weight;
  }
  return s;
}

/**
 * Whether the post asks beside its praise: a sentence closed by a question mark holds no praise,
 * and some other sentence, before or after it, does ("love your shop! what time do you open?",
 * "will there be a sequel? I love your books").
 */
function asksBesidePraise(hits: readonly Hit[]): boolean {
  // Sentences closed by a question mark, as bits (sentences past 31 share the last bit).
  let asking = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.label === 'question' && h.kind === 'punctuation') asking |= 1 << Math.min(h.sentence, 31);
  }
  if (asking === 0) return false;
  let praised = false;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.label !== 'praise' || h.weight <= 0 || h.kind === 'punctuation' || h.kind === 'context') continue;
    if ((asking & (1 << Math.min(h.sentence, 31))) !== 0) return false;
    praised = true;
  }
  return praised;
}

/** A weak `none` word or phrase: an everyday topic (family, weather, sport…) or weak promotion wording. */
const isTopic = (h: Hit): boolean =>
  h.label === 'none' && h.weight > 0 && h.weight < 1 && (h.kind === 'word' || h.kind === 'phrase');

function topicCues(hits: readonly Hit[]): number {
  let s = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (isTopic(h)) s += h.weight;
  }
  return s;
}

function scaleTopics(hits: readonly Hit[], factor: number): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (isTopic(h)) h.weight *= factor;
  }
}

function scale(hits: readonly Hit[], label: Label, factor: number): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.label === label) h.weight *= factor;
  }
}

function context(label: Label, text: string, weight: number): Hit {
  return { label, kind: 'context', text, weight, pos: -1, sentence: 0 };
}

function copy(h: Hit): Hit {
  const c: Hit = {
    label: h.label,
    kind: h.kind,
    text: h.text,
    weight: h.weight,
    pos: h.pos,
    sentence: h.sentence,
  };
  if (h.excess === true) c.excess = true;
  if (h.supposed === true) c.supposed = true;
  return c;
}

/** "Too" before a neutral word ("too short", "太忙了"). */
function scaleExcess(hits: readonly Hit[], factor: number): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.excess === true) h.weight *= factor;
  }
}

/** Winning label's cues first, then by weight; stable for equal keys. */
function byRelevance(winner: Label): (a: Hit, b: Hit) => number {
  return (a, b) => Number(b.label === winner) - Number(a.label === winner) || b.weight - a.weight;
}
/**
 * Sorts `list` in place by `order`, keeping equal items in their order, as Array.prototype.sort
 * does: a post shows a handful of cues, fewer than that sort's set-up is worth.
 */
export function sortFew<T>(list: T[], order: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && order(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}

/** One comparator per label, made once. */
const BY_RELEVANCE = Object.fromEntries(LABELS.map((l) => [l, byRelevance(l)])) as Record<
  Label,
  (a: Hit, b: Hit) => number
>;

/**
 * Applies the distinction rules to the scanned evidence (plus extra hits, e.g. brand feedback) and
 * sums each label's cues. Reweighs copies: the evidence stays as scanned.
 */
export function weigh(ev: Evidence, extra: readonly Hit[] = [], place: BrandPlace = 'unknown'): Weighed {
  // Copies: the rules below reweigh hits, and the evidence must stay as scanned.
  const hits: Hit[] = [];
  for (let i = 0; i < ev.hits.length; i++) hits.push(copy(ev.hits[i]!));
  for (let i = 0; i < extra.length; i++) hits.push(copy(extra[i]!));
  followFeeling(hits);
  // A harm supposed in a post that asks ("what happens if my flight is delayed?", "who do I
  // contact if my parcel arrives damaged") is what the question is about, not a harm told.
  if (ev.questionMark || total(hits, 'question') >= ASKING) {
    for (let i = 0; i < hits.length; i++) if (hits[i]!.supposed === true) hits[i]!.weight *= SUPPOSED;
  }

  if (ev.retweet) hits.push(context('none', 'retweet (RT @…)', 2.2));
  // People write to a brand's support account about a problem; thanks or a question still win.
  const support = !ev.retweet && writesToSupport(ev.handles);
  if (support) hits.push(context('complaint', 'written to a support account', SUPPORT));
  // A saying shared ("…" - someone): its words are not the poster's praise or complaint. A
  // quoted request or question ("it'd be great if…") still asks.
  const quotation = ev.quotation && !ev.questionMark && total(hits, 'suggestion') < 1;
  if (quotation) hits.push(context('none', 'a quotation shared', QUOTATION));
  if (ev.urls > 0) {
    // A link shared with an opinion of one's own ("brilliant!", "what a mess") is not mere chatter.
    const voiced =
      ev.personal > 0 ||
      ev.questionMark ||
      ev.leadingHandles > 0 ||
      total(hits, 'praise') + total(hits, 'complaint') >= 1;
    hits.push(context('none', voiced ? 'link' : 'link shared without a personal voice', voiced ? 0.3 : 0.9));
  }

  // Rhetorical "why…?" beside complaint words is part of the complaint; otherwise it asks.
  // "Why is my parcel…?", "warum muss ich…?": a "why" about the poster's own order, bill or
  // account complains even without a complaint word. A "why" with no one in its sentence ("why is
  // the sky blue?") asks, and one beside praise or a proposal is read by those.
  // A strong "why" complains with no one in it too, unless the post is about life, not a service
  // ("por que o céu fica vermelho ao pôr do sol?" asks).
  const ownWhy =
    ev.questionMark &&
    (personalWhy(ev) ||
      (strongWhy(ev) && (ev.service > 0 || topicCues(hits) < TOPICS_OF_LIFE)) ||
      (ev.leadingHandles > 0 && place === 'addressed' && whyToHandle(ev))) &&
    total(hits, 'praise') < 0.5 &&
    total(hits, 'suggestion') < 1;
  // A question about other people's matters ("why was Harry's team so young?", "who hugged him
  // after his parents died?") asks: its problem words are what it asks about, not a grievance. A
  // grievance names the poster or the one asked (I, my, you), a service or the brand, or is said
  // in a frame of its own ("what's the point of…", "still no answer").
  const detached =
    ev.questionMark &&
    ev.personal === 0 &&
    ev.service === 0 &&
    !support &&
    place !== 'addressed' &&
    place !== 'mentioned' &&
    // A handle inside the post names whom it is about ("why is @AcmeAir 3177 delayed?").
    ev.handles.length <= ev.leadingHandles &&
    phrases(hits, 'complaint') < DETACHED_PHRASES;
  const complaining = ownWhy || (!detached && total(hits, 'complaint') >= 0.9);
  for (let i = 0; i < ev.rhetorical.length; i++) {
    const r = copy(ev.rhetorical[i]!);
    // A strong entry's `!` says only that it complains wherever it stands: it weighs as any other.
    if (r.weight > 1) r.weight = 1;
    if (complaining) {
      r.label = 'complaint';
      r.kind = 'pattern';
    }
    hits.push(r);
  }
  // A question that proposes ("could you add a family plan? buying two is too dear") is a
  // suggestion: the complaint beside it is its reason.
  const complaintAsQuestion =
    complaining &&
    (ev.questionMark || ev.rhetorical.length > 0) &&
    total(hits, 'complaint') > total(hits, 'praise') &&
    total(hits, 'complaint') >= total(hits, 'suggestion');
  if (complaintAsQuestion) {
    scale(hits, 'question', 0.45);
    hits.push(context('complaint', 'complaint phrased as a question', 0.4));
  }
  // A question to other people is the brand's business only when it addresses the brand, or
  // when it complains ("does anyone else's app crash every hour?"). With no brand context, only a
  // post opening with an @handle can be addressing the brand.
  // A frame with no question mark in a post that complains or negates tells what others did or
  // find ("کسی از پشتیبانی زنگ نزد", nobody from support called; "those who used X find it
  // poor"): it asks no one.
  // "Anyone else on X? Is it just me, no signal all day": asked with an observation ("저만 그런가요",
  // "is it just me"), a complaint tells the poster's own trouble, whatever its weight.
  const asksOthers =
    ev.askOthers.length > 0 &&
    !(complaintAsQuestion && (total(hits, 'complaint') >= 1.5 || ev.observation)) &&
    (ev.questionMark || (ev.looseNegations.length === 0 && total(hits, 'complaint') < 0.9)) &&
    (place === 'mentioned' || place === 'absent' || (place === 'unknown' && ev.leadingHandles === 0));
  if (asksOthers) {
    scale(hits, 'question', 0.3);
    hits.push(context('none', 'a question to other people, not to the brand', ASKS_OTHERS));
  }
  // "Is it just me or is the app slow?" says the app is slow: its praise or complaint decides.
  if (ev.observation) scale(hits, 'question', 0.3);
  const proposing = total(hits, 'suggestion') >= 1;
  if (proposing) scale(hits, 'question', 0.5);
  // A suggestion wrapped in praise ("love the app, only thing missing is a dark mode") asks for
  // something: the team should see the request, not the thanks.
  // Only a frame of several words asks: single words ("please", "Möglichkeit", "أتمنى") also
  // appear in thanks and praise.
  if (
    !(complaintAsQuestion && total(hits, 'complaint') >= 1.5) &&
    phrases(hits, 'suggestion') >= 1 &&
    total(hits, 'complaint') < 0.5 &&
    total(hits, 'praise') > 0
  ) {
    scale(hits, 'praise', 0.35);
    hits.push(context('suggestion', 'a suggestion wrapped in praise', 0.3));
  }
  // A question wrapped in praise ("love your shop! what time do you open?") asks: like a
  // suggestion wrapped in praise, it needs an answer more than thanks.
  const praiseWrapped =
    ev.questionMark &&
    !(complaintAsQuestion && total(hits, 'complaint') >= 1.5) &&
    !proposing &&
    !ev.observation &&
    asksBesidePraise(hits) &&
    total(hits, 'praise') > total(hits, 'question') &&
    total(hits, 'complaint') < 0.5;
  if (praiseWrapped) {
    scale(hits, 'praise', 0.35);
    hits.push(context('question', 'a question wrapped in praise', 0.6));
  }
  // Thanks that name a harm in a frame of their own ("thanks @X for losing my suitcase.
  // Impressive.") and applause beside a harm: the thanks and the verdict after them are irony, as
  // beside a sarcasm marker.
  if (ev.harmThanked || applaudsHarm(hits) || turnsUpsideDown(hits)) scale(hits, 'praise', IRONIC_PRAISE);
  const looseComplaint = ev.looseNegations.length > 0;
  if (ev.sarcasm.length > 0 && (total(hits, 'complaint') > 0 || looseComplaint)) {
    scale(hits, 'praise', IRONIC_PRAISE);
    for (let i = 0; i < ev.sarcasm.length; i++) hits.push(copy(ev.sarcasm[i]!));
  } else {
    // No complaint beside it: "ne güzel bir otel", "bravo, great work" mean what they say.
    for (let i = 0; i < ev.sarcasm.length; i++) {
      const m = ev.sarcasm[i]!;
      if (m.praise !== undefined && m.praise > 0)
        hits.push({
          label: 'praise',
          kind: 'phrase',
          text: m.text,
          weight: m.praise,
          pos: m.pos,
          sentence: m.sentence,
        });
    }
  }
  // Everyday topics (family, weather, sport…: weak `none` words) say what a post is about. A post
  // that asks, proposes or is written to someone still wants an answer, so they count nothing there;
  // feelings beside two of them and no word for a service ("first date tonight, still no idea what
  // to wear") are about that life, not a company ("my mum's birthday cake arrived crushed" is).
  if (topicCues(hits) > 0) {
    const asks =
      (ev.questionMark && total(hits, 'question') > 0) ||
      total(hits, 'suggestion') > 0 ||
      ev.leadingHandles > 0 ||
      place === 'addressed';
    if (asks) scaleTopics(hits, TOPIC_ASKED);
    else if (ev.service === 0 && topicCues(hits) >= TOPICS_OF_LIFE) {
      scale(hits, 'praise', FEELINGS_ABOUT_LIFE);
      scale(hits, 'complaint', FEELINGS_ABOUT_LIFE);
    } else if (ev.service === 0) {
      // "Too" beside one topic is hyperbole about it ("周末太短了！", "the weekend was too short"):
      // "too X" says only that something fell short, and of life as readily as of a company.
      scaleExcess(hits, FEELINGS_ABOUT_LIFE);
    }
  }
  // Negated statements with nothing polar in reach ("they did not bring the order") lean to complaint.
  for (let i = 0; i < ev.looseNegations.length && i < 2; i++) hits.push(copy(ev.looseNegations[i]!));
  const praise = total(hits, 'praise');
  const complaint = total(hits, 'complaint');
  if (ev.exclamations > 0 && praise + complaint > 0) {
    const label: Label = praise >= complaint ? 'praise' : 'complaint';
    hits.push({
      label,
      kind: 'punctuation',
      text: '!'.repeat(Math.min(ev.exclamations, 3)),
      weight: 0.3,
      pos: -1,
      sentence: 0,
    });
  }
  if (ev.shouting >= 2 && complaint > praise) hits.push(context('complaint', 'written in capitals', 0.3));
  if (quotation) {
    scale(hits, 'praise', 0.4);
    scale(hits, 'complaint', 0.4);
  }

  const raw: Record<Label, number> = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };
  let hasNone = false;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    raw[h.label] += h.weight;
    if (h.label === 'none' && h.weight > 0) hasNone = true;
  }
  // A personal voice or a reply to someone makes chatter less likely, but never below no cue at
  // all: a reply with nothing to read ("@acme done, sent you a DM", an order number) is `none`.
  let prior = NONE_PRIOR;
  if (support) prior -= 0.25;
  if (ev.personal > 0) prior -= 0.25;
  if (ev.leadingHandles > 0 && !ev.retweet) prior -= 0.2;
  if (prior < 0) prior = 0;
  raw.none += prior;
  for (const l of LABELS) if (raw[l] > MAX_SUM) raw[l] = MAX_SUM;
  let label: Label = 'none';
  for (const l of TIE_ORDER) if (raw[l] > raw[label]) label = l;
  return { hits, raw, prior, hasNone, label, complaintAsQuestion, proposing, place, asksOthers };
}

/** The rules' own decision: a softmax of the label sums, cues strongest first. */
export function decide(ev: Evidence, extra: readonly Hit[] = [], place: BrandPlace = 'unknown'): Decision {
  const w = weigh(ev, extra, place);
  const logits: Record<Label, number> = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };
  for (const l of LABELS) logits[l] = w.raw[l] * TEMPERATURE;
  return conclude(w, w.label, logits, NO_HITS);
}

/**
 * Scores (softmax of `logits`) and the cues explaining `label`: its rule cues strongest first, then
 * `learned` cues, then the other labels' cues.
 */
export function conclude(
  w: Weighed,
  label: Label,
  logits: Record<Label, number>,
  learned: readonly Hit[],
): Decision {
  const hits = w.hits;

  let max = -Infinity;
  for (const l of LABELS) if (logits[l] > max) max = logits[l];
  let sum = 0;
  const exp: Record<Label, number> = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };
  for (const l of LABELS) {
    exp[l] = Math.exp(logits[l] - max);
    sum += exp[l];
  }
  const scores: Record<Label, number> = {
    praise: round(exp.praise / sum),
    complaint: round(exp.complaint / sum),
    question: round(exp.question / sum),
    suggestion: round(exp.suggestion / sum),
    none: round(exp.none / sum),
  };

  const shown: Hit[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i]!.weight > 0) shown.push(hits[i]!);
  sortFew(shown, BY_RELEVANCE[label]);
  // Learned cues come after the rule cues of the winning label.
  let at = 0;
  while (at < shown.length && shown[at]!.label === label) at++;
  if (learned.length > 0) shown.splice(at, 0, ...learned);
  if (label === 'none' && !w.hasNone && at === 0 && learned.length === 0) {
    shown.unshift(context('none', 'no praise, complaint, question or suggestion cue', w.prior));
  }
  const cues: Cue[] = [];
  for (let i = 0; i < shown.length && i < MAX_CUES; i++) {
    const h = shown[i]!;
    cues.push({ label: h.label, kind: h.kind, text: h.text, weight: round(h.weight) });
  }
  return { label, confidence: scores[label], scores, cues };
}

import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const rules = (text: string) => weigh(readPost(text).evidence).label;

// Replies inside a conversation with the company that only give what was asked for, acknowledge,
// say they will try or wait, or react. Every row above the guards was misread by the rules before
// (the label they gave is in the comment); the trained layer reads them once retrained.
describe('English replies to a company: details, acknowledgements, "will try", reactions', () => {
  it.each<[text: string, label: Label]>([
    ['@acme have dmed you the screenshots', 'none'], // question ("have" opening)
    ['@acme have messaged you with the details', 'none'], // question ("have" opening)
    ['@acme ok will do', 'none'], // praise ("ok")
    ['@acme ok, sent it over just now', 'none'], // praise
    ['@acme policy no 88120-B', 'none'], // complaint ("no")
    ['@acme ok, booking ref is TT29QX', 'none'], // praise ("ok")
    ['@acme ref no 4471AB', 'none'], // complaint ("no")
    ['@acme no worries, whenever suits', 'none'], // complaint ("no")
    ['@acme no rush at all', 'none'], // complaint
    ["@acme ok i'll give it a go this evening", 'none'], // praise
    ['@acme will reinstall when i get home', 'none'], // question ("will" opening)
    ['@acme will let you know if it happens again', 'none'], // complaint ("again")
    ['@acme ok will try again tomorrow', 'none'], // complaint
    ["@acme hello again, it's about the same order", 'none'], // complaint
    ['@acme ok, followed you back', 'none'], // praise
    ['@acme fair enough', 'none'], // praise
    ['@acme ahh ok', 'none'], // praise
    ['@acme one sec, let me find the email', 'none'], // suggestion ("let")
    ['@acme thursday after 3 is fine by me', 'none'], // praise ("fine")
    // Guards: the same acknowledgements beside a harm, an ask or thanks.
    ["@acme will do, but this is the third time I've been asked", 'complaint'],
    ['@acme dmed you on friday and nothing since, still no reply', 'complaint'],
    ['@acme sent you a dm a week ago and no reply', 'complaint'],
    ["@acmehelp I've sent my details three times now and still no refund", 'complaint'],
    ['@acmehelp my internet has been down since monday', 'complaint'],
    ['@acme did you get my DM?', 'question'],
    ['@acme will i be charged for the redelivery?', 'question'],
    ['@acme thanks, much appreciated', 'praise'],
    ['the Acme app is ok i guess, a bit slow', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});

// Replies of the other labels: thanks for a fix, details asked for again, questions and proposals.
// Every row above the guards was misread by the rules and by the whole detector before.
describe('English replies to a company that thank, complain, ask or propose', () => {
  it.each<[text: string, label: Label]>([
    ['@acme picked it up from lost property this morning, thanks so much', 'praise'], // complaint ("lost")
    ["@acme logged out and back in again and it's all working now", 'praise'], // complaint ("again")
    ['@acme you asked for the receipt, I sent it, and now you want a bank statement', 'complaint'], // none
    ['@acme can i add a second driver online?', 'question'], // suggestion ("add the")
    ['@acme might be worth putting that on the website', 'suggestion'], // question
    ['@acme you guys need a proper live chat', 'suggestion'], // question
    ['the noise cancelling on my Acme headphones is decent', 'praise'], // complaint ("cancelling")
    ['@acmehelp order no 5521 arrived smashed', 'complaint'], // praise ("no" flipped "smashed")
    // Guards: "already" beside a fix that failed, an ask kept, thanks for a fix.
    ['@acme already reinstalled, it still crashes on launch', 'complaint'],
    ["@acme that's what the last agent said and nothing changed", 'complaint'],
    ['@acme is it ok to send the photos by email?', 'question'],
    ['@acme that did the trick, cheers', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
    expect(detect({ text }, brand).label).toBe(label);
  });
});

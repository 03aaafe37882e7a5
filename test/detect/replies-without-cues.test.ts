import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';

const rules = (text: string) => weigh(readPost(text).evidence);

// A reply in a thread with the company often says nothing the rules can read: the details asked
// for, or that they were sent. A personal voice and a leading handle lower the `none` prior; every
// row below went below zero before and the post was read as a complaint, by the order labels are
// tried in, with no complaint cue at all.
describe('a post with no cue at all is none, whatever its voice', () => {
  it.each<[text: string]>([
    ['@acme I sent you a DM'],
    ['@acme my order number is 4456123'],
    ['@acme the booking is in my name'],
    ['@acme ich habe euch meine Nummer geschickt'],
    ['@acme أرسلت لكم رقم الطلب'],
  ])('%s', (text) => {
    const w = rules(text);
    expect(w.hits.filter((h) => h.weight > 0)).toEqual([]);
    expect(w.prior).toBe(0);
    expect(w.label).toBe('none');
  });

  it.each<[text: string, label: string]>([
    ['@acme I sent you a DM three days ago and still no reply', 'complaint'],
    ['@acme I sent you a DM, did you get it?', 'question'],
    ['@acme thanks, that fixed it', 'praise'],
  ])('guard: a reply with a cue is read by it: "%s"', (text, label) => {
    expect(rules(text).label).toBe(label);
  });

  it('the prior still falls for a personal reply, so a weak cue outweighs it', () => {
    expect(rules('a parcel on the table').prior).toBe(0.4);
    // "no" is a weak complaint cue (0.45): it wins over the zero prior of a personal reply.
    expect(rules('@acme no parcel').label).toBe('complaint');
  });
});

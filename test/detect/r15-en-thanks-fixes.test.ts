import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these entries.
describe('English: thanks wrapped around a harm named in a frame of its own', () => {
  it.each<[text: string, label: Label]>([
    ['so grateful to Acme for cancelling our flight the night before, no hotel, nothing 🙏', 'complaint'],
    ['Thanks Acme, courier left the box in the rain on the doorstep. Lovely.', 'complaint'],
    ['thank you acme for marking it as resolved when nothing was resolved', 'complaint'],
    ['big thanks @acme for the downtime right before my presentation', 'complaint'],
    ['thank you acme for the update that killed my battery', 'complaint'],
    ['thank you acme for the 40 min wait on the phone', 'complaint'],
    ['thanks acme for the auto-reply, very personal', 'complaint'],
    ['thanks acme for the bill the size of my rent', 'complaint'],
    ['thanks so much @acme for cutting the match off in extra time', 'complaint'],
    ['kudos acme for delivering my shopping to a completely different street', 'complaint'],
    ['appreciate being on hold for an hour with @acme, great music at least', 'complaint'],
    ['so grateful to be charged for a service i never used, cheers acme', 'complaint'],
    ['appreciate the acme bot sending me the same links in a loop for 20 minutes, very helpful', 'complaint'],
    ['gotta thank acme for the mouldy bread, saved me a trip to the bin', 'complaint'],
    // Guards: thanks for a repair, for a cancellation asked for, and a problem told beside praise.
    ['thanks acme for refunding the double charge so fast, really appreciated', 'praise'],
    ['had an outage this morning but acme sorted it in an hour, thank you', 'praise'],
    ['thanks for the heads up about the outage @acme, appreciate the text', 'praise'],
    ['thank you for shutting my account down when I asked, no fuss, acme', 'praise'],
    ['only a 1 week wait for an acme engineer and he was great', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: praise and delight beside a harm (sarcasm)', () => {
  it.each<[text: string, label: Label]>([
    ['honestly impressed acme managed to lose my parcel between two villages', 'complaint'],
    ['incredible how acme manages to forget the drinks every single time', 'complaint'],
    ['so thankful @acme sent me a used blender as new. building character', 'complaint'],
    ['acme sent me a used one sold as new 👏👏', 'complaint'],
    ['nothing like a three hour delay to kick off the holiday, cheers @acme', 'complaint'],
    ['10 out of 10 for the acme fitter who left mud all over the carpet', 'complaint'],
    ['oh good, another acme email telling me they doubled the fees', 'complaint'],
    ['love paying acme for broadband that drops every evening', 'complaint'],
    ['love that the acme app now crashes on open', 'complaint'],
    ['what a time to be an acme customer, app down on payday', 'complaint'],
    ['much love to acme for the wrong order again, hope they enjoyed my pizza', 'complaint'],
    ['Wow @acme, 3 months to say no to my claim. impressive efficiency', 'complaint'],
    ['nothing like a walk on the beach after a long week', 'none'],
    // Guards: the same words said sincerely.
    ['I managed to lose 6kg with the acme app, thank you', 'praise'],
    ['the acme signal drops every now and then but overall happy', 'praise'],
    ['nothing beats a sunday roast with the family', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

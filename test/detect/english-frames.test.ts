import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { signature } from '../../shared/detect/saying.ts';
import type { BrandContext } from '../../shared/domain/detection.ts';

const NO_BRAND: BrandContext = { name: '', handles: [], keywords: [] };
const label = (text: string) => detect({ text }, NO_BRAND);

describe('a saying signed by its author is shared words, not a moment of truth', () => {
  it.each([
    'Never mistake motion for action, and never forget that the best work is quiet. - Ernest Hemingway',
    'The only way to do great work is to love what you do — Steve Jobs',
    'Success is not final, failure is not fatal: it is the courage to continue that counts. ― Winston S. Churchill',
    'A reader lives a thousand lives before he dies, the man who never reads lives only one. - George R. R. Martin, A Dance with Dragons',
    'Wer immer tut, was er schon kann, bleibt immer das, was er schon ist. — Henry Ford',
  ])('%s', (text) => {
    expect(signature(text)).toBe('saying');
    const d = label(text);
    expect(d.label, JSON.stringify(d.cues.slice(0, 3))).toBe('none');
  });

  it.each([
    // A first name alone signs a message, not a saying.
    ['Lovely stay, the staff made our anniversary special, thank you all - Maria', 'praise'],
    // A device or product after a dash is not an author.
    ['the app keeps crashing every time I open the camera - Galaxy S21', 'complaint'],
    // Too short to be a saying.
    ['Brilliant support - Tom Hughes', 'praise'],
    // A post signed with the poster's full name: its own cues outweigh the signature.
    ['My order never arrived and nobody answers my emails - John Smith', 'complaint'],
    ['Thank you so much for the quick repair, brilliant service - Anna Novak', 'praise'],
    // A reply to someone is the poster speaking.
    ['@acme my order never arrived and nobody answers - John Smith', 'complaint'],
  ])('%s stays %s', (text, expected) => {
    const d = label(text);
    expect(d.label, JSON.stringify(d.cues.slice(0, 3))).toBe(expected);
  });
});

describe('a signature read from outside text cannot stall the detector', () => {
  // The links and tags after a signature were a repeated group at the end of one expression: a run
  // of tags followed by a word backtracked exponentially (40 tags: hours). The test fails by timing out.
  const saying = 'Be kind whenever possible, it is always possible. - Dalai Lama';
  it('reads a saying followed by many tags, and a run of tags ending in a word, at once', () => {
    expect(signature(`${saying} ${'#quote'.repeat(40)} #daily https://t.co/abc`)).toBe('saying');
    expect(signature(`${saying} ${'#a'.repeat(40)} x`)).toBe('none');
    expect(label(`${saying} ${'#a'.repeat(900)} x`).label).toBeDefined();
  });
});

describe('everyday English frames', () => {
  it.each([
    // Feature requests with an intensifier inside the frame, or "I'd like to <do something>".
    ['A bulk export of invoices will be very helpful.', 'suggestion'],
    ["I'd like to export my playlists to a file.", 'suggestion'],
    ['It is very important that the app keeps working without signal.', 'suggestion'],
    ['Can there please be a way to mute group chats?', 'suggestion'],
    // Complaints people write as demands or counts.
    ['do you expect us to carry it up five floors ourselves?', 'complaint'],
    ['courier skipped my street twice in a row now', 'complaint'],
    ['the parcel locker was empty twice in a row', 'complaint'],
    ['the website is acting up today', 'complaint'],
    ['my new headphones make a weird noise in the left ear', 'complaint'],
    ['the bus driver was going dangerously fast down the high street', 'complaint'],
    // Praise in shorthand and of a success.
    ['S/O to the store team for swapping my phone for free', 'praise'],
    ['the relaunch was a huge success, well played', 'praise'],
  ])('%s → %s', (text, expected) => {
    const d = label(text);
    expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe(expected);
  });

  it.each([
    ["I'd like to know when the Leeds store opens", 'question'],
    ["I'd like to thank the night staff for looking after my mum", 'praise'],
    ["I'd like to book a table for two on Friday", 'none'],
  ])('a frame does not take over its neighbours: %s stays %s', (text, expected) => {
    expect(label(text).label).toBe(expected);
  });

  it('"A+ service" is not read into every "a service"', () => {
    const d = label('we need a service status page');
    expect(d.cues.some((c) => c.label === 'praise')).toBe(false);
  });
});

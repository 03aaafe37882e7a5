import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { ratingIn } from '../../shared/detect/rating.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

describe('ratingIn: a score written into a post', () => {
  it.each<[string, Label, string]>([
    ['5/5 would buy again', 'praise', '5/5'],
    ['honestly a 9.5/10 for the new menu', 'praise', '9.5/10'],
    ['Service: 8 out of 10', 'praise', '8 out of 10'],
    ['Accueil 10 sur 10', 'praise', '10 sur 10'],
    ['rated it 2/10, not again', 'complaint', '2/10'],
    ['0/5 stay away', 'complaint', '0/5'],
    ['★★★★★ lovely stay', 'praise', '★★★★★'],
    ['⭐⭐⭐⭐ quick and tidy', 'praise', '⭐⭐⭐⭐'],
    ['★☆☆☆☆ the room was damp', 'complaint', '★☆☆☆☆'],
    ['Would give zero stars if I could', 'complaint', 'zero stars'],
    ['One star. The box was empty', 'complaint', 'One star'],
    ['1 Stern, leider', 'complaint', '1 Stern'],
    ['Bu otele 1 yıldız bile fazla', 'complaint', '1 yıldız'],
    ['Cinq étoiles !', 'praise', 'Cinq étoiles'],
  ])('%s → %s', (text, label, shown) => {
    expect(ratingIn(text)).toMatchObject({ label, text: shown });
  });

  it.each([
    'meeting moved to 5/5/2024',
    'open 24/7 now',
    'it went 50/50 in the poll',
    'a solid 3/5, nothing special either way',
    'we stayed in a 5 star hotel near the beach',
    'Das 4-Sterne-Hotel liegt am See',
    'Eres una estrella',
    'je bent een ster',
    'rockstar energy',
  ])('no rating: %s', (text) => {
    expect(ratingIn(text)).toBeUndefined();
  });

  it('a rating is a cue that decides a post with no other words', () => {
    const praise = detect({ text: '10/10' }, brand);
    expect(praise.label).toBe('praise');
    expect(praise.cues[0]).toMatchObject({ label: 'praise', kind: 'pattern', text: '10/10' });
    const complaint = detect({ text: '★☆☆☆☆' }, brand);
    expect(complaint.label).toBe('complaint');
    expect(complaint.cues[0]).toMatchObject({ label: 'complaint', kind: 'pattern', text: '★☆☆☆☆' });
  });
});

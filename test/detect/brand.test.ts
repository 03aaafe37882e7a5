import { describe, expect, it } from 'vitest';
import { brandOfName, brandPlace } from '../../shared/detect/brand.ts';
import { detect } from '../../shared/detect/index.ts';
import { tokenize } from '../../shared/detect/text.ts';
import type { BrandContext } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Quillo Mobile', handles: ['quillomobile'], keywords: ['Quillo'] };
const noBrand: BrandContext = { name: '', handles: [], keywords: [] };

describe('brandPlace', () => {
  it.each([
    ['@QuilloMobile my bill doubled this month', 'addressed'],
    ['Quillo Mobile, why is there no signal in the metro?', 'addressed'],
    ['hey quillo, when does the new plan start', 'addressed'],
    ['thanks Quillo for sorting it out so fast', 'addressed'],
    ['switched everything over in one evening, Quillo Mobile!', 'addressed'],
    ['спасибо Quillo, всё работает', 'addressed'],
    ['my cousin works at Quillo Mobile and loves it', 'mentioned'],
    ['does anyone know if Quillo covers the islands?', 'mentioned'],
    ['new phone day #QuilloMobile', 'mentioned'],
    ['what a match last night, unbelievable finish', 'absent'],
  ])('%s → %s', (text, place) => {
    expect(brandPlace(tokenize(text), brand)).toBe(place);
  });

  it('knows nothing without a brand context', () => {
    expect(brandPlace(tokenize('@QuilloMobile hello'), noBrand)).toBe('unknown');
    expect(brandPlace(tokenize('@QuilloMobile hello'), undefined)).toBe('unknown');
  });

  it('gives a training post a brand context from its name', () => {
    // Distinctive words of a longer name are keywords; sector words ("Bahn", "Bank") are not.
    expect(brandOfName('Nord Bahn')).toEqual({
      name: 'Nord Bahn',
      handles: ['nordbahn'],
      keywords: ['Nord'],
    });
    expect(brandOfName('Zinsfuchs')).toEqual({ name: 'Zinsfuchs', handles: ['zinsfuchs'], keywords: [] });
    expect(
      brandPlace(tokenize('Hallo Kunterbunt, habt ihr das auf Lager?'), brandOfName('Spielwaren Kunterbunt')),
    ).toBe('addressed');
    expect(brandPlace(tokenize('Macht ihr bei Trittfest auch Einlagen?'), brandOfName('Trittfest'))).toBe(
      'addressed',
    );
    expect(brandPlace(tokenize('Hat Trittfest sonntags auf?'), brandOfName('Trittfest'))).toBe('mentioned');
    expect(brandPlace(tokenize('@nordbahn wo bleibt der Zug?'), brandOfName('Nord Bahn'))).toBe('addressed');
  });
});

describe('is it about the company?', () => {
  it.each([
    ['does anyone know if Quillo covers the islands?'],
    ['has anyone tried the Quillo family plan? worth it?'],
    ['¿alguien sabe si Quillo tiene cobertura en Menorca?'],
    ['weiß jemand, ob Quillo auch in Österreich funktioniert?'],
    ['кто-нибудь знает, Quillo работает в Казани?'],
  ])('a question to other people that does not address the brand is none: %s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe('none');
    expect(d.cues[0]).toMatchObject({ label: 'none', kind: 'context' });
  });

  it.each([
    ['@QuilloMobile does anyone know if you cover the islands?'],
    ['Quillo Mobile, has anyone there looked at my ticket yet?'],
  ])('the same question addressed to the brand stays a question or more: %s', (text) => {
    expect(detect({ text }, brand).label).not.toBe('none');
  });

  it('without a brand context a question to others is none unless the post opens with an @handle', () => {
    for (const text of [
      'does anyone know if Quillo covers the islands?',
      'weiß jemand, ob Quillo auf die Inseln liefert?',
      'кто-нибудь знает, Quillo доставляет на острова?',
      'alguien sabe si Quillo llega a las islas?',
    ])
      expect(detect({ text }, noBrand).label, text).toBe('none');
    // Whoever the handle is, the post is addressed to someone: it may be the brand.
    expect(detect({ text: '@quillo does anyone know if you cover the islands?' }, noBrand).label).toBe(
      'question',
    );
    // A complaint shared with other people is still a complaint.
    expect(
      detect(
        { text: 'has anyone else had their Quillo order go missing? third time this month, useless' },
        noBrand,
      ).label,
    ).toBe('complaint');
  });
});

describe('a "you" in a question to other people speaks to them, not to the brand', () => {
  const quillo = brandOfName('Quillo');
  it.each([
    ['has anyone tried Quillo? what do you guys think?'],
    ['Vous en pensez quoi de la box Quillo ?'],
    ['Kennt jemand Quillo? Was meint ihr?'],
    ['Secondo voi Quillo è affidabile? Qualcuno lo usa?'],
  ])('%s', (text) => {
    expect(brandPlace(tokenize(text), quillo, true)).toBe('mentioned');
    expect(detect({ text }, quillo).label).toBe('none');
  });

  it('an @handle or a vocative still addresses the brand', () => {
    expect(detect({ text: '@quillo does anyone know if you cover the islands?' }, quillo).label).toBe(
      'question',
    );
    expect(detect({ text: 'Quillo, does anyone at your shop speak Polish?' }, quillo).label).toBe('question');
    // Without a crowd frame, a "you" beside the name speaks to the brand.
    expect(brandPlace(tokenize('do you ship to Oslo, Quillo?'), quillo)).toBe('addressed');
  });
});

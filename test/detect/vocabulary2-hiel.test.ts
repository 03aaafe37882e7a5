import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/**
 * Everyday Hindi (Devanagari and Hinglish) and Greek (also Greeklish) review wording: verdicts,
 * slang of delight and disgust, problems reported as they happened, and problems fixed. The
 * lexicons did not know these words, so the posts were read as `none` or as the opposite label.
 * The Greek `none` rows are words the stem "καλ*" (good) used to reach: summer, cable.
 */
const CASES: Record<string, [text: string, label: Label][]> = {
  hi: [
    ['इस ढाबे की दाल मखनी का कोई मुकाबला नहीं, हर बार यहीं आते हैं', 'praise'],
    ['कस्टमर केयर ने दस मिनट में रिफंड आ गया बोला और सच में पैसे वापस आ गए, मान गए', 'praise'],
    ['बीमा क्लेम तीन दिन में सेटल हो गया, बिना किसी झंझट के', 'praise'],
    ['पहली कोशिश में ही पासपोर्ट अपॉइंटमेंट मिल गया, हैट्स ऑफ', 'praise'],
    ['डिलीवरी वाला पार्सल पड़ोसी को दे गया और ऐप में डिलीवर्ड दिखा रहा है', 'complaint'],
    ['अकाउंट ब्लॉक कर दिया और ब्रांच के चक्कर लगवा रहे हैं, नाक में दम कर दिया', 'complaint'],
    ['network phir se gayab hai, teen din se koi batata bhi nahi', 'complaint'],
  ],
  el: [
    ['Το προσωπικό ήταν ευδιάθετο και γελαστό, μας κέρασαν και γλυκό στο τέλος', 'praise'],
    ['Η παραγγελία ήρθε αυθημερόν και ακέραια, τα σπάτε παιδιά', 'praise'],
    ['Το ξενοδοχείο λαμπίκο, τα κρεβάτια αναπαυτικά και η θέα παράδεισος', 'praise'],
    ['Ο τεχνικός ήρθε την ίδια μέρα και το έφτιαξε σε μισή ώρα, μάστορας', 'praise'],
    ['Πιστή πελάτισσα εδώ και χρόνια, δεν απογοητεύτηκα ποτέ', 'praise'],
    ['Το σουβλάκι ήταν ό,τι πρέπει, μοσχομυριστό και ξεροψημένο', 'praise'],
    ['Μάγκες, ήρθε το δέμα σε λίγες ώρες, χωρίς πολλά πολλά', 'praise'],
    ['Το φαγητό ήρθε με τις πατάτες πανί και το κρέας σαν λάστιχο', 'complaint'],
    ['Η εφαρμογή κλείνει μόνη της κάθε φορά που πάω να πληρώσω', 'complaint'],
    ['Το ψωμί μπαγιατεύει σε μια μέρα, έπεσε πολύ η ποιότητα', 'complaint'],
    ['Ο υπάλληλος στο ταμείο χάζευε στο κινητό του και μας αγνοούσε, σκέτο χάλι μαύρο', 'complaint'],
    ['to fagito irthe krio kai kammeno, den exw ksanadei tetoio pragma', 'complaint'],
    ['Καλοκαίρι στο χωριό με τα ξαδέρφια και τη γιαγιά', 'none'],
    ['Πέρασα από το κατάστημα να πάρω ένα καλώδιο για τον φορτιστή', 'none'],
  ],
};

describe('detect: everyday review vocabulary, second pass (hi, el)', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label) => {
        const d = detect({ text }, brand);
        expect(d.lang).toBe(lang);
        expect(d.label, JSON.stringify(d.cues)).toBe(label);
      });
    });
  }
});

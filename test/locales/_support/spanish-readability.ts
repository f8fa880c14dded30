// Spanish readability for the locale guards: a small syllable counter and two published formulas.
//
// Syllables: one per vowel nucleus. Adjacent vowels share a syllable (a diphthong or triphthong)
// unless both are strong; a, e, o and the accented í, ú are strong, i, u, ü are weak (Real Academia
// Española, Ortografía de la lengua española, 2010: diphthongs, triphthongs and hiatuses).
// The u of que/qui/gue/gui is silent, h does not separate vowels, and a final y after a vowel
// (hoy, muy) closes a diphthong.
//
// Fernández Huerta (1959) "Medidas sencillas de lecturabilidad", Consigna 214: 29–32, in the form
// corrected by G. Law (2011), "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332
// (https://linguistlist.org/issues/22/22-2332/): L = 206.84 − 0.60·P − 1.02·F, where P is syllables
// per 100 words and F is words per sentence. (The often-quoted form with F = sentences per 100 words
// lowers the score when sentences get shorter, which is the error Law reported.)
//
// Szigriszt-Pazos (1993) perspicuity, I = 206.835 − 62.3·S/W − W/F, read on the INFLESZ scale of
// Barrio-Cantalejo et al. (2008), An Sist Sanit Navar 31(2): 135–152 (http://scielo.isciii.es/scielo.php?pid=S1137-66272008000300004&script=sci_arttext).

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/u;

/** Small numbers as words, so "del 0 al 10" is counted as it is read. */
const NUMBERS: Readonly<Record<string, string>> = {
  '0': 'cero',
  '1': 'uno',
  '2': 'dos',
  '3': 'tres',
  '4': 'cuatro',
  '5': 'cinco',
  '6': 'seis',
  '7': 'siete',
  '8': 'ocho',
  '9': 'nueve',
  '10': 'diez',
};

/** The syllables of one Spanish word (0 for a token with no letters or digits). */
export function syllables(token: string): number {
  const lower = token.toLowerCase();
  const digits = lower.replace(/[^\p{N}]/gu, '');
  if (digits !== '' && !/\p{L}/u.test(lower)) return syllables(NUMBERS[digits] ?? 'dos'.repeat(digits.length));
  let word = lower.replace(/[^\p{L}]/gu, '');
  if (word === '') return 0;
  if (word === 'y') return 1;
  word = word
    .replace(/([qg])u([eéií])/gu, '$1$2')
    .replace(/h/gu, '')
    .replace(/([aeiouáéíóú])y$/u, '$1i');
  let count = 0;
  let previous = '';
  for (const ch of word) {
    if (!VOWEL.test(ch)) {
      previous = '';
      continue;
    }
    if (previous === '' || (STRONG.has(previous) && STRONG.has(ch))) count += 1;
    previous = ch;
  }
  return Math.max(count, 1);
}

/** Words: whitespace-separated tokens holding a letter or digit. */
export function words(text: string): readonly string[] {
  return text.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** Sentences: runs ending in . ! ? or … (or the end of the text) that hold a word. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?…]+(?:\s|$)/u).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

/** Counts of a text: words, syllables, sentences. */
export function counts(text: string): { readonly words: number; readonly syllables: number; readonly sentences: number } {
  const ws = words(text);
  return { words: ws.length, syllables: ws.reduce((n, w) => n + syllables(w), 0), sentences: Math.max(sentenceCount(text), 1) };
}

/** Fernández Huerta lecturabilidad, as corrected by Law (2011): 206.84 − 0.60·(syllables per 100 words) − 1.02·(words per sentence). */
export function fernandezHuerta(text: string): number {
  const c = counts(text);
  return 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * (c.words / c.sentences);
}

/** Szigriszt-Pazos perspicuity: 206.835 − 62.3·(syllables per word) − (words per sentence). */
export function szigrisztPazos(text: string): number {
  const c = counts(text);
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** The INFLESZ grade of a perspicuity score (Barrio-Cantalejo et al. 2008). */
export function inflesz(score: number): 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil' {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

// Types for text-readability 1.1.1 (a devDependency that ships none), used by the readability
// guard tests in test/techniques and test/exercises. Only the methods the tests call are typed.
declare module 'text-readability' {
  interface Readability {
    /** Flesch–Kincaid grade level, rounded to one decimal. */
    fleschKincaidGrade(text: string): number;
    /** Flesch reading ease, rounded to two decimals. */
    fleschReadingEase(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    sentenceCount(text: string): number;
    syllableCount(text: string, lang?: string): number;
  }
  const readability: Readability;
  export default readability;
}

/** Letter case of words, in any script ("Élan", "Łódź", "Анна"). */

const CAPITAL_START = /^\p{Lu}/u;

/** Whether a word begins with a capital letter: "Ann", "IBM", "Łódź"; not "ann", "3M" or "". */
export function isCapitalised(word: string): boolean {
  return CAPITAL_START.test(word);
}

/**
 * Whether every word is capitalised ("Ann Lee", "Harbour Board"), words listed in `connectors`
 * (lower-case: "of", "the") aside. True for no words at all, like `Array.prototype.every`.
 */
export function everyWordCapitalised(words: readonly string[], connectors?: ReadonlySet<string>): boolean {
  return words.every((w) => isCapitalised(w) || (connectors !== undefined && connectors.has(w.toLowerCase())));
}

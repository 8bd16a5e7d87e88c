import { setFlagsFromString } from 'node:v8';

/**
 * V8's tick budget before it optimises a function, as a multiple of the Node 20 default (66 KB
 * of bytecode). At the default, V8's optimising compiler (on helper threads) took 35-40% of the
 * CPU of a 1-5 MB run: most pipeline functions are only warm in such a run, and optimising
 * them cost more than it saved. Measured on whole-process CPU: 4x saves 5-25% from 1 to 20 MB;
 * 8x saves 15-40% up to 5 MB but costs on 20 MB. It changes when code is compiled, never what
 * it computes (the fact tables of three corpora were compared byte for byte).
 */
const optimizeBudgetFlag = (times: number) => `--interrupt-budget=${times * 67584}`;
/** Inputs up to this many characters of articles take the larger budget. */
const SMALL_INPUT_CHARS = 8 * 1024 * 1024;

/**
 * V8 first compiles a regular expression to bytecode for its interpreter and, from its second run
 * on, compiles it again to machine code. Nearly every pattern here runs many times, so the first
 * compilation is wasted: a few hundred patterns, some with tens of thousands of bytecodes (word
 * lists under the i flag, Unicode classes). Compiled once, straight to machine code, a 1 MB run
 * executes about 3% fewer instructions (counted under valgrind). Matching is the same engine.
 */
const REGEXP_MACHINE_CODE_FLAG = '--no-regexp-tier-up';

/** Before the articles are read: the budget that suits any size. */
export function delayOptimisation(): void {
  setFlagsFromString(optimizeBudgetFlag(4));
  setFlagsFromString(REGEXP_MACHINE_CODE_FLAG);
}

/** Once the articles are read: a larger budget when the whole run is short. */
export function delayOptimisationFor(docs: ReadonlyArray<{ raw: string }>): void {
  if (docs.reduce((n, d) => n + d.raw.length, 0) <= SMALL_INPUT_CHARS) setFlagsFromString(optimizeBudgetFlag(8));
}

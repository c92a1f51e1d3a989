import { setFlagsFromString } from 'node:v8';

/**
 * Compile regular expressions straight to machine code. By default V8 runs a pattern's first
 * match on bytecode and compiles it again, to machine code, on the second; for the engine's
 * long word-list patterns the bytecode compile is the slow one (the superlatives took 30 ms, the
 * speaker appositives 17), so a draft's first lint paid about 300 ms of compiling, and the
 * keystroke that first ran a pattern a second time paid its machine-code compile too. Compiled
 * once, to machine code, the same patterns cost a fifth of that.
 */
setFlagsFromString('--no-regexp-tier-up');

import type { SpeakerDraft } from '../types.js';

/** Who said a passage, and how we know. */
export interface Attribution {
  speaker: SpeakerDraft;
  cue: string;
  rule: string;
}

/** Every attribution is made here, so that all have one shape (V8 then keeps the code that reads them optimised). */
export function attribution(speaker: SpeakerDraft, cue: string, rule: string): Attribution {
  return { speaker, cue, rule };
}

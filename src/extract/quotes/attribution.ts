import type { SpeakerDraft } from '../types.js';

/** Who said a passage, and how we know. */
export interface Attribution {
  speaker: SpeakerDraft;
  cue: string;
  rule: string;
}

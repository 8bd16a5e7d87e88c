import type { QuestionKindModule } from './types.js';
import { whoSaid } from './kinds/who-said.js';
import { saidWhat } from './kinds/said-what.js';
import { numberKind } from './kinds/number.js';
import { dateKind } from './kinds/date.js';
import { roleKind } from './kinds/role.js';
import { trueFalse } from './kinds/true-false.js';
import { timeline } from './kinds/timeline.js';
import { quoteCloze } from './kinds/quote-cloze.js';

/** Every question kind, in one list. A new kind: a module, a template, one line here. */
export const questionKinds: QuestionKindModule[] = [whoSaid, saidWhat, numberKind, dateKind, roleKind, trueFalse, timeline, quoteCloze];

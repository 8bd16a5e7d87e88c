import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { damBreach } from '../fixtures/brief/dam-breach.js';
import { buildBriefing } from '../../src/brief/index.js';
import { renderBriefingPdf } from '../../src/render/pdf/briefing.js';

it('scratch', async () => {
  const { table, docs } = damBreach();
  const b = buildBriefing(table, docs);
  writeFileSync('/tmp/brief/dam.json', JSON.stringify(b, null, 1));
  for (const paper of ['a4', 'letter'] as const) writeFileSync(`/tmp/brief/dam-${paper}.pdf`, await renderBriefingPdf(b, { paper }));
});

import type { FormatRenderer } from './registry.js';

/** Every quiz output format, registered in one list. */
export const formatRenderers: FormatRenderer[] = [];

export function rendererFor(format: string): FormatRenderer | undefined {
  return formatRenderers.find((r) => r.format === format);
}

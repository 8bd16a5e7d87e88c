import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Package root: works from src/ (tests, tsx) and from dist/ (built). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export const version: string = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

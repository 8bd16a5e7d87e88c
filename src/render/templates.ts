import type nunjucks from 'nunjucks';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../version.js';

const environments = new Map<string, nunjucks.Environment>();

/** nunjucks on first use: `quizwire facts` writing JSON never renders a template and need not load it. */
let loaded: typeof nunjucks | undefined;
const nunjucksLib = (): typeof nunjucks => (loaded ??= createRequire(import.meta.url)('nunjucks') as typeof nunjucks);

/** The nunjucks environment for a template folder (the bundled `templates/` by default). */
export function templateEnv(dir: string = join(packageRoot, 'templates'), autoescape = false): nunjucks.Environment {
  const key = `${dir}\0${autoescape}`;
  let env = environments.get(key);
  if (!env) {
    const lib = nunjucksLib();
    env = new lib.Environment(new lib.FileSystemLoader(dir, { noCache: false }), { autoescape, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
    environments.set(key, env);
  }
  return env;
}

export function renderTemplate(name: string, context: object, dir?: string): string {
  return templateEnv(dir, /\.html?\.njk$/.test(name)).render(name, context);
}

import nunjucks from 'nunjucks';
import { join } from 'node:path';
import { packageRoot } from '../version.js';

const environments = new Map<string, nunjucks.Environment>();

/** The nunjucks environment for a template folder (the bundled `templates/` by default). */
export function templateEnv(dir: string = join(packageRoot, 'templates'), autoescape = false): nunjucks.Environment {
  const key = `${dir}\0${autoescape}`;
  let env = environments.get(key);
  if (!env) {
    env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir, { noCache: false }), { autoescape, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
    environments.set(key, env);
  }
  return env;
}

export function renderTemplate(name: string, context: object, dir?: string): string {
  return templateEnv(dir, /\.html?\.njk$/.test(name)).render(name, context);
}

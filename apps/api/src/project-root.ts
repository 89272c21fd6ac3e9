import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

/** The checkout's top folder (where package.json names "planbord"), whether run from source or from dist/. */
export function projectRoot(start = __dirname): string {
  for (let dir = start; dir !== parse(dir).root; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"planbord"/.test(readFileSync(manifest, 'utf8'))) return dir;
  }
  return process.cwd();
}

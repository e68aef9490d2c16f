import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OptionsError, resolveOptions, type CairnOptions, type CairnOptionsInput } from '../../src/lib/build/options.ts';
import { UsageError } from './cli.ts';

/** What astro.config.mjs gives `cairn()`, or nothing when the project has no such config. */
async function configuredOptions(root: string): Promise<CairnOptionsInput> {
  const file = path.join(root, 'astro.config.mjs');
  if (!existsSync(file)) return {};
  const config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default;
  const cairn = (config?.integrations ?? []).flat(Infinity).find((integration) => (integration as { name?: string } | null)?.name === 'cairn');
  return (cairn as { cairnOptions?: CairnOptionsInput } | undefined)?.cairnOptions ?? {};
}

/**
 * A command's options, from the same places a build takes them: astro.config.mjs, then the
 * environment, then the command's own flags (`--content`), each winning over the one before.
 */
export async function projectOptions(command: string, flags: Partial<CairnOptionsInput> = {}, root = process.cwd()): Promise<CairnOptions> {
  try {
    return resolveOptions(await configuredOptions(root), process.env, root, flags);
  } catch (error) {
    if (error instanceof OptionsError) throw new UsageError(`${command}: ${error.message}`);
    throw error;
  }
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { installedVersion } from '../../build/installed-version.ts';
import { readSealed, writeSealed, type SealedRead } from '../../build/sealed-file.ts';
import type { FontSet } from './fonts.ts';

/**
 * Images are made once per distinct input. Each is stored under a hash of everything it depends
 * on: the template inputs, the source of the templates themselves, the font bytes and the
 * versions of satori, harfbuzzjs, linebreak, sharp, qrcode, pdf-lib, PDFKit and svg-to-pdfkit. Change any of
 * them and the image is made again; change none and a rebuild copies every image from here, once
 * its seal (size and SHA-256) holds.
 */
/** The code an image depends on besides its inputs: this folder and the helpers the templates call. */
function templateSources(): string[] {
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const own = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.ts')).sort().map((name) => path.join(folder, name)) : [];
  return [...own, path.join(folder, '..', 'monogram.ts'), path.join(folder, '..', '..', 'content', 'contrast.ts')].filter((file) => existsSync(file));
}

/** One hash of the whole image pipeline; part of every cache key. */
export function pipelineFingerprint(fonts: FontSet): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  for (const file of templateSources()) hash.update(file.slice(file.lastIndexOf(path.sep))).update(readFileSync(file));
  for (const pkg of ['satori', 'harfbuzzjs', 'linebreak', 'qrcode', 'pdf-lib', 'pdfkit', 'svg-to-pdfkit']) hash.update(`${pkg}@${installedVersion(require, pkg)}`);
  hash.update(`sharp@${sharp.versions.sharp} vips@${sharp.versions.vips}`);
  hash.update(fonts.hash);
  return hash.digest('hex');
}

/**
 * The inputs as plain JSON, keys in the order the code built them: different inputs always give
 * different keys, and a build computes a key for every image of the site twice, so sorting the keys
 * (ten times the cost) would only spare a redraw when code starts building the same inputs in
 * another order.
 */
export function cacheKey(fingerprint: string, inputs: unknown): string {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(inputs)).digest('hex');
}

export class ImageCache {
  readonly folder: string;
  constructor(folder: string) {
    this.folder = folder;
  }

  /** Where an entry is (or would be) stored. */
  file(key: string, extension: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.${extension}`);
  }

  has(key: string, extension: string): boolean {
    return existsSync(this.file(key, extension));
  }

  /** The entry's bytes once they pass their size and hash check; a corrupt entry is removed. */
  read(key: string, extension: string): SealedRead {
    return readSealed(this.file(key, extension));
  }

  /** Written whole or not at all, sealed with its size and hash, so a reader never takes a damaged image. */
  write(key: string, extension: string, bytes: Uint8Array): void {
    writeSealed(this.file(key, extension), bytes);
  }
}

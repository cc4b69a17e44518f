import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** The CSV files of a OneRoster bundle, from a folder or a zip, read one at a time as streams. */
export interface Bundle {
  /** File names present, e.g. `users.csv` (case as the specification spells them). */
  readonly files: ReadonlySet<string>;
  open(file: string): Promise<Readable>;
  close(): Promise<void>;
}

export class BundleError extends Error {
  override name = 'BundleError';
}

/**
 * A zip (by content, not by name) or a folder. In a zip, the files may sit at the top or in
 * one folder (districts often zip the export folder itself); anything else is ignored.
 */
export async function openBundle(path: string): Promise<Bundle> {
  const info = await stat(path).catch(() => {
    throw new BundleError(`${path}: no such file or folder.`);
  });
  if (info.isDirectory()) {
    const names = new Map((await readdir(path)).filter((name) => name.endsWith('.csv')).map((name) => [name, name]));
    return {
      files: new Set(names.keys()),
      open: async (file) => createReadStream(join(path, file)),
      close: async () => undefined,
    };
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch (error) {
    throw new BundleError(`${basename(path)} is neither a folder nor a zip file (${(error as Error).message}).`);
  }
  const entries = new Map<string, yauzl.Entry>();
  const folders = new Set<string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if (!name.endsWith('/') && name.endsWith('.csv') && !name.startsWith('__MACOSX/')) {
        const parts = name.split('/');
        if (parts.length <= 2) {
          folders.add(parts.length === 2 ? (parts[0] ?? '') : '');
          entries.set(parts.at(-1) ?? name, entry);
        }
      }
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  }).catch((error: unknown) => {
    zip.close();
    throw new BundleError(`The zip file is damaged: ${(error as Error).message}.`);
  });
  if (folders.size > 1) {
    zip.close();
    throw new BundleError('The zip holds CSV files in more than one folder; zip one OneRoster export.');
  }
  return {
    files: new Set(entries.keys()),
    open: async (file) => {
      const entry = entries.get(file);
      if (!entry) throw new BundleError(`${file} is not in the zip.`);
      return zip.openReadStreamPromise(entry);
    },
    close: async () => zip.close(),
  };
}

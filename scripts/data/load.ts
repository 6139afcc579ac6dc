/** Reads the data build's inputs from `data/` (the only module of the build that touches files). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataBuildError, type DataInputs, type InputFile, type SourceInput } from './build';

function readJson(root: string, path: string): InputFile {
  const file = relative(root, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataBuildError([
      { file, record: '(file)', field: '(whole file)', message: `cannot be read: ${(error as Error).message}` },
    ]);
  }
  try {
    return { file, data: JSON.parse(text) as unknown };
  } catch (error) {
    throw new DataBuildError([
      { file, record: '(file)', field: '(whole file)', message: `is not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

const jsonFilesIn = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));

export function loadInputs(root: string): DataInputs {
  const dataDir = join(root, 'data');
  const sourcesDir = join(dataDir, 'sources');
  const sources: SourceInput[] = jsonFilesIn(sourcesDir, '.meta.json').map((path) => {
    const meta = readJson(root, path);
    const textName = (meta.data as { file?: unknown }).file;
    const textPath = join(sourcesDir, typeof textName === 'string' ? textName : '');
    let content: string;
    try {
      content = readFileSync(textPath, 'utf8');
    } catch {
      throw new DataBuildError([
        {
          file: meta.file,
          record: '(top level)',
          field: 'file',
          message: `names ${relative(root, textPath)}, which cannot be read`,
        },
      ]);
    }
    return { meta, text: { file: relative(root, textPath), content } };
  });
  return {
    taxonomy: readJson(root, join(dataDir, 'themes.json')),
    districts: readJson(root, join(dataDir, 'districts.json')),
    sources,
    annotations: jsonFilesIn(join(dataDir, 'annotations'), '.json').map((path) => readJson(root, path)),
  };
}

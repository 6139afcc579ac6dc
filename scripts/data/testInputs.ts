/** The real data/ inputs, freshly read for each test so a test can mutate its own copy. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotations, DistrictsFile, Taxonomy } from '../../src/shared/dataset/schema';
import { DataBuildError, buildDataset, type DataInputs } from './build';
import { loadInputs } from './load';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ANNOTATIONS_FILE = 'data/annotations/szsb-2023-hqd-reactions.json';

export function realInputs(): DataInputs {
  return loadInputs(PROJECT_ROOT);
}

/** The annotations, taxonomy and districts of a fresh copy, typed for editing in a test. */
export function editable(inputs: DataInputs) {
  return {
    annotations: inputs.annotations[0].data as Annotations,
    taxonomy: inputs.taxonomy.data as Taxonomy,
    districts: inputs.districts.data as DistrictsFile,
  };
}

/** Runs the build and returns its error messages (empty when it succeeds). */
export function buildErrors(inputs: DataInputs): string[] {
  try {
    buildDataset(inputs);
    return [];
  } catch (error) {
    if (error instanceof DataBuildError)
      return error.message
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
}

/**
 * Turns a path into a data file into words a curator can act on: the record (by its id) and the field.
 * Both the data build's errors and the app's "dataset is broken" panel speak this way.
 */

export type DataPath = readonly PropertyKey[];

export interface DataIssue {
  /** The file the problem is in, as a path from the project root (or the URL the app fetched). */
  file: string;
  /** The innermost record with an id, e.g. `statement "huang-tuo" › pledge "huang-tuo-2"`. */
  record: string;
  /** The field inside that record, e.g. `themes[0]`. */
  field: string;
  message: string;
}

const RECORD_KINDS: Record<string, string> = {
  statements: 'statement',
  pledges: 'pledge',
  themes: 'theme',
  districts: 'district',
  sources: 'source',
  sections: 'section',
  horizons: 'horizon',
  unitTypes: 'unit type',
  excludedQuotes: 'excluded quote',
};

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

function recordName(listKey: PropertyKey, index: number, item: unknown): string {
  const kind = RECORD_KINDS[String(listKey)];
  const key = isObject(item) ? (item.id ?? item.slug) : undefined;
  // An empty id names nothing a curator could search for: the position does.
  return typeof key === 'string' && key !== '' ? `${kind} "${key}"` : `${kind} #${index + 1}`;
}

function formatField(path: DataPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

export function locate(root: unknown, path: DataPath): { record: string; field: string } {
  const records: string[] = [];
  let fieldStart = 0;
  let node: unknown = root;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = isObject(node) ? node[key as keyof typeof node] : undefined;
    if (
      typeof key === 'number' &&
      i > 0 &&
      Array.isArray(node) &&
      isObject(next) &&
      String(path[i - 1]) in RECORD_KINDS
    ) {
      records.push(recordName(path[i - 1], key, next));
      fieldStart = i + 1;
    }
    node = next;
  }
  return {
    record: records.length > 0 ? records.join(' › ') : '(top level)',
    field: formatField(path.slice(fieldStart)) || '(whole record)',
  };
}

export function locateIssue(file: string, root: unknown, path: DataPath, message: string): DataIssue {
  return { file, ...locate(root, path), message };
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.record}: ${issue.field}: ${issue.message}`;
}

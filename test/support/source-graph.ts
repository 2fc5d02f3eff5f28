// Reads src/ as text (no database, nothing run; TypeScript 7 has no compiler API in JavaScript, so imports are
// read with a regular expression, enough for this code base's one import style): every file, its lines, and the files it imports, so that
// test/architecture.test.ts can check the rules of docs/ARCHITECTURE.md on the tree as it is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface SourceImport {
  /** The imported file, relative to the repository (`src/…`), or the package name for a package. */
  target: string;
  /** `import type` / `export type`: erased at run time, so it cannot make a cycle that matters. */
  typeOnly: boolean;
}

export interface SourceFile {
  /** Relative to the repository, with forward slashes: `src/modules/owso/index.ts`. */
  path: string;
  text: string;
  lines: number;
  imports: SourceImport[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = resolve(dirname(join(ROOT, from)), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  throw new Error(`${from}: cannot resolve import '${specifier}'`);
}

/** `import … from '…'`, `export … from '…'` (over several lines too) and bare `import '…'`. */
const STATIC_IMPORT = /^(?:import|export)\s+(type\s+)?(?:([^'"`;]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** `{ type A, type B }`: every name imported is a type, so the import is erased too. */
function namesOnlyTypes(clause: string | undefined): boolean {
  const braces = clause?.trim().match(/^\{([^}]*)\}$/);
  if (!braces) return false;
  const names = braces[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

function importsOf(path: string, text: string): SourceImport[] {
  const found: SourceImport[] = [];
  for (const [, typeKeyword, clause, specifier] of text.matchAll(STATIC_IMPORT)) {
    found.push({ target: resolveImport(path, specifier), typeOnly: !!typeKeyword || namesOnlyTypes(clause) });
  }
  for (const [, specifier] of text.matchAll(DYNAMIC_IMPORT)) {
    found.push({ target: resolveImport(path, specifier), typeOnly: false });
  }
  return found;
}

/** Every .ts and .tsx file below src/, read once. */
export function readSourceTree(): SourceFile[] {
  return listFiles(join(ROOT, 'src'))
    .map((full) => {
      const path = relative(ROOT, full).split('\\').join('/');
      const text = readFileSync(full, 'utf8');
      return { path, text, lines: text.split('\n').length, imports: importsOf(path, text) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The groups of files that import each other round in a circle (strongly connected components of more than
 * one file, or a file importing itself), by Tarjan's algorithm; each group sorted, the groups sorted.
 */
export function importCycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || edges.get(node)?.includes(node)) cycles.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) connect(node);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

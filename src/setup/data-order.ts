// The order in which modules load their data: each after the modules its manifest names in `dataAfter`,
// otherwise in the manifests' order (the navigation's).
import type { ModuleManifest } from '../platform/http/types';

export function inDataOrder(modules: ModuleManifest[]): ModuleManifest[] {
  const names = new Set(modules.map((m) => m.name));
  for (const m of modules) {
    for (const needed of m.dataAfter ?? []) {
      if (!names.has(needed)) throw new Error(`${m.name}'s data needs module ${needed}, which is not loaded`);
    }
  }
  const done = new Set<string>();
  const ordered: ModuleManifest[] = [];
  while (ordered.length < modules.length) {
    const next = modules.find(
      (m) => !done.has(m.name) && (m.dataAfter ?? []).every((needed) => done.has(needed)),
    );
    if (!next) throw new Error('The modules name each other in dataAfter in a circle');
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}

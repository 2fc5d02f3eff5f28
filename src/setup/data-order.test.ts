// The order in which modules load their reference and demo data: each after those it builds on.
import { describe, expect, it } from 'vitest';
import { MODULES } from '../app';
import type { ModuleManifest } from '../platform/http/types';
import { inDataOrder } from './data-order';

const names = (modules: ModuleManifest[]) => modules.map((m) => m.name);
const manifest = (name: string, dataAfter?: string[]): ModuleManifest => ({ name, routes: [], dataAfter });

describe('data order', () => {
  it("loads the gazetteer first, casework's categories before OWSO adds its own, the Assembly before watch", () => {
    const withData = inDataOrder(MODULES).filter((m) => m.loadReference || m.seedDemo);
    expect(names(withData)).toEqual([
      'places',
      'casework',
      'assembly',
      'owso',
      'citizens-office',
      'constituency',
      'watch',
      'ministry',
    ]);
  });

  it('keeps the manifests’ order where nothing is named, and moves a module after those it names', () => {
    expect(names(inDataOrder([manifest('a', ['c']), manifest('b'), manifest('c')]))).toEqual(['b', 'c', 'a']);
  });

  it('refuses a module that is not loaded, and modules that name each other in a circle', () => {
    expect(() => inDataOrder([manifest('a', ['missing'])])).toThrow(/missing/);
    expect(() => inDataOrder([manifest('a', ['b']), manifest('b', ['a'])])).toThrow(/circle/);
  });
});

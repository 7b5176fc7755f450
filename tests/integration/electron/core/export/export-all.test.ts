// 导出全部图谱 on the demo workspace: one PNG per chain and cluster, written whole or not at all —
// a cancel stops between (or during) pictures and leaves only complete files, a size that one map
// cannot take refuses the whole batch before anything is written, and a second run replaces the files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { batchEntries, exportAllMaps } from '../../../../../electron/core/export/export-all.js';
import {
  loadSceneSource,
  type SceneSource,
} from '../../../../../electron/core/export/map-scene.js';
import { closeWorkspace, openWorkspace } from '../../../../../electron/core/services/workspace.js';
import { pngSize } from '../../../../support/png-stats.js';

let dir: string;
let src: SceneSource;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-export-all-'));
  const ws = openWorkspace(join(dir, 'demo.chainatlas'));
  seedDemoWorkspace(ws.db);
  src = loadSceneSource(ws, new Date(2026, 0, 2));
  closeWorkspace(ws);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('export all maps', () => {
  it('names one file per chain and per cluster, dated, without clashes', () => {
    const entries = batchEntries(src, 'png');
    expect(entries).toHaveLength(10);
    expect(new Set(entries.map((e) => e.fileName)).size).toBe(10);
    expect(entries[0]?.fileName).toBe('产业链-高端装备-工程机械-2026-01-02.png');
  });

  it('stops when cancelled and leaves only whole pictures', async () => {
    const out = join(dir, 'cancelled');
    const controller = new AbortController();
    const phases: string[] = [];
    const result = await exportAllMaps(
      src,
      { format: 'png', scale: 1 },
      { kind: 'folder', dir: out },
      (p) => {
        phases.push(`${p.phase}:${String(p.done)}/${String(p.total)}`);
        if (p.done === 2 && p.phase === 'render') controller.abort();
      },
      controller.signal,
    );
    expect(result.cancelled).toBe(true);
    expect(result.files.length).toBeGreaterThanOrEqual(2);
    expect(result.files.length).toBeLessThan(10);
    expect(phases).toContain('layout:0/10');
    const files = readdirSync(out);
    expect(files.sort()).toEqual([...result.files].sort());
    for (const f of files) expect(pngSize(readFileSync(join(out, f))).width).toBeGreaterThan(200);
  });

  it('refuses a width one of the maps cannot take before writing anything', async () => {
    // The demo's maps are all landscape and take any allowed width; a chain with a very long upstream
    // list is drawn tall, and at 16,000 px wide it would exceed the pixel limit.
    const ws = openWorkspace(join(dir, 'tall.chainatlas'));
    seedDemoWorkspace(ws.db);
    const clusterId = ws.db.prepare('SELECT min(id) FROM cluster').pluck().get() as number;
    const chainId = ws.db
      .prepare("INSERT INTO chain (cluster_id, name) VALUES (?, '长清单链') RETURNING id")
      .pluck()
      .get(clusterId) as number;
    const add = ws.db.prepare(
      "INSERT INTO segment (chain_id, name, stage, sort_order) VALUES (?, ?, 'upstream', ?)",
    );
    for (let i = 0; i < 400; i++) add.run(chainId, `原料${String(i)}`, i);
    const tall = loadSceneSource(ws, new Date(2026, 0, 2));
    closeWorkspace(ws);
    const out = join(dir, 'too-big');
    await expect(
      exportAllMaps(tall, { format: 'png', width: 16_000 }, { kind: 'folder', dir: out }),
    ).rejects.toThrow(/过大|超出/);
    expect(existsSync(out)).toBe(false);
  });

  it('a second run into the same folder replaces the pictures instead of adding copies', async () => {
    const out = join(dir, 'twice');
    const options = { format: 'svg' as const };
    const first = await exportAllMaps(src, options, { kind: 'folder', dir: out });
    const second = await exportAllMaps(src, options, { kind: 'folder', dir: out });
    expect(second.files).toEqual(first.files);
    expect(readdirSync(out).sort()).toEqual([...first.files].sort());
  });

  it('into a zip: all pictures in one archive, nothing on disk', async () => {
    const result = await exportAllMaps(src, { format: 'svg' }, { kind: 'zip' });
    expect(result.zip?.subarray(0, 2).toString()).toBe('PK');
    expect(result.files).toHaveLength(10);
  });
});

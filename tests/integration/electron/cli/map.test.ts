// `map` and `report --format html` on a demo workspace, as a user runs them: PNG and SVG of a chain,
// every map at once into a folder or a zip, and the refusals (unknown chain, too wide, nowhere to
// write) that must leave nothing behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../electron/cli/main.js';
import { seedDemoWorkspace } from '../../../../electron/core/demo/seed-demo.js';
import { closeWorkspace, openWorkspace } from '../../../../electron/core/services/workspace.js';
import { pngSize, pngStats } from '../../../support/png-stats.js';

let dir: string;
let db: string;
const EVIL = '<script>alert("x")</script> & 合作社';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-cli-map-'));
  db = join(dir, 'demo.chainatlas');
  const ws = openWorkspace(db);
  seedDemoWorkspace(ws.db);
  // A local firm with a hostile name mapped into the 钢材 segment of 工程机械.
  const seg = ws.db.prepare(`SELECT id FROM segment WHERE name = '钢材'`).get() as { id: number };
  const id = Number(
    ws.db.prepare(`INSERT INTO enterprise (name, is_local) VALUES (?, 1)`).run(EVIL)
      .lastInsertRowid,
  );
  ws.db
    .prepare(
      `INSERT INTO enterprise_segment (enterprise_id, segment_id, status) VALUES (?, ?, 'confirmed')`,
    )
    .run(id, seg.id);
  closeWorkspace(ws);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const fresh = (name: string): string => mkdtempSync(join(dir, `${name}-`));

describe('cli map', () => {
  it('draws one chain as a PNG of the asked width with Chinese text in ink', async () => {
    const out = join(fresh('png'), '工程机械.png');
    const c = capture();
    expect(
      await runCli(
        ['map', '--db', db, '--chain', '工程机械', '--out', out, '--width', '2400', '--json'],
        c.io,
      ),
    ).toBe(0);
    const png = readFileSync(out);
    expect(pngSize(png).width).toBe(2400);
    const stats = pngStats(png, 2);
    expect(stats.inked).toBeGreaterThan(0.05);
    expect(stats.black).toBeLessThan(0.05);
    expect(stats.colours).toBeGreaterThan(20);
    // not cut: ink reaches the lower third (legend and note) as well as the top
    expect(stats.thirds[0]).toBeGreaterThan(0.1);
    expect(stats.thirds[2]).toBeGreaterThan(0.05);
    const result = JSON.parse(c.out[0] ?? '{}') as { width: number; missing: string[] };
    expect(result).toMatchObject({ width: 2400, missing: [] });
  });

  it('writes SVG with the names as escaped, editable text', async () => {
    const out = join(fresh('svg'), 'map.svg');
    expect(
      await runCli(['map', '--db', db, '--chain', '高端装备/工程机械', '--out', out], capture().io),
    ).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/<text[^>]*>工程机械 产业链图谱<\/text>/);
    expect(svg).toMatch(/<text[^>]*>[^<]*钢材[^<]*<\/text>/);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('draws a cluster panorama with every chain of the cluster, and the overview', async () => {
    const folder = fresh('cluster');
    const svgOut = join(folder, 'cluster.svg');
    expect(
      await runCli(['map', '--db', db, '--cluster', '高端装备', '--out', svgOut], capture().io),
    ).toBe(0);
    const svg = readFileSync(svgOut, 'utf8');
    expect(svg).toContain('>高端装备 产业集群全景图</text>');
    expect(svg).toMatch(/<text[^>]*>工程机械<\/text>/);
    expect(svg).toMatch(/<text[^>]*>矿山与专用装备<\/text>/);
    const pngOut = join(folder, 'cluster.png');
    expect(
      await runCli(
        ['map', '--db', db, '--cluster', '高端装备', '--out', pngOut, '--scale', '1'],
        capture().io,
      ),
    ).toBe(0);
    expect(pngStats(readFileSync(pngOut), 2).inked).toBeGreaterThan(0.05);
    const overview = join(folder, 'overview.svg');
    expect(await runCli(['map', '--db', db, '--overview', '--out', overview], capture().io)).toBe(
      0,
    );
    expect(readFileSync(overview, 'utf8')).toMatch(/<text[^>]*>医养健康<\/text>/);
    const unknown = capture();
    expect(
      await runCli(
        ['map', '--db', db, '--cluster', '航空航天', '--out', join(folder, 'x.png')],
        unknown.io,
      ),
    ).toBe(1);
    expect(unknown.err.join('\n')).toContain('高端装备');
  });

  it('lists the chains that exist for an unknown name, and writes nothing', async () => {
    const folder = fresh('unknown');
    const c = capture();
    expect(
      await runCli(
        ['map', '--db', db, '--chain', '不存在的链', '--out', join(folder, 'x.png')],
        c.io,
      ),
    ).toBe(1);
    expect(c.err.join('\n')).toContain('高端装备/工程机械');
    expect(c.err.join('\n')).toContain('医养健康/疫苗');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a width past the maximum and an unwritable path, writing nothing', async () => {
    const folder = fresh('refuse');
    const wide = capture();
    expect(
      await runCli(
        ['map', '--db', db, '--chain', '疫苗', '--out', join(folder, 'x.png'), '--width', '40000'],
        wide.io,
      ),
    ).toBe(1);
    expect(wide.err.join('\n')).toMatch(/40000.*16384/);
    const allWide = capture();
    expect(
      await runCli(
        ['map', '--db', db, '--all', '--out', join(folder, 'all'), '--width', '99999'],
        allWide.io,
      ),
    ).toBe(1);
    // a path under a regular file cannot be a folder
    writeFileSync(join(folder, 'file'), 'x');
    const bad = capture();
    expect(
      await runCli(
        ['map', '--db', db, '--chain', '疫苗', '--out', join(folder, 'file', 'x.png')],
        bad.io,
      ),
    ).toBe(1);
    expect(bad.err.join('\n')).toContain('输出目录不存在');
    expect(readdirSync(folder)).toEqual(['file']);
  });

  it('--all writes one picture per chain and per cluster into a folder, no temporary files left', async () => {
    const folder = join(fresh('all'), '图谱');
    const c = capture();
    expect(
      await runCli(['map', '--db', db, '--all', '--out', folder, '--scale', '1', '--json'], c.io),
    ).toBe(0);
    const files = readdirSync(folder).sort();
    // 6 chains and 4 clusters of the demo
    expect(files).toHaveLength(10);
    expect(files.some((f) => f.startsWith('产业链-高端装备-工程机械-'))).toBe(true);
    expect(files.some((f) => f.startsWith('产业集群-医养健康-'))).toBe(true);
    expect(files.every((f) => f.endsWith('.png'))).toBe(true);
    for (const f of files)
      expect(pngStats(readFileSync(join(folder, f)), 3).inked).toBeGreaterThan(0.03);
  });

  it('--all into a .zip holds the same pictures (SVG here)', async () => {
    const out = join(fresh('zip'), 'maps.zip');
    expect(
      await runCli(['map', '--db', db, '--all', '--out', out, '--format', 'svg'], capture().io),
    ).toBe(0);
    const entries = unzipSync(readFileSync(out));
    const names = Object.keys(entries);
    expect(names).toHaveLength(10);
    const vaccine = names.find((n) => n.includes('疫苗')) ?? '';
    expect(new TextDecoder().decode(entries[vaccine])).toContain('>疫苗 产业链图谱</text>');
  });
});

describe('cli report --format html', () => {
  it('writes one self-contained page with the map, states, formulas and targets', async () => {
    const out = join(fresh('html'), 'report.html');
    expect(
      await runCli(
        ['report', '--db', db, '--format', 'html', '--chain', '工程机械', '--out', out],
        capture().io,
      ),
    ).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('完整度 = 非缺链的末级环节');
    expect(html).toContain('本地配套率（按条数）=');
    expect(html).toContain('招商目标清单');
    expect(html).toMatch(/size: A4 landscape/);
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps the xlsx report as the default and asks for a chain or cluster for html', async () => {
    const folder = fresh('html-bad');
    const c = capture();
    expect(
      await runCli(
        ['report', '--db', db, '--format', 'html', '--out', join(folder, 'r.html')],
        c.io,
      ),
    ).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
  });
});

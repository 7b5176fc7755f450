// The CLI over a demo workspace: `gaps --json` spawned for real (as a user runs it), `--chain` filtering
// and its refusal, and `report` writing an .xlsx that is read back with SheetJS (its sheets, title row, Chinese
// headers, a formula-like firm name neutralised).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../electron/cli/main.js';
import { seedDemoWorkspace } from '../../../../electron/core/demo/seed-demo.js';
import { closeWorkspace, openWorkspace } from '../../../../electron/core/services/workspace.js';

const run = promisify(execFile);
const EVIL = '=HYPERLINK("http://example.invalid","点我")';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-cli-gaps-'));
  db = join(dir, 'demo.db');
  const ws = openWorkspace(db);
  seedDemoWorkspace(ws.db);
  // An outside firm with a formula-like name supplying a local buyer in the engine segment (a gap).
  const seg = ws.db.prepare(`SELECT id FROM segment WHERE name = '发动机'`).get() as { id: number };
  const buyer = ws.db
    .prepare(`SELECT id FROM enterprise WHERE is_local = 1 AND name LIKE '%小松%' LIMIT 1`)
    .get() as { id: number };
  const evil = Number(
    ws.db.prepare(`INSERT INTO enterprise (name, is_local) VALUES (?, 0)`).run(EVIL)
      .lastInsertRowid,
  );
  ws.db
    .prepare(
      `INSERT INTO supply_link (supplier_id, buyer_id, segment_id, amount) VALUES (?, ?, ?, 1)`,
    )
    .run(evil, buyer.id, seg.id);
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

type GapsJson = {
  chains: {
    name: string;
    coverage: { covered: number; total: number; rate: number };
    localRate: { byCount: number | null; byAmount: number | null; linksMissingAmount: number };
    segments: {
      name: string;
      state: string;
      rule: { code: string; zh: string; en: string };
      localFirmCount: number;
      targets: { rank: number; name: string; localBuyerCount: number }[];
    }[];
  }[];
};

describe('gaps', () => {
  it('prints every leaf segment with state, rule, local count and targets (spawned via tsx)', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/index.ts', 'gaps', '--db', db, '--json'],
      { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 },
    );
    const doc = JSON.parse(stdout) as GapsJson;
    const leafCount = doc.chains.reduce((n, c) => n + c.segments.length, 0);
    expect(leafCount).toBeGreaterThan(30);
    for (const c of doc.chains) {
      const covered = c.segments.filter((s) => s.state !== 'missing').length;
      expect(c.coverage).toMatchObject({ covered, total: c.segments.length });
      expect(c.localRate.byCount).not.toBeNull();
      for (const s of c.segments) {
        expect(['missing', 'broken', 'weak', 'strong']).toContain(s.state);
        expect(s.rule.code.startsWith(`${s.state}.`)).toBe(true);
        expect(s.state === 'missing').toBe(s.localFirmCount === 0);
        if (s.state === 'strong') expect(s.targets).toEqual([]);
      }
    }
    const engine = doc.chains
      .find((c) => c.name === '工程机械')
      ?.segments.find((s) => s.name === '发动机');
    expect(engine?.state).toBe('missing');
    expect(engine?.targets.map((t) => t.name)).toContain(EVIL); // JSON is data, not a spreadsheet
  });

  it('--chain keeps one chain; an unknown chain is refused with exit 1', async () => {
    const ok = capture();
    expect(await runCli(['gaps', '--db', db, '--chain', '疫苗', '--json'], ok.io)).toBe(0);
    const doc = JSON.parse(ok.out.join('')) as GapsJson;
    expect(doc.chains.map((c) => c.name)).toEqual(['疫苗']);
    const bad = capture();
    expect(await runCli(['gaps', '--db', db, '--chain', '不存在'], bad.io)).toBe(1);
    expect(bad.err.join('')).toContain('没有名为「不存在」的产业链');
    expect(await runCli(['gaps', '--json'], capture().io)).toBe(2);
  });

  it('prints a readable Chinese table without --json', async () => {
    const c = capture();
    expect(await runCli(['gaps', '--db', db, '--chain', '工程机械'], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('■ 工程机械');
    expect(text).toMatch(/缺链\s+0\s+核心零部件\/发动机/);
    expect(text).toContain('本地配套率：按条数');
  });
});

describe('report', () => {
  it('writes summary, gaps, targets, leads and per-chain sheets under a title row, text neutralised', async () => {
    const out = join(dir, '报告.xlsx');
    const c = capture();
    expect(await runCli(['report', '--db', db, '--out', out], c.io)).toBe(0);
    const wb = XLSX.read(readFileSync(out), { type: 'buffer', cellFormula: true });
    expect(wb.SheetNames.slice(0, 4)).toEqual(['汇总', '缺口', '招商目标', '招商线索']);
    expect(wb.SheetNames.slice(4).every((n) => n.startsWith('目标企业-'))).toBe(true);
    const rows = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name] ?? {}, { header: 1, defval: null });
    // Row 1 is the title (workspace · clusters · date), row 2 the headers.
    expect(String(rows('汇总')[0]?.[0])).toMatch(/^招商分析报告 · 汇总 — .+ · 覆盖集群：/);
    expect(rows('汇总')[1]?.slice(0, 3)).toEqual(['类型', '名称', '所属集群']);
    expect(rows('缺口')[1]?.slice(0, 5)).toEqual(['集群', '产业链', '环节', '阶段', '状态']);
    expect(rows('招商目标')[1]?.[6]).toBe('目标企业');
    const gapRows = rows('缺口').slice(2);
    expect(gapRows.some((r) => r[2] === '核心零部件 / 发动机' && r[4] === '缺链')).toBe(true);
    const targets = rows('招商目标').slice(2);
    expect(targets.map((r) => r[6])).toContain(`'${EVIL}`);
    // no cell anywhere is a formula
    for (const name of wb.SheetNames) {
      const sheet = wb.Sheets[name] ?? {};
      const formulas = Object.entries(sheet).filter(
        ([k, v]) => !k.startsWith('!') && (v as XLSX.CellObject).f !== undefined,
      );
      expect(formulas).toEqual([]);
    }
    // frozen title and header rows and column widths on every sheet (read from the sheet XML in the zip)
    // SheetJS ships its zip reader untyped; this is the slice of it used here.
    const CFB = XLSX.CFB as unknown as {
      read(data: Buffer, o: { type: 'buffer' }): unknown;
      find(zip: unknown, path: string): { content: Uint8Array } | null;
    };
    const zip = CFB.read(readFileSync(out), { type: 'buffer' });
    for (const i of [1, 2, 3]) {
      const entry = CFB.find(zip, `/xl/worksheets/sheet${String(i)}.xml`);
      const xml = Buffer.from(entry?.content ?? new Uint8Array()).toString('utf8');
      expect(xml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
      expect(xml).toMatch(/<col [^>]*width="/);
    }
  });

  it('refuses an --out that is not .xlsx (usage, exit 2) and a missing workspace (exit 1)', async () => {
    expect(await runCli(['report', '--db', db, '--out', join(dir, 'x.csv')], capture().io)).toBe(2);
    expect(
      await runCli(
        ['report', '--db', join(dir, 'nope.db'), '--out', join(dir, 'x.xlsx')],
        capture().io,
      ),
    ).toBe(1);
  });
});

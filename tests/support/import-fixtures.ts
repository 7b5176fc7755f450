// Test support for the importer: temp workspaces, a comparable dump of a workspace's contents
// (names instead of ids), and a tiny zip writer for hand-made hostile .xlsx files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

import type Database from 'better-sqlite3';

import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../electron/core/services/workspace.js';

export const IMPORT_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
export const fixture = (name: string): { name: string; bytes: Buffer } => ({
  name,
  bytes: readFileSync(join(IMPORT_FIXTURES, name)),
});

/** A CSV file as the import receives it: UTF-8 with the BOM Excel writes. */
export const csv = (name: string, text: string): { name: string; bytes: Buffer } => ({
  name,
  bytes: Buffer.from(`\uFEFF${text}`, 'utf8'),
});

export type TempWorkspace = { ws: Workspace; dir: string; file: string; dispose(): void };

export function tempWorkspace(): TempWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-import-'));
  const file = join(dir, 'ws.sqlite');
  const ws = openWorkspace(file);
  return {
    ws,
    dir,
    file,
    dispose() {
      if (ws.db.open) closeWorkspace(ws);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every entity with references spelled out as names, sorted: equal dumps = same contents. */
export function dumpContents(db: Database.Database): Record<string, unknown[]> {
  const q = (sql: string): unknown[] =>
    (db.prepare(sql).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
  const segPath = `(WITH RECURSIVE p(id, parent_id, path) AS (SELECT id, parent_id, name FROM segment WHERE id = X
      UNION ALL SELECT s.id, s.parent_id, s.name || '/' || p.path FROM segment s JOIN p ON s.id = p.parent_id)
      SELECT (SELECT name FROM chain WHERE id = (SELECT chain_id FROM segment WHERE id = X)) || '/' || path FROM p WHERE parent_id IS NULL)`;
  const seg = (col: string): string => segPath.replaceAll('X', col);
  return {
    clusters: q('SELECT name, color FROM cluster'),
    chains: q(
      'SELECT cl.name, c.name, c.owner, c.description FROM chain c JOIN cluster cl ON cl.id = c.cluster_id',
    ),
    segments: q(`SELECT ${seg('s.id')}, stage, is_key, target_count FROM segment s`),
    enterprises:
      q(`SELECT name, uscc, is_local, province, city, country, park, grid, responsible_person, ownership, investor_country,
      is_above_scale, tags, revenue, employees, founded, main_products, status FROM enterprise`),
    mappings:
      q(`SELECT e.name, ${seg('m.segment_id')}, m.is_primary, m.status FROM enterprise_segment m JOIN enterprise e ON e.id = m.enterprise_id
      WHERE m.status <> 'rejected'`),
    links:
      q(`SELECT a.name, b.name, l.product, ${seg('l.segment_id')}, l.amount, l.share, l.source, l.year_from, l.year_to
      FROM supply_link l JOIN enterprise a ON a.id = l.supplier_id JOIN enterprise b ON b.id = l.buyer_id`),
    leads:
      q(`SELECT l.target_name, e.name, ${seg('l.segment_id')}, l.stage, l.owner, l.next_step, l.next_date, l.notes
      FROM lead l LEFT JOIN enterprise e ON e.id = l.enterprise_id`),
  };
}

/** A minimal zip (deflate) of the given entries, with honest sizes in the central directory. */
export function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = Object.keys(entries).length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const col = (i: number): string => String.fromCharCode(65 + i);

/** A one-sheet .xlsx with inline strings, a chosen <dimension>, and optional padding inside the sheet XML. */
export function handMadeXlsx(
  rows: string[][],
  options: { dimension?: string; padding?: number } = {},
): Buffer {
  const sheetRows = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r.map((v, ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  const pad = options.padding ? ' '.repeat(options.padding) : '';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}">${options.dimension ? `<dimension ref="${options.dimension}"/>` : ''}<sheetData>${sheetRows}</sheetData>${pad}</worksheet>`,
  });
}

/** Rewrites the declared uncompressed size of one entry (local header and central directory): a lying zip. */
export function lieAboutSize(zipBytes: Buffer, entry: string, declared: number): Buffer {
  const out = Buffer.from(zipBytes);
  const name = Buffer.from(entry, 'utf8');
  for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
    if (at >= 30 && out.readUInt32LE(at - 30) === 0x04034b50)
      out.writeUInt32LE(declared, at - 30 + 22);
    if (at >= 46 && out.readUInt32LE(at - 46) === 0x02014b50)
      out.writeUInt32LE(declared, at - 46 + 24);
  }
  return out;
}

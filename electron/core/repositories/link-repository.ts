// SQL for supply links (supplier → buyer).
import type Database from 'better-sqlite3';

import type { SupplyLink } from '../../../shared/domain/schemas.js';
import type { LinkWithFirm } from '../../../shared/ipc/contract.js';
import type { NamedLink } from '../../../shared/ipc/link-edit-contract.js';
import { linkColumns, LINK_WIDTH, toLink, type LinkTuple } from './row-mappers.js';

/** Every link (the analysis loads them all). */
export function listLinks(db: Database.Database): SupplyLink[] {
  const rows = db.prepare(`SELECT ${linkColumns()} FROM supply_link ORDER BY id`).raw(true).all();
  return (rows as LinkTuple[]).map(toLink);
}

/** Links with at least one end among the given firms. */
export function listLinksTouching(db: Database.Database, ids: readonly number[]): SupplyLink[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `WITH ids(id) AS (SELECT value FROM json_each(?))
       SELECT ${linkColumns()} FROM supply_link WHERE supplier_id IN ids OR buyer_id IN ids ORDER BY id`,
    )
    .raw(true)
    .all(JSON.stringify(ids)) as LinkTuple[];
  return rows.map(toLink);
}

/** Suppliers (side = 'buyer': links where the firm buys) or buyers of one firm, with the other firm. */
export function linksOfEnterprise(
  db: Database.Database,
  id: number,
  side: 'suppliers' | 'buyers',
): LinkWithFirm[] {
  const [self, other] =
    side === 'suppliers' ? ['buyer_id', 'supplier_id'] : ['supplier_id', 'buyer_id'];
  const rows = db
    .prepare(
      `SELECT ${linkColumns('l')}, e.id, e.name, e.is_local, s.name
         FROM supply_link l JOIN enterprise e ON e.id = l.${other}
         LEFT JOIN segment s ON s.id = l.segment_id
        WHERE l.${self} = ? ORDER BY l.amount IS NULL, l.amount DESC, e.name`,
    )
    .raw(true)
    .all(id) as [...LinkTuple, number, string, number, string | null][];
  const at = LINK_WIDTH;
  return rows.map((r) => ({
    ...toLink(r as unknown as LinkTuple),
    firm: { id: r[at], name: r[at + 1] as string, isLocal: r[at + 2] === 1 },
    segmentName: r[at + 3] as string | null,
  }));
}

export function insertLink(db: Database.Database, l: Omit<SupplyLink, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO supply_link (supplier_id, buyer_id, product, segment_id, amount, share, source, year_from, year_to)
         VALUES (@supplierId, @buyerId, @product, @segmentId, @amount, @share, @source, @yearFrom, @yearTo)`,
      )
      .run(l).lastInsertRowid,
  );
}

export function getLink(db: Database.Database, id: number): SupplyLink | undefined {
  const row = db
    .prepare(`SELECT ${linkColumns()} FROM supply_link WHERE id = ?`)
    .raw(true)
    .get(id) as LinkTuple | undefined;
  return row && toLink(row);
}

/** Replaces every field of a link; false when there is no such link. */
export function updateLink(db: Database.Database, l: SupplyLink): boolean {
  return (
    db
      .prepare(
        `UPDATE supply_link SET supplier_id = @supplierId, buyer_id = @buyerId, product = @product,
           segment_id = @segmentId, amount = @amount, share = @share, source = @source,
           year_from = @yearFrom, year_to = @yearTo
         WHERE id = @id`,
      )
      .run(l).changes > 0
  );
}

export function deleteLink(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM supply_link WHERE id = ?').run(id).changes > 0;
}

/**
 * Links between the same supplier and buyer in the same segment (no segment matches no segment),
 * other than `exceptId`, with the names a person knows them by.
 */
export function sameLinks(
  db: Database.Database,
  l: { supplierId: number; buyerId: number; segmentId: number | null },
  exceptId: number | null,
): NamedLink[] {
  const rows = db
    .prepare(
      `SELECT ${linkColumns('l')}, s.name, b.name, g.name
         FROM supply_link l
         JOIN enterprise s ON s.id = l.supplier_id
         JOIN enterprise b ON b.id = l.buyer_id
         LEFT JOIN segment g ON g.id = l.segment_id
        WHERE l.supplier_id = ? AND l.buyer_id = ? AND l.segment_id IS ? AND l.id IS NOT ?
        ORDER BY l.id`,
    )
    .raw(true)
    .all(l.supplierId, l.buyerId, l.segmentId, exceptId) as [
    ...LinkTuple,
    string,
    string,
    string | null,
  ][];
  const at = LINK_WIDTH;
  return rows.map((r) => ({
    ...toLink(r as unknown as LinkTuple),
    supplierName: r[at],
    buyerName: r[at + 1] as string,
    segmentName: r[at + 2] as string | null,
  }));
}

// SQL for supply links (supplier → buyer) and leads.
import type Database from 'better-sqlite3';

import type { Lead, SupplyLink } from '../../../shared/domain/schemas.js';
import type { LinkWithFirm } from '../../../shared/ipc/contract.js';
import { toLead, toLink, type LeadRecord, type LinkRecord } from './row-mappers.js';

export function listLinks(db: Database.Database): SupplyLink[] {
  return (db.prepare('SELECT * FROM supply_link ORDER BY id').all() as LinkRecord[]).map(toLink);
}

/** Links with at least one end among the given firms. */
export function listLinksTouching(db: Database.Database, ids: readonly number[]): SupplyLink[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `WITH ids(id) AS (SELECT value FROM json_each(?))
       SELECT * FROM supply_link WHERE supplier_id IN ids OR buyer_id IN ids ORDER BY id`,
    )
    .all(JSON.stringify(ids)) as LinkRecord[];
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
      `SELECT l.*, e.id AS firm_id, e.name AS firm_name, e.is_local AS firm_local, s.name AS segment_name
         FROM supply_link l JOIN enterprise e ON e.id = l.${other}
         LEFT JOIN segment s ON s.id = l.segment_id
        WHERE l.${self} = ? ORDER BY l.amount IS NULL, l.amount DESC, e.name`,
    )
    .all(id) as (LinkRecord & {
    firm_id: number;
    firm_name: string;
    firm_local: number;
    segment_name: string | null;
  })[];
  return rows.map((r) => ({
    ...toLink(r),
    firm: { id: r.firm_id, name: r.firm_name, isLocal: r.firm_local === 1 },
    segmentName: r.segment_name,
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

export function listLeads(db: Database.Database, enterpriseId?: number): Lead[] {
  const rows =
    enterpriseId === undefined
      ? db.prepare('SELECT * FROM lead ORDER BY id').all()
      : db.prepare('SELECT * FROM lead WHERE enterprise_id = ? ORDER BY id').all(enterpriseId);
  return (rows as LeadRecord[]).map(toLead);
}

export function insertLead(
  db: Database.Database,
  l: Omit<Lead, 'id' | 'createdAt' | 'updatedAt'>,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO lead (enterprise_id, target_name, segment_id, stage, owner, next_step, next_date, notes)
         VALUES (@enterpriseId, @targetName, @segmentId, @stage, @owner, @nextStep, @nextDate, @notes)`,
      )
      .run(l).lastInsertRowid,
  );
}

// SQL a merge of two firm records needs beyond the single-firm statements: every link of a firm,
// rewriting or deleting one link, moving leads, and repointing remembered import answers.
import type Database from 'better-sqlite3';

import type { SupplyLink } from '../../../shared/domain/schemas.js';
import { linkColumns, toLink, type LinkTuple } from './row-mappers.js';

/** The firm's links at either end, oldest first. */
export function linksOfFirm(db: Database.Database, id: number): SupplyLink[] {
  const rows = db
    .prepare(
      `SELECT ${linkColumns()} FROM supply_link WHERE supplier_id = ? OR buyer_id = ? ORDER BY id`,
    )
    .raw(true)
    .all(id, id) as LinkTuple[];
  return rows.map(toLink);
}

export function updateLinkRow(db: Database.Database, l: SupplyLink): void {
  db.prepare(
    `UPDATE supply_link SET supplier_id = @supplierId, buyer_id = @buyerId, product = @product,
       segment_id = @segmentId, amount = @amount, share = @share, source = @source,
       year_from = @yearFrom, year_to = @yearTo
     WHERE id = @id`,
  ).run(l);
}

export function deleteLinkRow(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM supply_link WHERE id = ?').run(id);
}

/** Moves every lead of one firm to another; answers how many moved. */
export function moveLeads(db: Database.Database, from: number, to: number): number {
  return db
    .prepare(
      `UPDATE lead SET enterprise_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE enterprise_id = ?`,
    )
    .run(to, from).changes;
}

/** Remembered "this row is that firm" answers of the importer follow the firm into the survivor. */
export function repointDecisions(db: Database.Database, from: number, to: number): void {
  db.prepare('UPDATE import_match_decision SET enterprise_id = ? WHERE enterprise_id = ?').run(
    to,
    from,
  );
}

/** Remembers that rows with this decision key are the given firm (as the import's answer would). */
export function rememberDecision(db: Database.Database, key: string, id: number): void {
  db.prepare(
    `INSERT INTO import_match_decision (name_key, enterprise_id) VALUES (?, ?)
      ON CONFLICT (name_key) DO UPDATE SET enterprise_id = excluded.enterprise_id,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(key, id);
}

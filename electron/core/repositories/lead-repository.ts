// SQL for leads (招商线索): the lead rows with their segment, chain and firm in one query, inserts,
// field-by-field updates and deletes. The import writes its lead rows with its own prepared batch.
import type Database from 'better-sqlite3';

import type { Lead } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';
import { leadColumns, LEAD_WIDTH, toLead, type LeadTuple } from './row-mappers.js';

export type LeadFilter = {
  id?: number | undefined;
  segmentId?: number | undefined;
  enterpriseId?: number | undefined;
};

/** Leads of one firm (or all), oldest first, as the analysis and the firm's detail read them. */
export function listLeads(db: Database.Database, enterpriseId?: number): Lead[] {
  const rows = db
    .prepare(
      `SELECT ${leadColumns()} FROM lead WHERE @enterpriseId IS NULL OR enterprise_id = @enterpriseId ORDER BY id`,
    )
    .raw(true)
    .all({ enterpriseId: enterpriseId ?? null }) as LeadTuple[];
  return rows.map(toLead);
}

export function getLead(db: Database.Database, id: number): Lead | undefined {
  const row = db.prepare(`SELECT ${leadColumns()} FROM lead WHERE id = ?`).raw(true).get(id) as
    LeadTuple | undefined;
  return row && toLead(row);
}

/** The lead list as the pipeline shows it, most recently changed first: one query for any length. */
export function listLeadRows(db: Database.Database, filter: LeadFilter = {}): LeadRow[] {
  const rows = db
    .prepare(
      `SELECT ${leadColumns('l')}, s.name, ch.id, ch.name, e.is_local
         FROM lead l LEFT JOIN segment s ON s.id = l.segment_id LEFT JOIN chain ch ON ch.id = s.chain_id
         LEFT JOIN enterprise e ON e.id = l.enterprise_id
        WHERE (@id IS NULL OR l.id = @id)
          AND (@segmentId IS NULL OR l.segment_id = @segmentId)
          AND (@enterpriseId IS NULL OR l.enterprise_id = @enterpriseId)
        ORDER BY l.updated_at DESC, l.id DESC`,
    )
    .raw(true)
    .all({
      id: filter.id ?? null,
      segmentId: filter.segmentId ?? null,
      enterpriseId: filter.enterpriseId ?? null,
    }) as [...LeadTuple, string | null, number | null, string | null, number | null][];
  const at = LEAD_WIDTH;
  return rows.map((r) => {
    const isLocal = r[at + 3] as number | null;
    return {
      ...toLead(r as unknown as LeadTuple),
      segmentName: r[at],
      chainId: r[at + 1] as number | null,
      chainName: r[at + 2] as string | null,
      enterpriseIsLocal: isLocal === null ? null : isLocal === 1,
    };
  });
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

export type LeadPatch = Partial<
  Pick<Lead, 'stage' | 'owner' | 'nextStep' | 'nextDate' | 'notes' | 'segmentId' | 'targetName'>
>;

const LEAD_COLUMNS: Record<keyof LeadPatch, string> = {
  stage: 'stage',
  owner: 'owner',
  nextStep: 'next_step',
  nextDate: 'next_date',
  notes: 'notes',
  segmentId: 'segment_id',
  targetName: 'target_name',
};

/** Updates the given fields only; column names come from the whitelist above, never from input. */
export function updateLead(db: Database.Database, id: number, patch: LeadPatch): void {
  const fields = (Object.keys(LEAD_COLUMNS) as (keyof LeadPatch)[]).filter(
    (k) => patch[k] !== undefined,
  );
  if (fields.length === 0) return;
  const sets = fields.map((k) => `${LEAD_COLUMNS[k]} = @${k}`).join(', ');
  db.prepare(
    `UPDATE lead SET ${sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  ).run({ ...Object.fromEntries(fields.map((k) => [k, patch[k]])), id });
}

/** Removes one lead; true when it existed. */
export const deleteLead = (db: Database.Database, id: number): boolean =>
  db.prepare('DELETE FROM lead WHERE id = ?').run(id).changes > 0;

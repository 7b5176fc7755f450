// Writes in-memory workspace rows (tests/support/willems.ts, synthetic-workspace.ts) into an open,
// migrated database with their ids, for the benchmarks that measure SQLite-backed work.
import type Database from 'better-sqlite3';

import type { WorkspaceData } from '../../shared/domain/workspace-data.js';

/** Writes workspace rows into an open, migrated database, keeping their ids. */
export function writeData(db: Database.Database, d: WorkspaceData): void {
  const run = (sql: string, rows: readonly Record<string, unknown>[]) => {
    const st = db.prepare(sql);
    for (const r of rows) st.run(r);
  };
  db.transaction(() => {
    run(
      'INSERT INTO cluster (id, name, color, sort_order) VALUES (@id, @name, @color, @sortOrder)',
      d.clusters,
    );
    run(
      'INSERT INTO chain (id, cluster_id, name, sort_order) VALUES (@id, @clusterId, @name, @sortOrder)',
      d.chains,
    );
    run(
      `INSERT INTO segment (id, chain_id, parent_id, name, stage, is_key, target_count, sort_order)
       VALUES (@id, @chainId, @parentId, @name, @stage, @isKey, @targetCount, @sortOrder)`,
      d.segments.map((s) => ({ ...s, isKey: s.isKey ? 1 : 0 })),
    );
    run(
      `INSERT INTO enterprise (id, name, is_local, is_above_scale, tags) VALUES (@id, @name, @isLocal, @isAboveScale, @tags)`,
      d.enterprises.map((e) => ({
        id: e.id,
        name: e.name,
        isLocal: e.isLocal ? 1 : 0,
        isAboveScale: e.isAboveScale ? 1 : 0,
        tags: JSON.stringify(e.tags),
      })),
    );
    run(
      `INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status) VALUES (@enterpriseId, @segmentId, 1, @status)`,
      d.mappings,
    );
    run(
      `INSERT INTO supply_link (id, supplier_id, buyer_id, segment_id, amount) VALUES (@id, @supplierId, @buyerId, @segmentId, @amount)`,
      d.links,
    );
  })();
}

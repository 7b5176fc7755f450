// SQL for clusters, parks, chains and segments (the chain templates).
import type Database from 'better-sqlite3';

import type { Chain, Cluster, Segment } from '../../../shared/domain/schemas.js';
import { toChain, toSegment, type ChainRecord, type SegmentRecord } from './row-mappers.js';

type ClusterRecord = {
  id: number;
  name: string;
  color: string;
  sort_order: number;
  parks: string | null;
};

export function listClusters(
  db: Database.Database,
): (Cluster & { chainCount: number; enterpriseCount: number })[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.color, c.sort_order,
              (SELECT json_group_array(p.name) FROM (SELECT name FROM park WHERE cluster_id = c.id ORDER BY id) p) AS parks,
              (SELECT count(*) FROM chain WHERE cluster_id = c.id) AS chain_count,
              (SELECT count(DISTINCT es.enterprise_id) FROM enterprise_segment es
                 JOIN segment s ON s.id = es.segment_id JOIN chain ch ON ch.id = s.chain_id
                WHERE ch.cluster_id = c.id AND es.status <> 'rejected') AS enterprise_count
         FROM cluster c ORDER BY c.sort_order, c.id`,
    )
    .all() as (ClusterRecord & { chain_count: number; enterprise_count: number })[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    color: r.color,
    sortOrder: r.sort_order,
    parks: JSON.parse(r.parks ?? '[]') as string[],
    chainCount: r.chain_count,
    enterpriseCount: r.enterprise_count,
  }));
}

export function listChains(db: Database.Database, clusterId?: number): Chain[] {
  const rows =
    clusterId === undefined
      ? db.prepare('SELECT * FROM chain ORDER BY cluster_id, sort_order, id').all()
      : db
          .prepare('SELECT * FROM chain WHERE cluster_id = ? ORDER BY sort_order, id')
          .all(clusterId);
  return (rows as ChainRecord[]).map(toChain);
}

export function getChain(db: Database.Database, id: number): Chain | undefined {
  const row = db.prepare('SELECT * FROM chain WHERE id = ?').get(id) as ChainRecord | undefined;
  return row && toChain(row);
}

export function getSegment(db: Database.Database, id: number): Segment | undefined {
  const row = db.prepare('SELECT * FROM segment WHERE id = ?').get(id) as SegmentRecord | undefined;
  return row && toSegment(row);
}

export function listSegments(db: Database.Database, chainId?: number): Segment[] {
  const rows =
    chainId === undefined
      ? db.prepare('SELECT * FROM segment ORDER BY chain_id, sort_order, id').all()
      : db.prepare('SELECT * FROM segment WHERE chain_id = ? ORDER BY sort_order, id').all(chainId);
  return (rows as SegmentRecord[]).map(toSegment);
}

export function insertCluster(
  db: Database.Database,
  c: { name: string; color: string; sortOrder: number },
): number {
  return Number(
    db
      .prepare('INSERT INTO cluster (name, color, sort_order) VALUES (?, ?, ?)')
      .run(c.name, c.color, c.sortOrder).lastInsertRowid,
  );
}

export function insertPark(
  db: Database.Database,
  p: { name: string; clusterId: number | null },
): number {
  return Number(
    db.prepare('INSERT INTO park (name, cluster_id) VALUES (?, ?)').run(p.name, p.clusterId)
      .lastInsertRowid,
  );
}

export function insertChain(db: Database.Database, c: Omit<Chain, 'id'>): number {
  return Number(
    db
      .prepare(
        'INSERT INTO chain (cluster_id, name, owner, description, sort_order) VALUES (?, ?, ?, ?, ?)',
      )
      .run(c.clusterId, c.name, c.owner, c.description, c.sortOrder).lastInsertRowid,
  );
}

export function insertSegment(db: Database.Database, s: Omit<Segment, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO segment (chain_id, parent_id, name, stage, is_key, target_count, sort_order)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.chainId, s.parentId, s.name, s.stage, s.isKey ? 1 : 0, s.targetCount, s.sortOrder)
      .lastInsertRowid,
  );
}

// ---- Hand edits of clusters, chains and segments (the chain editor) ----

export function updateCluster(
  db: Database.Database,
  id: number,
  c: { name: string; color: string },
): void {
  db.prepare('UPDATE cluster SET name = ?, color = ? WHERE id = ?').run(c.name, c.color, id);
}

/** Chains and their segments go with it (foreign keys cascade); parks keep, without a cluster. */
export const deleteCluster = (db: Database.Database, id: number): boolean =>
  db.prepare('DELETE FROM cluster WHERE id = ?').run(id).changes > 0;

export const nextClusterOrder = (db: Database.Database): number =>
  (db.prepare('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM cluster').get() as { n: number })
    .n;

export const nextChainOrder = (db: Database.Database, clusterId: number): number =>
  (
    db
      .prepare('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM chain WHERE cluster_id = ?')
      .get(clusterId) as { n: number }
  ).n;

export const nextSegmentOrder = (
  db: Database.Database,
  chainId: number,
  parentId: number | null,
): number =>
  (
    db
      .prepare(
        'SELECT coalesce(max(sort_order) + 1, 0) AS n FROM segment WHERE chain_id = ? AND parent_id IS ?',
      )
      .get(chainId, parentId) as { n: number }
  ).n;

export function updateChain(db: Database.Database, c: Chain): void {
  db.prepare(
    'UPDATE chain SET cluster_id = ?, name = ?, owner = ?, description = ?, sort_order = ? WHERE id = ?',
  ).run(c.clusterId, c.name, c.owner, c.description, c.sortOrder, c.id);
}

/** Its segments go with it (foreign keys cascade). */
export const deleteChain = (db: Database.Database, id: number): boolean =>
  db.prepare('DELETE FROM chain WHERE id = ?').run(id).changes > 0;

export function updateSegment(db: Database.Database, s: Segment): void {
  db.prepare(
    `UPDATE segment SET parent_id = ?, name = ?, stage = ?, is_key = ?, target_count = ?, sort_order = ?
      WHERE id = ?`,
  ).run(s.parentId, s.name, s.stage, s.isKey ? 1 : 0, s.targetCount, s.sortOrder, s.id);
}

/** Sub-segments go with it (foreign keys cascade). */
export const deleteSegment = (db: Database.Database, id: number): boolean =>
  db.prepare('DELETE FROM segment WHERE id = ?').run(id).changes > 0;

/** 挂链, link and lead rows per segment, for segments that have any. */
export function segmentUsage(
  db: Database.Database,
): { segmentId: number; mappings: number; links: number; leads: number }[] {
  return db
    .prepare(
      `SELECT segment_id AS segmentId, sum(m) AS mappings, sum(l) AS links, sum(d) AS leads FROM (
         SELECT segment_id, 1 AS m, 0 AS l, 0 AS d FROM enterprise_segment
         UNION ALL SELECT segment_id, 0, 1, 0 FROM supply_link WHERE segment_id IS NOT NULL
         UNION ALL SELECT segment_id, 0, 0, 1 FROM lead WHERE segment_id IS NOT NULL)
       GROUP BY segment_id`,
    )
    .all() as { segmentId: number; mappings: number; links: number; leads: number }[];
}

/** What rows refer to the given segments: 挂链 (and their firms), links and leads. */
export function usageOfSegments(
  db: Database.Database,
  ids: readonly number[],
): { mappings: number; firms: number; firmsUnmapped: number; links: number; leads: number } {
  const json = JSON.stringify(ids);
  const row = db
    .prepare(
      `WITH ids(id) AS (SELECT value FROM json_each(@json)),
            hit AS (SELECT enterprise_id FROM enterprise_segment WHERE segment_id IN ids)
       SELECT (SELECT count(*) FROM hit) AS mappings,
              (SELECT count(DISTINCT enterprise_id) FROM hit) AS firms,
              (SELECT count(*) FROM (SELECT DISTINCT enterprise_id FROM hit) f
                WHERE NOT EXISTS (SELECT 1 FROM enterprise_segment o
                                   WHERE o.enterprise_id = f.enterprise_id
                                     AND o.segment_id NOT IN ids)) AS firmsUnmapped,
              (SELECT count(*) FROM supply_link WHERE segment_id IN ids) AS links,
              (SELECT count(*) FROM lead WHERE segment_id IN ids) AS leads`,
    )
    .get({ json }) as {
    mappings: number;
    firms: number;
    firmsUnmapped: number;
    links: number;
    leads: number;
  };
  return row;
}

/**
 * Leads on a segment about to be deleted keep a line naming it in their notes, so the pipeline
 * still says which gap they were meant to fill after the segment itself is gone.
 */
export function noteLeadsOfSegment(db: Database.Database, segmentId: number, line: string): void {
  db.prepare(
    `UPDATE lead SET notes = CASE WHEN notes IS NULL OR trim(notes) = '' THEN @line
                                  ELSE notes || char(10) || @line END,
                     updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE segment_id = @segmentId`,
  ).run({ segmentId, line });
}

export const parkCountOfCluster = (db: Database.Database, clusterId: number): number =>
  (
    db.prepare('SELECT count(*) AS n FROM park WHERE cluster_id = ?').get(clusterId) as {
      n: number;
    }
  ).n;

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

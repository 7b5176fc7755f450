// SQL for applying an import plan (inserts/updates with statements prepared once per import, since
// a plan can hold 100,000 rows), recording the import_run, and the importer's memory (0030) and the
// former names it keeps (0040).
import type Database from 'better-sqlite3';

import type { MappingOverride } from '../../../shared/spreadsheet/headers.js';
import type { ImportPlan, MatchDecisions, Ref } from '../../../shared/spreadsheet/plan-types.js';
import { enterpriseParams } from './row-mappers.js';

export type ApplyProgress = (done: number, total: number) => void;

/** Writes every op; must run inside the caller's transaction. Returns placeholder → real id. */
export function applyPlan(
  db: Database.Database,
  plan: ImportPlan,
  progress?: ApplyProgress,
): Map<Ref, number> {
  const ids = new Map<Ref, number>();
  const id = (ref: Ref): number => {
    if (ref > 0) return ref;
    const real = ids.get(ref);
    if (real === undefined)
      throw new Error(`internal: placeholder ${ref} used before it was written`);
    return real;
  };
  const maybe = (ref: Ref | null): number | null => (ref === null ? null : id(ref));
  const { ops } = plan;
  const total =
    ops.clusters.length +
    ops.chains.length +
    ops.segments.length +
    ops.enterprises.length +
    ops.mappings.length +
    ops.links.length +
    ops.leads.length +
    ops.aliases.length +
    ops.removeEnterprises.length +
    ops.removeLinks.length;
  let done = 0;
  const tick = (): void => {
    done++;
    if (progress && (done % 2000 === 0 || done === total)) progress(done, total);
  };

  const insCluster = db.prepare(
    'INSERT INTO cluster (name, color, sort_order) VALUES (?, ?, (SELECT coalesce(max(sort_order) + 1, 0) FROM cluster))',
  );
  const updCluster = db.prepare('UPDATE cluster SET color = ? WHERE id = ?');
  for (const c of ops.clusters) {
    if (c.isNew)
      ids.set(c.ref, Number(insCluster.run(c.name, c.color ?? '#1677ff').lastInsertRowid));
    else updCluster.run(c.color, c.ref);
    tick();
  }
  const insChain = db.prepare(
    'INSERT INTO chain (cluster_id, name, owner, description, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  const updChain = db.prepare('UPDATE chain SET owner = ?, description = ? WHERE id = ?');
  for (const c of ops.chains) {
    if (c.isNew)
      ids.set(
        c.ref,
        Number(
          insChain.run(id(c.clusterRef), c.name, c.owner, c.description, c.sortOrder)
            .lastInsertRowid,
        ),
      );
    else updChain.run(c.owner, c.description, c.ref);
    tick();
  }
  const insSeg = db.prepare(
    'INSERT INTO segment (chain_id, parent_id, name, stage, is_key, target_count, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const updSeg = db.prepare(
    'UPDATE segment SET stage = ?, is_key = ?, target_count = ? WHERE id = ?',
  );
  for (const s of ops.segments) {
    if (s.isNew) {
      ids.set(
        s.ref,
        Number(
          insSeg.run(
            id(s.chainRef),
            maybe(s.parentRef),
            s.name,
            s.stage,
            s.isKey ? 1 : 0,
            s.targetCount,
            s.sortOrder,
          ).lastInsertRowid,
        ),
      );
    } else updSeg.run(s.stage, s.isKey ? 1 : 0, s.targetCount, s.ref);
    tick();
  }
  const cols =
    'name, uscc, is_local, province, city, country, park, grid, responsible_person, ownership, investor_country, is_above_scale, tags, revenue, employees, founded, main_products, status';
  const insFirm = db.prepare(
    `INSERT INTO enterprise (${cols}) VALUES (@name, @uscc, @isLocal, @province, @city, @country, @park, @grid, @responsiblePerson, @ownership, @investorCountry, @isAboveScale, @tags, @revenue, @employees, @founded, @mainProducts, @status)`,
  );
  const updFirm =
    db.prepare(`UPDATE enterprise SET name = @name, uscc = @uscc, is_local = @isLocal, province = @province, city = @city, country = @country,
      park = @park, grid = @grid, responsible_person = @responsiblePerson, ownership = @ownership, investor_country = @investorCountry,
      is_above_scale = @isAboveScale, tags = @tags, revenue = @revenue, employees = @employees, founded = @founded,
      main_products = @mainProducts, status = @status, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  for (const e of ops.enterprises) {
    const row = enterpriseParams(e.record);
    if (e.isNew) ids.set(e.ref, Number(insFirm.run(row).lastInsertRowid));
    else updFirm.run({ ...row, id: e.ref });
    tick();
  }
  const insAlias = db.prepare(
    'INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  for (const a of ops.aliases) {
    insAlias.run(id(a.enterpriseRef), a.alias);
    tick();
  }
  const delMap = db.prepare(
    'DELETE FROM enterprise_segment WHERE enterprise_id = ? AND segment_id = ?',
  );
  const insMap =
    db.prepare(`INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status) VALUES (?, ?, ?, ?)
      ON CONFLICT (enterprise_id, segment_id) DO UPDATE SET is_primary = excluded.is_primary, status = excluded.status`);
  for (const m of ops.mappings) {
    const firm = id(m.enterpriseRef);
    for (const seg of m.remove) delMap.run(firm, id(seg));
    for (const i of m.items) insMap.run(firm, id(i.segmentRef), i.isPrimary ? 1 : 0, i.status);
    tick();
  }
  const insLink =
    db.prepare(`INSERT INTO supply_link (supplier_id, buyer_id, product, segment_id, amount, share, source, year_from, year_to)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const updLink = db.prepare(
    'UPDATE supply_link SET segment_id = ?, amount = ?, share = ?, source = ?, year_from = ?, year_to = ? WHERE id = ?',
  );
  for (const l of ops.links) {
    const r = l.record;
    if (l.id === null)
      insLink.run(
        id(r.supplierRef),
        id(r.buyerRef),
        r.product,
        maybe(r.segmentRef),
        r.amount,
        r.share,
        r.source,
        r.yearFrom,
        r.yearTo,
      );
    else updLink.run(maybe(r.segmentRef), r.amount, r.share, r.source, r.yearFrom, r.yearTo, l.id);
    tick();
  }
  const insLead = db.prepare(
    `INSERT INTO lead (enterprise_id, target_name, segment_id, stage, owner, next_step, next_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updLead =
    db.prepare(`UPDATE lead SET enterprise_id = ?, target_name = ?, segment_id = ?, stage = ?, owner = ?, next_step = ?, next_date = ?, notes = ?,
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`);
  for (const l of ops.leads) {
    const r = l.record;
    const args = [
      maybe(r.enterpriseRef),
      r.targetName,
      maybe(r.segmentRef),
      r.stage,
      r.owner,
      r.nextStep,
      r.nextDate,
      r.notes,
    ] as const;
    if (l.id === null) insLead.run(...args);
    else updLead.run(...args, l.id);
    tick();
  }
  // Deletions the user asked for (删除 rows, replace mode). A firm's 挂链, links and aliases go with
  // it (ON DELETE CASCADE); its leads keep their target name.
  const delLink = db.prepare('DELETE FROM supply_link WHERE id = ?');
  for (const l of ops.removeLinks) {
    delLink.run(l);
    tick();
  }
  const delFirm = db.prepare('DELETE FROM enterprise WHERE id = ?');
  for (const e of ops.removeEnterprises) {
    delFirm.run(e);
    tick();
  }
  return ids;
}

export type ImportRunRecord = {
  startedAt: string;
  files: unknown[];
  counts: unknown;
  issues: unknown[];
  /** 'partial': written with rows skipped (skipInvalid). */
  status: 'committed' | 'partial' | 'rejected' | 'cancelled' | 'failed';
};

export function insertImportRun(db: Database.Database, r: ImportRunRecord): number {
  return Number(
    db
      .prepare(
        `INSERT INTO import_run (started_at, finished_at, files, counts, issues, status)
        VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, ?)`,
      )
      .run(
        r.startedAt,
        JSON.stringify(r.files),
        JSON.stringify(r.counts),
        JSON.stringify(r.issues),
        r.status,
      ).lastInsertRowid,
  );
}

export type ImportRunRow = {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  files: unknown;
  counts: unknown;
  issues: unknown;
  status: string;
};

export function listImportRuns(db: Database.Database): ImportRunRow[] {
  const rows = db.prepare('SELECT * FROM import_run ORDER BY id DESC').all() as {
    id: number;
    started_at: string;
    finished_at: string | null;
    files: string;
    counts: string;
    issues: string;
    status: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    files: JSON.parse(r.files) as unknown,
    counts: JSON.parse(r.counts) as unknown,
    issues: JSON.parse(r.issues) as unknown,
    status: r.status,
  }));
}

export function readMappingMemory(db: Database.Database): Record<string, MappingOverride> {
  const rows = db.prepare('SELECT signature, mapping FROM import_column_mapping').all() as {
    signature: string;
    mapping: string;
  }[];
  return Object.fromEntries(
    rows.map((r) => [r.signature, JSON.parse(r.mapping) as MappingOverride]),
  );
}

export function saveMappingMemory(
  db: Database.Database,
  signature: string,
  mapping: MappingOverride,
): void {
  db.prepare(
    `INSERT INTO import_column_mapping (signature, mapping) VALUES (?, ?)
      ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(signature, JSON.stringify(mapping));
}

/** Every firm's former names, for matching (import) alongside the current names. */
export function readAliases(db: Database.Database): { enterpriseId: number; alias: string }[] {
  return db
    .prepare('SELECT enterprise_id AS enterpriseId, alias FROM enterprise_alias ORDER BY rowid')
    .all() as { enterpriseId: number; alias: string }[];
}

export function readMatchDecisions(db: Database.Database): MatchDecisions {
  const rows = db.prepare('SELECT name_key, enterprise_id FROM import_match_decision').all() as {
    name_key: string;
    enterprise_id: number | null;
  }[];
  return Object.fromEntries(rows.map((r) => [r.name_key, r.enterprise_id ?? 'new']));
}

export function saveMatchDecisions(db: Database.Database, decisions: MatchDecisions): void {
  const stmt = db.prepare(`INSERT INTO import_match_decision (name_key, enterprise_id) VALUES (?, ?)
      ON CONFLICT (name_key) DO UPDATE SET enterprise_id = excluded.enterprise_id, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  for (const [key, v] of Object.entries(decisions)) stmt.run(key, v === 'new' ? null : v);
}

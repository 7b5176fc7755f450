// Counts of every entity in a workspace, for the status bar, the CLI's `stats` and tests.
import type Database from 'better-sqlite3';

import type { WorkspaceStats } from '../../../shared/domain/schemas.js';

export function workspaceStats(db: Database.Database): WorkspaceStats {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM cluster) AS clusters, (SELECT count(*) FROM chain) AS chains,
              (SELECT count(*) FROM segment) AS segments, (SELECT count(*) FROM enterprise) AS enterprises,
              (SELECT count(*) FROM supply_link) AS links, (SELECT count(*) FROM lead) AS leads`,
    )
    .get() as WorkspaceStats;
}

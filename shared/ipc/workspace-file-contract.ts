// Contract entries for the workspace file itself: what is wrong with a file that could not be opened
// (or was found damaged) and its latest good backup, the recovery from that backup, and the desktop's
// 另存副本 (save a copy); spread into `contract` in ./contract.ts.
import { z } from 'zod';

import { BackupEntrySchema } from './backup-contract.js';
import { ErrorCodeSchema } from './result.js';

const BackupId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.sqlite$/);

export const WorkspaceRecoverySchema = z.object({
  /** File name of the damaged workspace (no folder: the renderer never holds paths). */
  name: z.string(),
  problem: z.object({ code: ErrorCodeSchema, message: z.string(), en: z.string() }),
  /** The newest backup that opens and passes the check; null when there is none. */
  backup: BackupEntrySchema.nullable(),
});
export type WorkspaceRecovery = z.infer<typeof WorkspaceRecoverySchema>;

export const workspaceFileContract = {
  /** Null when the open workspace is healthy. */
  'workspace:recovery': {
    input: z.object({}).strict(),
    output: WorkspaceRecoverySchema.nullable(),
  },
  /** Restores backup `id` over the damaged file, which is renamed aside (never deleted), then opens it. */
  'workspace:recover': {
    input: z.object({ id: BackupId }).strict(),
    output: z.object({ name: z.string(), restored: BackupEntrySchema, aside: z.string() }),
  },
  /** Desktop: 另存副本 — a consistent copy (SQLite's backup) to a path chosen in the save dialog. */
  'workspace:copy': {
    input: z.object({}).strict(),
    output: z.object({ name: z.string(), location: z.string() }).nullable(),
  },
} as const;

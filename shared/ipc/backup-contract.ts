// Contract entries for the 备份与恢复 screen: the workspace's backups, one taken now, and a restore
// (which backs up the current state first); spread into `contract` in ./contract.ts.
import { z } from 'zod';

import { WorkspaceStatsSchema } from '../domain/schemas.js';

/** A backup's file name as the list gives it: no folder part, so no other file can be named. */
const BackupId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.sqlite$/);

export const BackupEntrySchema = z.object({
  id: z.string(),
  time: z.string(),
  reason: z.string(),
  bytes: z.number().int(),
  counts: WorkspaceStatsSchema.nullable(),
  problem: z.object({ zh: z.string(), en: z.string() }).nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const backupContract = {
  'backup:list': {
    input: z.object({}).strict(),
    output: z.object({
      keep: z.number().int(),
      /** The most room all kept backups may take (bytes); the newest of each reason always stays. */
      maxBytes: z.number().int(),
      backups: z.array(BackupEntrySchema),
    }),
  },
  'backup:create': { input: z.object({}).strict(), output: z.object({ id: z.string() }) },
  'backup:restore': {
    input: z.object({ id: BackupId }).strict(),
    output: z.object({ restored: z.string(), before: z.string().nullable() }),
  },
} as const;

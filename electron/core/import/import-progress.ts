// Progress reporting for the import service: a listener wrapper that can never throw into an import
// (or its write transaction), the event-loop turn that lets a poll be answered between steps, and
// the count of rows a plan writes.
import { setImmediate as nextTurn } from 'node:timers/promises';

import type { ImportProgress } from '../../../shared/ipc/import-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import type { ImportPlan } from '../../../shared/spreadsheet/plan-types.js';

export type OnProgress = (p: ImportProgress) => void;

/** A progress callback that can never throw into the import (nor into its write transaction). */
export const reporter =
  (fn: OnProgress | undefined): OnProgress =>
  (p) => {
    try {
      fn?.(p);
    } catch {
      // Progress is advisory; a broken listener must not abort or roll back an import.
    }
  };

/** One turn of the event loop, so a progress poll (or a cancel) is answered; then honour a cancel. */
export async function turn(signal?: AbortSignal): Promise<void> {
  await nextTurn();
  if (signal?.aborted) throw new AppError('CANCELLED', '已取消导入', undefined, 'Import cancelled');
}

/** Rows applyPlan will write (its own tally, which progress counts against). */
export const opCount = (plan: ImportPlan): number =>
  Object.values(plan.ops).reduce((n, list: readonly unknown[]) => n + list.length, 0);

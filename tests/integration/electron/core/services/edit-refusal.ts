// Test helpers for hand edits: the refusal an edit ends with (a service AppError, or the workspace's
// own READ_ONLY error), and a copy of every table an edit could touch, to show a refusal wrote nothing.
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { AppError } from '../../../../../shared/ipc/result.js';

export type Refusal = Pick<AppError, 'code' | 'message' | 'en'>;

export async function refusal(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    const { code, message } = e as { code: AppError['code']; message: string };
    return { code, message, en: (e as { en?: string }).en ?? '' };
  }
  throw new Error('the edit was not refused');
}

const TABLES = [
  'cluster',
  'park',
  'chain',
  'segment',
  'enterprise',
  'enterprise_segment',
  'supply_link',
  'lead',
];

export const tables = (ws: Workspace): unknown[][] =>
  TABLES.map((t) => ws.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());

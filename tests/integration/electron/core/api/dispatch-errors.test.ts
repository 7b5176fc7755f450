// Every kind of failure a shell can receive from dispatch() carries Chinese (`message`) and English
// (`en`) text and matches the contract's error schema, whose `en` is required: an unknown channel,
// bad input, no workspace, a missing record, a write to a read-only file, and an unexpected error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import type { ShellContext } from '../../../../../electron/core/api/shell-context.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { ApiErrorSchema, type ApiError } from '../../../../../shared/ipc/result.js';
import { makeSmallWorkspace } from '../repositories/small-workspace.js';

let ws: Workspace | undefined;
let dispose: () => void;
beforeEach(() => {
  const small = makeSmallWorkspace();
  ws = small.ws;
  dispose = () => {
    if (ws?.db.open) closeWorkspace(ws);
    small.dispose();
  };
});
afterEach(() => {
  dispose();
});

const ctx = (): ShellContext => ({
  shell: 'browser',
  current: () => ws,
  recent: () => [],
  openWorkspace: () => Promise.resolve(null),
  createWorkspace: () => Promise.resolve(null),
});

async function failure(channel: unknown, input: unknown): Promise<ApiError> {
  const r = await dispatch(ctx(), channel, input);
  if (r.ok) throw new Error(`expected ${String(channel)} to fail`);
  // The contract's own schema: `en` is required there.
  return ApiErrorSchema.parse(r.error);
}

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);
const english = (e: ApiError): void => {
  expect(hasHan(e.message)).toBe(true);
  expect(e.en.length).toBeGreaterThan(0);
  expect(e.en).not.toBe(e.message);
  expect(e.en).not.toContain(' / ');
};

describe('every failure answers in Chinese and English', () => {
  it('unknown channel and bad input: INVALID_INPUT', async () => {
    const unknown = await failure('lead:explode', {});
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', en: 'Unknown channel: lead:explode' });
    english(unknown);
    const bad = await failure('lead:create', { stage: 'won' });
    expect(bad.code).toBe('INVALID_INPUT');
    english(bad);
  });

  it('no workspace open: NO_WORKSPACE', async () => {
    if (ws) closeWorkspace(ws);
    ws = undefined;
    const e = await failure('cluster:list', {});
    expect(e).toMatchObject({ code: 'NO_WORKSPACE', en: 'No workspace is open' });
    english(e);
  });

  it('a missing record: NOT_FOUND naming the id in both languages', async () => {
    for (const [channel, input] of [
      ['lead:update', { id: 9999, stage: 'visit' }],
      ['enterprise:get', { id: 9999 }],
      ['graph:chain', { chainId: 9999 }],
      ['analysis:run', { chainId: 9999 }],
      ['snapshot:compare', { fromId: 9999 }],
    ] as const) {
      const e = await failure(channel, input);
      expect(e.code, channel).toBe('NOT_FOUND');
      expect(e.en, channel).toContain('9999');
      english(e);
    }
  });

  it('a write to a workspace opened read-only: READ_ONLY, nothing written', async () => {
    const file = ws?.file ?? '';
    if (ws) closeWorkspace(ws);
    ws = openWorkspace(file, { readonly: true });
    for (const [channel, input] of [
      ['lead:create', { targetName: '某企业', stage: 'lead' }],
      ['snapshot:save', { name: '十一月' }],
      ['settings:set', { defaultTargetCount: 3 }],
    ] as const) {
      const e = await failure(channel, input);
      expect(e.code, channel).toBe('READ_ONLY');
      english(e);
    }
    const leads = await dispatch(ctx(), 'lead:list', {});
    expect(leads.ok && (leads.value as unknown[]).length).toBe(1);
  });

  it('an unexpected error: INTERNAL with its text in both', async () => {
    // A connection closed under the shell: better-sqlite3 throws a plain TypeError.
    ws?.db.close();
    const e = await failure('cluster:list', {});
    expect(e.code).toBe('INTERNAL');
    expect(e.en).toMatch(/^Internal error: /);
    english(e);
  });
});

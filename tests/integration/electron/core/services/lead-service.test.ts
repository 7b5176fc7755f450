// Leads as the pipeline shows them, on a small hand-made workspace: each row carries its segment,
// chain and the firm's local flag, read in one query however many leads there are; creating,
// editing and deleting change what the list shows; a missing id or a read-only file changes nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  createLead,
  editLead,
  listLeadRows,
  removeLead,
} from '../../../../../electron/core/services/lead-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { AppError } from '../../../../../shared/ipc/result.js';
import { makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const codeOf = async (f: () => unknown): Promise<string> => {
  try {
    await f();
  } catch (e) {
    return e instanceof AppError || e instanceof Error ? String((e as { code?: string }).code) : '';
  }
  return 'no error';
};

describe('lead rows', () => {
  it('name the segment and chain and say whether the firm is local', () => {
    const [row] = listLeadRows(ws);
    expect(row).toMatchObject({
      id: ids.lead,
      targetName: '江苏恒立液压股份有限公司',
      segmentId: ids.segments.cylinder,
      segmentName: '油缸',
      chainId: ids.chains.machinery,
      chainName: '工程机械',
      enterpriseIsLocal: false,
      owner: '王海涛',
    });
  });

  it('a lead without a firm or segment has nulls, not a missing row', async () => {
    const free = await createLead(ws, { targetName: '某外地企业', stage: 'lead' });
    expect(free).toMatchObject({
      enterpriseId: null,
      segmentName: null,
      chainName: null,
      enterpriseIsLocal: null,
    });
    expect(listLeadRows(ws).map((l) => l.id)).toContain(free.id);
  });

  it('are read with one statement however many leads there are (no query per lead)', async () => {
    for (let i = 0; i < 6; i++)
      await createLead(ws, {
        enterpriseId: ids.firms.percent,
        segmentId: ids.segments.pcb,
        stage: 'lead',
      });
    const prepare = vi.spyOn(ws.db, 'prepare');
    const rows = listLeadRows(ws);
    expect(rows).toHaveLength(7);
    expect(prepare).toHaveBeenCalledTimes(1);
    prepare.mockRestore();
  });

  it('filter by segment and by firm', async () => {
    const pcbLead = await createLead(ws, {
      enterpriseId: ids.firms.pcbFirm,
      segmentId: ids.segments.pcb,
      stage: 'visit',
    });
    expect(listLeadRows(ws, { segmentId: ids.segments.pcb }).map((l) => l.id)).toEqual([
      pcbLead.id,
    ]);
    expect(listLeadRows(ws, { enterpriseId: ids.firms.hengli }).map((l) => l.id)).toEqual([
      ids.lead,
    ]);
  });
});

describe('writing leads', () => {
  it('a new lead takes the firm name when none is given; an edit moves it to the top', async () => {
    const created = await createLead(ws, { enterpriseId: ids.firms.daiwa, stage: 'lead' });
    expect(created.targetName).toBe(listLeadRows(ws)[0]?.targetName);
    const edited = await editLead(ws, ids.lead, { stage: 'signed', nextStep: '签约仪式' });
    expect(edited).toMatchObject({ stage: 'signed', nextStep: '签约仪式', owner: '王海涛' });
    expect(listLeadRows(ws)[0]?.id).toBe(ids.lead);
  });

  it('deleting removes it from the list; deleting again is NOT_FOUND', async () => {
    expect(await removeLead(ws, ids.lead)).toEqual({ deleted: true });
    expect(listLeadRows(ws)).toEqual([]);
    expect(await codeOf(() => removeLead(ws, ids.lead))).toBe('NOT_FOUND');
  });

  it('unknown firm, segment or lead is NOT_FOUND with an English text, and writes nothing', async () => {
    const before = listLeadRows(ws);
    expect(await codeOf(() => createLead(ws, { enterpriseId: 9999, stage: 'lead' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(() => createLead(ws, { targetName: 'x', segmentId: 9999, stage: 'lead' })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(() => editLead(ws, 9999, { stage: 'visit' }))).toBe('NOT_FOUND');
    try {
      await editLead(ws, 9999, { stage: 'visit' });
    } catch (e) {
      expect((e as AppError).en).toBe('Lead not found (id 9999)');
    }
    expect(listLeadRows(ws)).toEqual(before);
  });

  it('a workspace opened read-only refuses every lead write with READ_ONLY', async () => {
    const file = ws.file;
    closeWorkspace(ws);
    ws = openWorkspace(file, { readonly: true });
    expect(await codeOf(() => createLead(ws, { targetName: 'x', stage: 'lead' }))).toBe(
      'READ_ONLY',
    );
    expect(await codeOf(() => editLead(ws, ids.lead, { stage: 'visit' }))).toBe('READ_ONLY');
    expect(await codeOf(() => removeLead(ws, ids.lead))).toBe('READ_ONLY');
    expect(listLeadRows(ws)).toHaveLength(1);
  });
});

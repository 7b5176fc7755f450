// The segment-tree editor's writes on a real workspace file: add, rename, stage and key flag, move
// by drag (mappings, links and leads stay with the segment), and delete with what it says first —
// 挂链 removed, links and leads kept without a segment (the lead notes which), sub-segments deleted
// or kept one level up. Each rejected edit writes nothing; the analysis shows the new tree.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listBackups } from '../../../../../electron/core/backup/workspace-backup.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import {
  createSegment,
  editSegment,
  moveSegment,
  removeSegment,
} from '../../../../../electron/core/services/taxonomy-edit-segments.js';
import { deleteImpact } from '../../../../../electron/core/services/taxonomy-impact.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import type { Segment } from '../../../../../shared/domain/schemas.js';
import { makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';
import { refusal, tables } from './edit-refusal.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const rows = (sql: string): unknown[] => ws.db.prepare(sql).all();
const segments = (): Segment[] =>
  (
    rows(
      'SELECT id, parent_id AS parentId, name, stage, is_key AS isKey, target_count AS targetCount, sort_order AS sortOrder FROM segment ORDER BY id',
    ) as Segment[]
  ).map((s) => ({ ...s }));
const seg = (name: string) => segments().find((s) => s.name === name);
const snapshot = () => tables(ws);

const fields = (name: string, more: Partial<Segment> = {}) => ({
  name,
  stage: more.stage ?? ('upstream' as const),
  isKey: more.isKey ?? false,
  targetCount: more.targetCount ?? null,
});

describe('adding and editing segments', () => {
  it('adds a top segment last and a sub-segment that takes its parent’s stage', async () => {
    const top = await createSegment(ws, {
      chainId: ids.chains.machinery,
      parentId: null,
      fields: fields('后市场服务', { stage: 'downstream', isKey: true, targetCount: 4 }),
    });
    expect(top).toMatchObject({ stage: 'downstream', isKey: true, targetCount: 4, sortOrder: 1 });
    const child = await createSegment(ws, {
      chainId: ids.chains.machinery,
      parentId: ids.segments.core,
      fields: fields('液压泵', { stage: 'downstream' }),
    });
    expect(child).toMatchObject({ parentId: ids.segments.core, stage: 'upstream', sortOrder: 1 });
  });

  it('refuses a name the chain already has, however it is spaced or cased, naming it', async () => {
    const before = segments().length;
    const e = await refusal(
      createSegment(ws, {
        chainId: ids.chains.machinery,
        parentId: ids.segments.assembly,
        fields: fields(' 油 缸 '),
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('油 缸');
    expect(e.en).toContain('already exists');
    // Another chain may use the name.
    await createSegment(ws, {
      chainId: ids.chains.terminal,
      parentId: null,
      fields: fields('油缸'),
    });
    expect(segments()).toHaveLength(before + 1);
  });

  it('refuses a parent from another chain and an unknown chain, writing nothing', async () => {
    const before = snapshot();
    const e = await refusal(
      createSegment(ws, {
        chainId: ids.chains.terminal,
        parentId: ids.segments.core,
        fields: fields('X'),
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect((await refusal(editSegment(ws, { id: 9999, fields: fields('X') }))).code).toBe(
      'NOT_FOUND',
    );
    expect(snapshot()).toEqual(before);
  });

  it('renames, sets the key flag and target; a top segment’s new stage applies to its branch', async () => {
    await editSegment(ws, {
      id: ids.segments.core,
      fields: fields('关键零部件', { stage: 'midstream', isKey: true, targetCount: 2 }),
    });
    expect(seg('关键零部件')).toMatchObject({ stage: 'midstream', isKey: 1, targetCount: 2 });
    expect(seg('油缸')?.stage).toBe('midstream');
    // A sub-segment cannot leave its parent's stage.
    await editSegment(ws, {
      id: ids.segments.cylinder,
      fields: fields('油缸', { stage: 'downstream' }),
    });
    expect(seg('油缸')?.stage).toBe('midstream');
    // Renaming to its own name in another case is allowed (it is itself).
    await editSegment(ws, { id: ids.segments.pcb, fields: fields('pcb') });
    expect(seg('pcb')).toBeDefined();
  });
});

describe('moving segments', () => {
  it('moves 油缸 under 整机: the branch keeps its 挂链, links and leads and takes the new stage', async () => {
    const mappingsBefore = rows('SELECT * FROM enterprise_segment ORDER BY rowid');
    const linksBefore = rows('SELECT * FROM supply_link ORDER BY id');
    await moveSegment(ws, { id: ids.segments.cylinder, parentId: ids.segments.assembly, index: 0 });
    expect(seg('油缸')).toMatchObject({ parentId: ids.segments.assembly, stage: 'midstream' });
    expect(rows('SELECT * FROM enterprise_segment ORDER BY rowid')).toEqual(mappingsBefore);
    expect(rows('SELECT * FROM supply_link ORDER BY id')).toEqual(linksBefore);
    expect(rows('SELECT segment_id FROM lead')).toEqual([{ segment_id: ids.segments.cylinder }]);
  });

  it('reorders the top segments and the analysis reads the new tree', async () => {
    await moveSegment(ws, { id: ids.segments.cylinder, parentId: null, index: 0 });
    const chain = runAnalysis(ws, { chainId: ids.chains.machinery }).chains[0];
    const cylinder = chain?.segments.find((s) => s.segmentId === ids.segments.cylinder);
    expect(cylinder?.parentId).toBeNull();
    // 核心零部件 lost its only child: it is a leaf now, and missing (no firm of its own).
    const core = chain?.segments.find((s) => s.segmentId === ids.segments.core);
    expect(core).toMatchObject({ isLeaf: true, state: 'missing' });
    expect(
      segments()
        .filter(
          (s) =>
            s.parentId === null &&
            [ids.segments.cylinder, ids.segments.core, ids.segments.assembly].includes(s.id),
        )
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((s) => s.name),
    ).toEqual(['油缸', '核心零部件', '整机']);
  });

  it('refuses a move into its own branch or another chain, writing nothing', async () => {
    const before = snapshot();
    const into = await refusal(
      moveSegment(ws, { id: ids.segments.core, parentId: ids.segments.cylinder, index: 0 }),
    );
    expect(into.message).toBe('不能把环节移到它自己的下级环节中');
    const other = await refusal(
      moveSegment(ws, { id: ids.segments.cylinder, parentId: ids.segments.pcb, index: 0 }),
    );
    expect(other.en).toBe('A segment can only move within its chain');
    expect(snapshot()).toEqual(before);
  });
});

describe('deleting a segment', () => {
  it('says first what goes: its sub-segments, 3 挂链 of 3 firms (2 left unmapped), 2 links, 1 lead', () => {
    expect(deleteImpact(ws, 'segment', ids.segments.core)).toEqual({
      kind: 'segment',
      name: '核心零部件',
      chains: 0,
      segments: 2,
      childNames: ['油缸'],
      mappings: 3,
      firms: 3,
      firmsUnmapped: 2,
      links: 2,
      leads: 1,
      parks: 0,
    });
    expect(deleteImpact(ws, 'segment', ids.segments.core, true)).toMatchObject({
      segments: 1,
      mappings: 0,
      links: 0,
      leads: 0,
    });
  });

  it('does what it said: firms stay, 挂链 go, links and the lead lose the segment, a backup is kept', async () => {
    const firms = rows('SELECT * FROM enterprise ORDER BY id');
    const backups = listBackups(ws).length;
    await removeSegment(ws, { id: ids.segments.core });
    expect(seg('核心零部件')).toBeUndefined();
    expect(seg('油缸')).toBeUndefined();
    expect(rows('SELECT * FROM enterprise ORDER BY id')).toEqual(firms);
    expect(
      rows(`SELECT * FROM enterprise_segment WHERE segment_id = ${String(ids.segments.cylinder)}`),
    ).toEqual([]);
    expect(rows('SELECT id, segment_id FROM supply_link ORDER BY id')).toEqual([
      { id: ids.links.daiwaToKomatsu, segment_id: null },
      { id: ids.links.hengliToKomatsu, segment_id: null },
      { id: ids.links.komatsuToPercent, segment_id: ids.segments.assembly },
      { id: ids.links.pcbToDaiwa, segment_id: null },
    ]);
    expect(rows('SELECT segment_id, notes FROM lead')).toEqual([
      { segment_id: null, notes: '原环节“工程机械 › 核心零部件 › 油缸”已删除' },
    ]);
    expect(listBackups(ws).length).toBe(backups + 1);
    // The analysis no longer has the segments.
    const chain = runAnalysis(ws, { chainId: ids.chains.machinery }).chains[0];
    expect(chain?.segments.map((s) => s.segmentId)).toEqual([ids.segments.assembly]);
  });

  it('keeping the children moves them up into the deleted segment’s place with their rows', async () => {
    const mapped = rows(
      `SELECT * FROM enterprise_segment WHERE segment_id = ${String(ids.segments.cylinder)} ORDER BY rowid`,
    );
    await removeSegment(ws, { id: ids.segments.core, keepChildren: true });
    expect(seg('油缸')).toMatchObject({ parentId: null, stage: 'upstream' });
    expect(
      rows(
        `SELECT * FROM enterprise_segment WHERE segment_id = ${String(ids.segments.cylinder)} ORDER BY rowid`,
      ),
    ).toEqual(mapped);
    expect(rows('SELECT segment_id, notes FROM lead')).toEqual([
      { segment_id: ids.segments.cylinder, notes: null },
    ]);
  });

  it('a second delete of the same segment is NOT_FOUND and changes nothing', async () => {
    await removeSegment(ws, { id: ids.segments.cylinder });
    const before = snapshot();
    expect((await refusal(removeSegment(ws, { id: ids.segments.cylinder }))).code).toBe(
      'NOT_FOUND',
    );
    expect(snapshot()).toEqual(before);
  });

  it('a workspace opened read-only refuses every segment edit with READ_ONLY', async () => {
    const file = ws.file;
    closeWorkspace(ws);
    ws = openWorkspace(file, { readonly: true });
    const before = snapshot();
    const edits = [
      () =>
        createSegment(ws, { chainId: ids.chains.machinery, parentId: null, fields: fields('X') }),
      () => editSegment(ws, { id: ids.segments.core, fields: fields('Y') }),
      () => moveSegment(ws, { id: ids.segments.cylinder, parentId: null, index: 0 }),
      () => removeSegment(ws, { id: ids.segments.core }),
    ];
    for (const edit of edits) expect((await refusal(edit())).code).toBe('READ_ONLY');
    expect(snapshot()).toEqual(before);
  });
});

// The Analysis page's one selection against the demo workspace's real analysis: the address round
// trip, a chain fixing its cluster (the header never pairs "全部集群" or another cluster with a chain),
// stale ids dropped, and the gap targets, leads and anchor view narrowed to exactly the chosen chain.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import {
  anchorAnalysis,
  runAnalysis,
} from '../../../../../electron/core/services/analysis-service.js';
import { listLeadRows } from '../../../../../electron/core/services/lead-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import type { WorkspaceAnalysis } from '../../../../../shared/analysis/schemas.js';
import type { LeadRow } from '../../../../../shared/ipc/analysis-contract.js';
import {
  anchorInScope,
  chainsInScope,
  leadsInScope,
  resolveScope,
  scopeFromParams,
  scopeParams,
  targetsInScope,
  type Scope,
} from '../../../../../renderer/features/analysis/analysis-scope.js';

let dir: string;
let ws: Workspace;
let a: WorkspaceAnalysis;
let leads: LeadRow[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-scope-'));
  ws = openWorkspace(join(dir, 'demo.db'));
  seedDemoWorkspace(ws.db);
  a = runAnalysis(ws, {}, { centrality: false });
  leads = listLeadRows(ws);
});
afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

const none: Scope = { clusterId: null, chainId: null, segmentId: null, tab: 'gaps' };
const chainNamed = (name: string) => {
  const c = a.chains.find((x) => x.name === name);
  if (!c) throw new Error(`demo has no chain ${name}`);
  return c;
};

describe('the selection in the address', () => {
  it('round-trips and ignores malformed values', () => {
    const s: Scope = { clusterId: 2, chainId: 5, segmentId: 9, tab: 'leads' };
    const params = Object.fromEntries(
      Object.entries(scopeParams(s)).map(([k, v]) => [k, String(v)]),
    );
    expect(scopeFromParams(params)).toEqual(s);
    expect(scopeFromParams({ cluster: 'x', chain: '-1', segment: '1.5', tab: 'nope' })).toEqual(
      none,
    );
    expect(scopeParams(none)).toEqual({});
  });
});

describe('resolveScope', () => {
  it('a chosen chain decides the cluster shown, whatever the address said', () => {
    const chain = chainNamed('工程机械');
    const other = a.clusters.find((c) => c.clusterId !== chain.clusterId);
    for (const clusterId of [null, other?.clusterId ?? null]) {
      const s = resolveScope({ ...none, clusterId, chainId: chain.chainId }, a);
      expect(s.clusterId).toBe(chain.clusterId);
      expect(s.chainId).toBe(chain.chainId);
    }
  });

  it('drops a chain, cluster or segment the workspace does not have', () => {
    const s = resolveScope({ ...none, clusterId: 99_999, chainId: 99_999, segmentId: 1 }, a);
    expect(s).toEqual(none);
    const chain = chainNamed('工程机械');
    const foreign = a.chains.find((c) => c.chainId !== chain.chainId)?.segments[0];
    const kept = resolveScope(
      { ...none, chainId: chain.chainId, segmentId: foreign?.segmentId ?? null },
      a,
    );
    expect(kept.segmentId).toBeNull();
  });
});

describe('every tab narrowed to the chosen chain', () => {
  it('targets: only the chain (and its segment when one is picked); all of them with none', () => {
    const chain = chainNamed('工程机械');
    const s = resolveScope({ ...none, chainId: chain.chainId }, a);
    const rows = targetsInScope(a, s);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(a.targets.length);
    expect(rows.every((r) => r.chainId === chain.chainId)).toBe(true);
    expect(rows).toEqual(a.targets.filter((r) => r.chainId === chain.chainId));
    const seg = rows[0]?.segmentId ?? null;
    const one = targetsInScope(a, { ...s, segmentId: seg });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.segmentId === seg)).toBe(true);
    expect(targetsInScope(a, none)).toEqual(a.targets);
  });

  it('a cluster keeps the chains of that cluster only', () => {
    const chain = chainNamed('工程机械');
    const s = { ...none, clusterId: chain.clusterId };
    const chains = chainsInScope(a, s);
    expect(chains.map((c) => c.chainId)).toContain(chain.chainId);
    expect(chains.every((c) => c.clusterId === chain.clusterId)).toBe(true);
    expect(targetsInScope(a, s).every((r) => r.clusterId === chain.clusterId)).toBe(true);
  });

  it('leads: those filling a segment of the chain; every lead with no selection', () => {
    const chain = chainNamed('工程机械');
    const s = { ...none, chainId: chain.chainId, clusterId: chain.clusterId };
    const mine = leadsInScope(leads, a, s);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(leads.length);
    expect(mine.every((l) => l.chainId === chain.chainId)).toBe(true);
    expect(leadsInScope(leads, a, none)).toHaveLength(leads.length);
  });

  it('anchor view: segments and invitations of the chain only', () => {
    const chain = chainNamed('工程机械');
    const anchorId = a.targets.find((r) => r.chainId === chain.chainId)?.localBuyers[0]?.id;
    if (anchorId === undefined) throw new Error('demo has no local buyer in 工程机械');
    const view = anchorAnalysis(ws, anchorId);
    const own = new Set(chain.segments.map((x) => x.segmentId));
    const other = a.chains.find((c) => c.chainId !== chain.chainId);
    if (!other) throw new Error('demo has one chain');
    const s = { ...none, chainId: chain.chainId, clusterId: chain.clusterId };
    const narrowed = anchorInScope(view, a, s);
    expect(narrowed.segments.length).toBeGreaterThan(0);
    expect(narrowed.segments.every((x) => x.segmentId !== null && own.has(x.segmentId))).toBe(true);
    expect(narrowed.invite.every((x) => x.segmentId !== null && own.has(x.segmentId))).toBe(true);
    const elsewhere = anchorInScope(view, a, { ...none, chainId: other.chainId });
    expect(elsewhere.segments.every((x) => !own.has(x.segmentId ?? -1))).toBe(true);
    expect(anchorInScope(view, a, none)).toEqual(view);
  });
});

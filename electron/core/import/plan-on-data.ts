// The workspace as it would be after an import plan, built in memory from a snapshot (pure: no
// SQLite, no I/O), so a preview can analyse "after" without taking the write lock or touching the
// file. Mirrors applyPlan in import-repository.ts op by op; a test commits the same plan and
// compares the two, so they cannot drift apart unnoticed.
import type { WorkspaceData } from '../../../shared/domain/workspace-data.js';
import type { EnterpriseSegment, Lead } from '../../../shared/domain/schemas.js';
import type { ImportPlan, Ref } from '../../../shared/spreadsheet/plan-types.js';

const maxId = (xs: readonly { id: number }[]): number => xs.reduce((m, x) => Math.max(m, x.id), 0);

/** A copy of `data` with every op of `plan` applied; new rows get ids above the existing ones. */
export function applyPlanToData(data: WorkspaceData, plan: ImportPlan): WorkspaceData {
  const ids = new Map<Ref, number>();
  const id = (ref: Ref): number => (ref > 0 ? ref : (ids.get(ref) ?? 0));
  const maybe = (ref: Ref | null): number | null => (ref === null ? null : id(ref));
  const { ops } = plan;

  const clusters = data.clusters.map((c) => ({ ...c }));
  let next = maxId(clusters);
  for (const c of ops.clusters) {
    if (c.isNew) {
      ids.set(c.ref, ++next);
      clusters.push({
        id: next,
        name: c.name,
        color: c.color ?? '#1677ff',
        sortOrder: clusters.length,
        parks: [],
      });
    } else {
      const old = clusters.find((x) => x.id === c.ref);
      if (old && c.color !== null) old.color = c.color;
    }
  }

  const chains = data.chains.map((c) => ({ ...c }));
  next = maxId(chains);
  for (const c of ops.chains) {
    if (c.isNew) {
      ids.set(c.ref, ++next);
      chains.push({
        id: next,
        clusterId: id(c.clusterRef),
        name: c.name,
        owner: c.owner,
        description: c.description,
        sortOrder: c.sortOrder,
      });
    } else {
      const old = chains.find((x) => x.id === c.ref);
      if (old) Object.assign(old, { owner: c.owner, description: c.description });
    }
  }

  const segments = data.segments.map((s) => ({ ...s }));
  const segById = new Map(segments.map((s) => [s.id, s]));
  next = maxId(segments);
  for (const s of ops.segments) {
    const fields = { stage: s.stage, isKey: s.isKey, targetCount: s.targetCount };
    if (s.isNew) {
      ids.set(s.ref, ++next);
      const seg = {
        id: next,
        chainId: id(s.chainRef),
        parentId: maybe(s.parentRef),
        name: s.name,
        sortOrder: s.sortOrder,
        ...fields,
      };
      segments.push(seg);
      segById.set(seg.id, seg);
    } else {
      const old = segById.get(s.ref);
      if (old) Object.assign(old, fields);
    }
  }

  const enterprises = [...data.enterprises];
  const firmIndex = new Map(enterprises.map((e, i) => [e.id, i]));
  next = maxId(enterprises);
  for (const e of ops.enterprises) {
    if (e.isNew) {
      ids.set(e.ref, ++next);
      firmIndex.set(next, enterprises.length);
      enterprises.push({ ...e.record, id: next, isDemo: false });
    } else {
      const at = firmIndex.get(e.ref);
      const old = at === undefined ? undefined : enterprises[at];
      if (at !== undefined && old)
        enterprises[at] = { ...e.record, id: old.id, isDemo: old.isDemo };
    }
  }

  // A mapping op upserts its items and removes the segments in `remove` (replace mode, 删除).
  let mappings: EnterpriseSegment[] = data.mappings;
  if (ops.mappings.length > 0) {
    const byFirm = new Map<number, EnterpriseSegment[]>();
    for (const m of data.mappings) {
      const list = byFirm.get(m.enterpriseId);
      if (list) list.push(m);
      else byFirm.set(m.enterpriseId, [m]);
    }
    for (const m of ops.mappings) {
      const firm = id(m.enterpriseRef);
      const gone = new Set(m.remove.map(id));
      const kept = (byFirm.get(firm) ?? []).filter((x) => !gone.has(x.segmentId));
      for (const item of m.items) {
        const segmentId = id(item.segmentRef);
        const prior = kept.findIndex((x) => x.segmentId === segmentId);
        const row: EnterpriseSegment = {
          enterpriseId: firm,
          segmentId,
          isPrimary: item.isPrimary,
          status: item.status,
          evidence: prior >= 0 ? (kept[prior]?.evidence ?? null) : null,
        };
        if (prior >= 0) kept[prior] = row;
        else kept.push(row);
      }
      byFirm.set(firm, kept);
    }
    mappings = [...byFirm.values()].flat();
  }

  const links = [...data.links];
  const linkIndex = new Map(links.map((l, i) => [l.id, i]));
  next = maxId(links);
  for (const l of ops.links) {
    const r = l.record;
    const fields = {
      segmentId: maybe(r.segmentRef),
      amount: r.amount,
      share: r.share,
      source: r.source,
      yearFrom: r.yearFrom,
      yearTo: r.yearTo,
    };
    const at = l.id === null ? undefined : linkIndex.get(l.id);
    const old = at === undefined ? undefined : links[at];
    if (at !== undefined && old) links[at] = { ...old, ...fields };
    else if (l.id === null)
      links.push({
        id: ++next,
        supplierId: id(r.supplierRef),
        buyerId: id(r.buyerRef),
        product: r.product,
        ...fields,
      });
  }

  const leads = [...data.leads];
  const leadIndex = new Map(leads.map((l, i) => [l.id, i]));
  next = maxId(leads);
  for (const l of ops.leads) {
    const r = l.record;
    const fields = {
      enterpriseId: maybe(r.enterpriseRef),
      targetName: r.targetName,
      segmentId: maybe(r.segmentRef),
      stage: r.stage,
      owner: r.owner,
      nextStep: r.nextStep,
      nextDate: r.nextDate,
      notes: r.notes,
    };
    const at = l.id === null ? undefined : leadIndex.get(l.id);
    const old = at === undefined ? undefined : leads[at];
    if (at !== undefined && old) leads[at] = { ...old, ...fields };
    else if (l.id === null) {
      const lead: Lead = { id: ++next, ...fields, createdAt: '', updatedAt: '' };
      leads.push(lead);
    }
  }

  return withRemovals({ clusters, chains, segments, enterprises, mappings, links, leads }, plan);
}

/** Deleting a firm takes its 挂链 and links with it and unlinks its leads (the schema's cascades). */
function withRemovals(data: WorkspaceData, plan: ImportPlan): WorkspaceData {
  const firms = new Set(plan.ops.removeEnterprises);
  const links = new Set(plan.ops.removeLinks);
  if (firms.size === 0 && links.size === 0) return data;
  return {
    ...data,
    enterprises: data.enterprises.filter((e) => !firms.has(e.id)),
    mappings: data.mappings.filter((m) => !firms.has(m.enterpriseId)),
    links: data.links.filter(
      (l) => !links.has(l.id) && !firms.has(l.supplierId) && !firms.has(l.buyerId),
    ),
    leads: data.leads.map((l) =>
      l.enterpriseId !== null && firms.has(l.enterpriseId) ? { ...l, enterpriseId: null } : l,
    ),
  };
}

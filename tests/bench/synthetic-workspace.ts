// A deterministic synthetic workspace of any size for the analysis benchmark: 4 clusters × 3 chains,
// each chain 3 stage segments × 5 leaves; firms mapped to one leaf each, ~40 % local; links mostly flow
// from one stage to the next within a chain, a fifth cross anywhere (so the network has cycles).
import type { WorkspaceData } from '../../shared/domain/workspace-data.js';
import { makeEnterprise } from '../../shared/domain/defaults.js';
import type { Enterprise, Segment, Stage, SupplyLink } from '../../shared/domain/schemas.js';
import { seededRandom as rng } from '../../shared/util/seeded-random.js';

const STAGES: Stage[] = ['upstream', 'midstream', 'downstream'];
const TAGS = ['世界500强', '中国500强', '上市', '专精特新', '高新技术企业'];

export function syntheticWorkspace(firms: number, links: number, seed = 42): WorkspaceData {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const clusters = [1, 2, 3, 4].map((id) => ({
    id,
    name: `集群${String(id)}`,
    color: '#1677ff',
    sortOrder: id,
    parks: [],
  }));
  const chains = clusters.flatMap((c) =>
    [0, 1, 2].map((k) => ({
      id: c.id * 10 + k,
      clusterId: c.id,
      name: `产业链${String(c.id)}-${String(k)}`,
      owner: null,
      description: null,
      sortOrder: k,
    })),
  );
  const segments: Segment[] = [];
  const leavesByChainStage = new Map<string, number[]>();
  for (const ch of chains) {
    STAGES.forEach((stage, si) => {
      const parentId = segments.length + 1;
      segments.push({
        id: parentId,
        chainId: ch.id,
        parentId: null,
        name: stage,
        stage,
        isKey: false,
        targetCount: null,
        sortOrder: si,
      });
      const leaves: number[] = [];
      for (let j = 0; j < 5; j++) {
        const id = segments.length + 1;
        segments.push({
          id,
          chainId: ch.id,
          parentId,
          name: `环节${String(id)}`,
          stage,
          isKey: j === 0,
          targetCount: null,
          sortOrder: j,
        });
        leaves.push(id);
      }
      leavesByChainStage.set(`${String(ch.id)}:${String(si)}`, leaves);
    });
  }
  const enterprises: Enterprise[] = [];
  const mappings = [];
  const firmsAt = new Map<string, number[]>();
  for (let id = 1; id <= firms; id++) {
    const ch = pick(chains);
    const si = Math.floor(r() * 3);
    const seg = pick(leavesByChainStage.get(`${String(ch.id)}:${String(si)}`) ?? []);
    const key = `${String(ch.id)}:${String(si)}`;
    const list = firmsAt.get(key) ?? [];
    list.push(id);
    firmsAt.set(key, list);
    enterprises.push(
      makeEnterprise(id, `企业${String(id)}`, {
        isLocal: r() < 0.4,
        isAboveScale: r() < 0.3,
        tags: r() < 0.2 ? [pick(TAGS)] : [],
      }),
    );
    mappings.push({
      enterpriseId: id,
      segmentId: seg,
      isPrimary: true,
      status: 'confirmed' as const,
      evidence: null,
    });
  }
  const out: SupplyLink[] = [];
  while (out.length < links) {
    const ch = pick(chains);
    const si = Math.floor(r() * 2);
    const suppliers = firmsAt.get(`${String(ch.id)}:${String(si)}`) ?? [];
    const buyers = firmsAt.get(`${String(ch.id)}:${String(si + 1)}`) ?? [];
    if (suppliers.length === 0 || buyers.length === 0) continue;
    const supplierId = pick(suppliers);
    const buyerId = r() < 0.2 ? 1 + Math.floor(r() * firms) : pick(buyers);
    if (supplierId === buyerId) continue;
    out.push({
      id: out.length + 1,
      supplierId,
      buyerId,
      product: null,
      segmentId: r() < 0.5 ? (mappings[supplierId - 1]?.segmentId ?? null) : null,
      amount: r() < 0.7 ? Math.round(r() * 10000) / 10 : null,
      share: null,
      source: 'reported',
      yearFrom: null,
      yearTo: null,
    });
  }
  return { clusters, chains, segments, enterprises, mappings, links: out, leads: [] };
}

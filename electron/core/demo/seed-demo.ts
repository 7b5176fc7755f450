// Writes the built-in demo workspace (what a new user sees on first start) into an open, migrated
// database, in one transaction on the one write path (undo stops at it), through the repository
// insert functions.
import type Database from 'better-sqlite3';

import { insertEnterprise, insertMapping } from '../repositories/enterprise-repository.js';
import { insertLead } from '../repositories/lead-repository.js';
import { insertLink } from '../repositories/link-repository.js';
import {
  insertChain,
  insertCluster,
  insertPark,
  insertSegment,
} from '../repositories/taxonomy-repository.js';
import { ENERGY_FIRMS } from './demo-firms-energy.js';
import { EQUIPMENT_FIRMS } from './demo-firms-equipment.js';
import { HEALTH_FIRMS } from './demo-firms-health.js';
import { INFO_FIRMS } from './demo-firms-info.js';
import { MACHINERY_FIRMS } from './demo-firms-machinery.js';
import { DEMO_LEADS, DEMO_LINKS } from './demo-links.js';
import { writeWorkspace } from '../services/write.js';
import { DEMO_CLUSTERS } from './demo-taxonomy.js';
import type { DemoFirm, DemoSegment } from './demo-types.js';

export const DEMO_FIRMS: readonly DemoFirm[] = [
  ...MACHINERY_FIRMS,
  ...EQUIPMENT_FIRMS,
  ...HEALTH_FIRMS,
  ...ENERGY_FIRMS,
  ...INFO_FIRMS,
];

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  // A typo in the demo data must fail loudly (and roll back), never seed a half-linked workspace.
  if (id === undefined) throw new Error(`demo data: unknown ${what} '${key}'`);
  return id;
}

export function seedDemoWorkspace(db: Database.Database): void {
  const ws = { db, file: db.name };
  writeWorkspace(
    ws,
    () => {
      const segmentIds = new Map<string, number>();
      const firmIds = new Map<string, number>();

      const addSegments = (
        chainId: number,
        parentId: number | null,
        list: readonly DemoSegment[],
      ): void => {
        list.forEach((s, i) => {
          if (segmentIds.has(s.key)) throw new Error(`demo data: duplicate segment '${s.key}'`);
          const id = insertSegment(db, {
            chainId,
            parentId,
            name: s.name,
            stage: s.stage,
            isKey: s.isKey ?? false,
            targetCount: s.target ?? null,
            sortOrder: i,
          });
          segmentIds.set(s.key, id);
          if (s.children) addSegments(chainId, id, s.children);
        });
      };

      DEMO_CLUSTERS.forEach((cluster, ci) => {
        const clusterId = insertCluster(db, {
          name: cluster.name,
          color: cluster.color,
          sortOrder: ci,
        });
        for (const park of cluster.parks) insertPark(db, { name: park, clusterId });
        cluster.chains.forEach((chain, i) => {
          const chainId = insertChain(db, {
            clusterId,
            name: chain.name,
            owner: chain.owner,
            description: chain.description,
            sortOrder: i,
          });
          addSegments(chainId, null, chain.segments);
        });
      });

      for (const firm of DEMO_FIRMS) {
        if (firmIds.has(firm.key)) throw new Error(`demo data: duplicate firm '${firm.key}'`);
        const { key, segments, uncertain, ...fields } = firm;
        const id = insertEnterprise(db, { ...fields, isDemo: true });
        firmIds.set(key, id);
        segments.forEach((seg, i) => {
          insertMapping(db, {
            enterpriseId: id,
            segmentId: lookup(segmentIds, seg, 'segment'),
            isPrimary: i === 0,
            status: 'confirmed',
            evidence: '示例数据 / demo data',
          });
        });
        for (const seg of uncertain) {
          insertMapping(db, {
            enterpriseId: id,
            segmentId: lookup(segmentIds, seg, 'segment'),
            isPrimary: false,
            status: 'uncertain',
            evidence: '示例数据：待核实 / demo data, to be checked',
          });
        }
      }

      for (const link of DEMO_LINKS) {
        insertLink(db, {
          supplierId: lookup(firmIds, link.from, 'firm'),
          buyerId: lookup(firmIds, link.to, 'firm'),
          product: link.product,
          segmentId: link.segment === null ? null : lookup(segmentIds, link.segment, 'segment'),
          amount: link.amount,
          share: link.share ?? null,
          source: link.source,
          yearFrom: link.years?.[0] ?? null,
          yearTo: link.years?.[1] ?? null,
        });
      }

      for (const lead of DEMO_LEADS) {
        insertLead(db, {
          enterpriseId: lead.firm === null ? null : lookup(firmIds, lead.firm, 'firm'),
          targetName: lead.targetName,
          segmentId: lookup(segmentIds, lead.segment, 'segment'),
          stage: lead.stage,
          owner: lead.owner,
          nextStep: lead.nextStep,
          nextDate: lead.nextDate,
          notes: lead.notes,
        });
      }
    },
    { barrier: 'demo' },
  );
}

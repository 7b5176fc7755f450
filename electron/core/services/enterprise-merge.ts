// Merging two records of one firm into the survivor: fields picked side by side, then the other
// record's links, 挂链, leads and names move over so that nothing is counted twice, and the other
// record is deleted. One destructive, undoable edit (a backup is kept first).
import {
  combineLinks,
  combineMappings,
  linkToJoin,
  mergeRecords,
} from '../../../shared/domain/enterprise-merge.js';
import type { SupplyLink } from '../../../shared/domain/schemas.js';
import type {
  MergePick,
  MergeField,
  MergeResult,
} from '../../../shared/ipc/enterprise-edit-contract.js';
import { nameKey } from '../../../shared/spreadsheet/name-key.js';
import { duplicateKey } from '../../../shared/spreadsheet/firm-match.js';
import {
  addAlias,
  clearPrimary,
  deleteEnterprise,
  listAliases,
  listMappings,
  updateEnterprise,
  upsertMapping,
} from '../repositories/enterprise-repository.js';
import {
  deleteLinkRow,
  linksOfFirm,
  moveLeads,
  repointDecisions,
  rememberDecision,
  updateLinkRow,
} from '../repositories/enterprise-merge-repository.js';
import { editWorkspace } from './edit.js';
import { requireFirm } from './enterprise-edit.js';
import type { Workspace } from './workspace.js';

export async function mergeEnterprises(
  ws: Workspace,
  input: { survivorId: number; otherId: number; picks: Partial<Record<MergeField, MergePick>> },
): Promise<MergeResult> {
  const survivor = requireFirm(ws, input.survivorId);
  const other = requireFirm(ws, input.otherId);
  const merged = mergeRecords(survivor, other, input.picks);
  const label = {
    zh: `合并企业「${other.name}」到「${survivor.name}」`,
    en: `Merge firm "${other.name}" into "${survivor.name}"`,
  };
  return editWorkspace(
    ws,
    label,
    () => {
      const s = survivor.id;
      const o = other.id;
      const result: MergeResult = {
        survivorId: s,
        movedLinks: 0,
        combinedLinks: 0,
        droppedSelfLinks: 0,
        movedMappings: 0,
        combinedMappings: 0,
        movedLeads: 0,
        aliasesAdded: 0,
      };
      // Supply links: the other record's ends become the survivor; a link to a partner the survivor
      // already had joins that link; a link between the two records would be the firm supplying itself.
      const own = linksOfFirm(ws.db, s);
      for (const l of linksOfFirm(ws.db, o)) {
        const moved: SupplyLink = {
          ...l,
          supplierId: l.supplierId === o ? s : l.supplierId,
          buyerId: l.buyerId === o ? s : l.buyerId,
        };
        if (moved.supplierId === moved.buyerId) {
          deleteLinkRow(ws.db, l.id);
          result.droppedSelfLinks += 1;
          continue;
        }
        const same = own.filter(
          (x) => x.supplierId === moved.supplierId && x.buyerId === moved.buyerId,
        );
        const target = linkToJoin(same, moved);
        if (target) {
          const joined = combineLinks(target, moved);
          deleteLinkRow(ws.db, l.id);
          updateLinkRow(ws.db, joined);
          own[own.indexOf(target)] = joined;
          result.combinedLinks += 1;
        } else {
          updateLinkRow(ws.db, moved);
          result.movedLinks += 1;
        }
      }
      // 挂链: one row per segment; the survivor keeps one primary segment.
      const mine = new Map(listMappings(ws.db, { enterpriseId: s }).map((m) => [m.segmentId, m]));
      const hadPrimary = [...mine.values()].some((m) => m.isPrimary);
      for (const m of listMappings(ws.db, { enterpriseId: o })) {
        const keep = mine.get(m.segmentId);
        const row = keep
          ? combineMappings(keep, m)
          : { ...m, enterpriseId: s, isPrimary: m.isPrimary && !hadPrimary };
        if (keep) {
          row.isPrimary = keep.isPrimary || (m.isPrimary && !hadPrimary);
          result.combinedMappings += 1;
        } else result.movedMappings += 1;
        upsertMapping(ws.db, row);
      }
      const primaries = listMappings(ws.db, { enterpriseId: s }).filter((m) => m.isPrimary);
      if (primaries[0] && primaries.length > 1) clearPrimary(ws.db, s, primaries[0].segmentId);
      result.movedLeads = moveLeads(ws.db, o, s);
      // Names: the other record's names, and the survivor's own name if a picked name replaces it, stay
      // searchable and match the next import of a file that still uses them.
      const finalKey = nameKey(merged.name);
      const names = [other.name, survivor.name, ...listAliases(ws.db, o)];
      repointDecisions(ws.db, o, s);
      deleteEnterprise(ws.db, o);
      for (const n of names) {
        if (nameKey(n) !== finalKey && addAlias(ws.db, s, n)) result.aliasesAdded += 1;
      }
      // A file row with the other record's USCC and old name would otherwise ask "same firm?" again.
      for (const code of [other.uscc, survivor.uscc]) {
        if (code !== null && code !== merged.uscc) {
          rememberDecision(ws.db, duplicateKey(other.name, code), s);
          rememberDecision(ws.db, duplicateKey(survivor.name, code), s);
        }
      }
      updateEnterprise(ws.db, s, merged);
      return result;
    },
    { destructive: true },
  );
}

// Hand edits of supply links: add (from a firm's drawer or by drawing an edge on the network), edit
// and delete. Both firms and the segment must exist; a link with the same supplier, buyer and segment
// as another is answered as a duplicate (nothing written) until the user confirms it. Each change is
// one labelled, undoable edit; a delete keeps a backup first.
import type { SupplyLink } from '../../../shared/domain/schemas.js';
import type { LinkFields, LinkSaveResult } from '../../../shared/ipc/link-edit-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import { getEnterprise } from '../repositories/enterprise-repository.js';
import {
  deleteLink,
  getLink,
  insertLink,
  sameLinks,
  updateLink,
} from '../repositories/link-repository.js';
import { getSegment } from '../repositories/taxonomy-repository.js';
import { editWorkspace } from './edit.js';
import type { Workspace } from './workspace.js';

const missing = (zh: string, en: string, id: number, field: string): AppError =>
  new AppError(
    'NOT_FOUND',
    `${zh}不存在（id ${String(id)}）`,
    { field },
    `${en} not found (id ${String(id)})`,
  );

function requireLink(ws: Workspace, id: number): SupplyLink {
  const link = getLink(ws.db, id);
  if (!link) throw missing('供应关系', 'Supply link', id, 'id');
  return link;
}

/** Both firms' names, after checking that the firms and the segment exist. */
function checkFields(ws: Workspace, f: LinkFields): { supplier: string; buyer: string } {
  const supplier = getEnterprise(ws.db, f.supplierId);
  if (!supplier) throw missing('供应商企业', 'Supplier', f.supplierId, 'supplierId');
  const buyer = getEnterprise(ws.db, f.buyerId);
  if (!buyer) throw missing('采购方企业', 'Buyer', f.buyerId, 'buyerId');
  if (f.segmentId !== null && !getSegment(ws.db, f.segmentId))
    throw missing('环节', 'Segment', f.segmentId, 'segmentId');
  return { supplier: supplier.name, buyer: buyer.name };
}

/** The stored form: an empty product is no product. */
const stored = (f: LinkFields): Omit<SupplyLink, 'id'> => ({ ...f, product: f.product || null });

export async function createLink(
  ws: Workspace,
  fields: LinkFields,
  allowDuplicate = false,
): Promise<LinkSaveResult> {
  const names = checkFields(ws, fields);
  const existing = sameLinks(ws.db, fields, null);
  if (existing.length > 0 && !allowDuplicate) return { status: 'duplicate', existing };
  const id = await editWorkspace(
    ws,
    {
      zh: `添加供应关系：${names.supplier} → ${names.buyer}`,
      en: `Add supply link: ${names.supplier} → ${names.buyer}`,
    },
    () => insertLink(ws.db, stored(fields)),
  );
  return { status: 'saved', link: requireLink(ws, id) };
}

export async function editLink(
  ws: Workspace,
  id: number,
  fields: LinkFields,
  allowDuplicate = false,
): Promise<LinkSaveResult> {
  requireLink(ws, id);
  const names = checkFields(ws, fields);
  const existing = sameLinks(ws.db, fields, id);
  if (existing.length > 0 && !allowDuplicate) return { status: 'duplicate', existing };
  await editWorkspace(
    ws,
    {
      zh: `修改供应关系：${names.supplier} → ${names.buyer}`,
      en: `Edit supply link: ${names.supplier} → ${names.buyer}`,
    },
    () => updateLink(ws.db, { id, ...stored(fields) }),
  );
  return { status: 'saved', link: requireLink(ws, id) };
}

export async function removeLink(ws: Workspace, id: number): Promise<{ deleted: true }> {
  const link = requireLink(ws, id);
  const supplier = getEnterprise(ws.db, link.supplierId)?.name ?? String(link.supplierId);
  const buyer = getEnterprise(ws.db, link.buyerId)?.name ?? String(link.buyerId);
  await editWorkspace(
    ws,
    {
      zh: `删除供应关系：${supplier} → ${buyer}`,
      en: `Delete supply link: ${supplier} → ${buyer}`,
    },
    () => deleteLink(ws.db, id),
    { destructive: true },
  );
  return { deleted: true };
}

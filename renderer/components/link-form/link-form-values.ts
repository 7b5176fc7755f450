// The link form's values and the shared contract's fields: from a stored link to the form, from the
// form to the fields the api checks, and the schema's problems as messages per form field in the
// UI's language. Pure, so it is unit-tested without a browser.
import type { LinkSource, SupplyLink } from '../../../shared/domain/schemas.js';
import { LinkFieldsSchema, type LinkFields } from '../../../shared/ipc/link-edit-contract.js';

export type LinkFormValues = {
  supplierId: number | null;
  buyerId: number | null;
  product: string;
  segmentId: number | null;
  amount: number | null;
  /** Percent, 0..100 (stored as 0..1). */
  sharePercent: number | null;
  source: LinkSource;
  yearFrom: number | null;
  yearTo: number | null;
};

export type LinkFormField = keyof LinkFormValues;

export const blankLinkValues = (preset: Partial<LinkFormValues> = {}): LinkFormValues => ({
  supplierId: null,
  buyerId: null,
  product: '',
  segmentId: null,
  amount: null,
  sharePercent: null,
  source: 'reported',
  yearFrom: null,
  yearTo: null,
  ...preset,
});

export const linkFormValues = (l: SupplyLink): LinkFormValues => ({
  supplierId: l.supplierId,
  buyerId: l.buyerId,
  product: l.product ?? '',
  segmentId: l.segmentId,
  amount: l.amount,
  // Rounded so 0.35 shows as 35, not 35.00000000000001.
  sharePercent: l.share === null ? null : Math.round(l.share * 1e6) / 1e4,
  source: l.source,
  yearFrom: l.yearFrom,
  yearTo: l.yearTo,
});

/** "中文 / English" → the part for the language; other texts as they are. */
export function messageIn(message: string, language: string): string {
  const [zh, en] = message.split(' / ');
  if (zh === undefined || en === undefined) return message;
  return language === 'en' ? en : zh;
}

const FIELD_OF: Record<string, LinkFormField> = {
  supplierId: 'supplierId',
  buyerId: 'buyerId',
  product: 'product',
  segmentId: 'segmentId',
  amount: 'amount',
  share: 'sharePercent',
  source: 'source',
  yearFrom: 'yearFrom',
  yearTo: 'yearTo',
};

export type LinkCheck =
  | { ok: true; fields: LinkFields }
  | { ok: false; errors: { field: LinkFormField; message: string }[] };

/** The form's values checked by the same schema the api parses with (firms must be chosen first). */
export function checkLinkValues(v: LinkFormValues, language: string): LinkCheck {
  const parsed = LinkFieldsSchema.safeParse({
    supplierId: v.supplierId ?? 0,
    buyerId: v.buyerId ?? 0,
    product: v.product.trim() === '' ? null : v.product,
    segmentId: v.segmentId,
    amount: v.amount,
    share: v.sharePercent === null ? null : v.sharePercent / 100,
    source: v.source,
    yearFrom: v.yearFrom,
    yearTo: v.yearTo,
  });
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors = parsed.error.issues
    .map((issue) => ({
      field: FIELD_OF[String(issue.path[0])],
      message: messageIn(issue.message, language),
    }))
    // An unchosen firm (id 0) is reported by the form's own "choose" rule, not the schema's.
    .filter(
      (e): e is { field: LinkFormField; message: string } =>
        e.field !== undefined &&
        !(
          (e.field === 'supplierId' && v.supplierId === null) ||
          (e.field === 'buyerId' && v.buyerId === null)
        ),
    );
  return { ok: false, errors };
}

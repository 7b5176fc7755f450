// How a row's values meet a stored firm: what the row states overwrites, what it leaves blank stays,
// tags are added to the stored set (replaced only in replace mode), and a different name is a change
// that waits for acceptance. Also lists each field before → after for the row preview.
import type { Enterprise } from '../domain/schemas.js';
import type { EnterpriseDraft } from './drafts.js';
import { FIELDS } from './field-dictionary.js';
import type { EnterpriseRecord, FieldChange } from './plan-types.js';
import { canonicalTag, canonicalTags, tagsSayAboveScale } from './tag-flags.js';
import { OWNERSHIP_WORDS, STATUS_WORDS, toWord } from './vocab.js';

const LABELS = new Map(FIELDS.enterprises.map((d) => [d.key, d.labels[0] ?? d.key]));

/** The header a user knows a field by (our export's header). */
export const fieldLabel = (field: string): string => LABELS.get(field) ?? field;

/** A stored value as the preview shows it. */
export function displayValue(field: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.join('、');
  if (field === 'ownership') return toWord(OWNERSHIP_WORDS, v as Enterprise['ownership'] & string);
  if (field === 'status') return toWord(STATUS_WORDS, v as Enterprise['status']);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** `diff: false` (a new firm: every field would be a change) leaves the changes list empty. */
export type MergeOptions = { acceptName: boolean; replaceTags: boolean; diff?: boolean };

export type Merged = {
  record: EnterpriseRecord;
  changes: FieldChange[];
  /** The stored name, when an accepted rename should keep it as an alias. */
  oldName: string | null;
};

export function mergeFirm(base: EnterpriseRecord, d: EnterpriseDraft, opts: MergeOptions): Merged {
  const record: EnterpriseRecord = { ...base, tags: [...base.tags] };
  const set = record as Record<string, unknown>;
  for (const [k, v] of Object.entries(d.values)) {
    if (k === 'tags') {
      const given = v as string[];
      record.tags = opts.replaceTags
        ? canonicalTags(given)
        : canonicalTags([...base.tags, ...given]);
    } else set[k] = v;
  }
  // Stored tags may say 规上 while the flag is off (older imports): the flag follows the tags,
  // unless the row's 是否规上 says 否, which also takes a stored 规上 tag away (flag and tag agree).
  if (d.values.isAboveScale === false)
    record.tags = record.tags.filter((t) => canonicalTag(t) !== '规上');
  else if (tagsSayAboveScale(record.tags)) record.isAboveScale = true;
  if (d.uscc && !base.uscc) record.uscc = d.uscc;
  const changes: FieldChange[] = [];
  let oldName: string | null = null;
  if (d.name !== base.name) {
    changes.push({
      field: 'name',
      label: fieldLabel('name'),
      before: base.name,
      after: d.name,
      ...(opts.acceptName ? {} : { pending: 'rename' as const }),
    });
    if (opts.acceptName) {
      record.name = d.name;
      oldName = base.name;
    }
  }
  if (opts.diff === false) return { record, changes, oldName };
  for (const k of Object.keys(record) as (keyof EnterpriseRecord)[]) {
    if (k === 'name') continue;
    const before = displayValue(k, base[k]);
    const after = displayValue(k, record[k]);
    if (before === after) continue;
    const removes =
      k === 'tags'
        ? base.tags.some((t) => !record.tags.includes(t))
        : after === '' && before !== '';
    changes.push({
      field: k,
      label: fieldLabel(k),
      before,
      after,
      ...(removes ? { removes } : {}),
    });
  }
  return { record, changes, oldName };
}

// Pure helpers of the lead edit form: a lead as form values and back to a patch holding only the
// fields that changed, with blanks sent as null (cleared) rather than as empty strings.
import type { LeadStage } from '../../../shared/domain/schemas.js';
import type { LeadRow } from '../../../shared/ipc/analysis-contract.js';

export type LeadFormValues = {
  stage: LeadStage;
  owner: string;
  nextStep: string;
  /** YYYY-MM-DD from the date input, or '' for none. */
  nextDate: string;
  notes: string;
};

export type LeadPatchInput = {
  stage?: LeadStage;
  owner?: string | null;
  nextStep?: string | null;
  nextDate?: string | null;
  notes?: string | null;
};

const TEXT_FIELDS = ['owner', 'nextStep', 'nextDate', 'notes'] as const;

export const leadFormValues = (lead: LeadRow): LeadFormValues => ({
  stage: lead.stage,
  owner: lead.owner ?? '',
  nextStep: lead.nextStep ?? '',
  nextDate: lead.nextDate ?? '',
  notes: lead.notes ?? '',
});

export function leadPatch(lead: LeadRow, values: LeadFormValues): LeadPatchInput {
  const patch: LeadPatchInput = {};
  if (values.stage !== lead.stage) patch.stage = values.stage;
  for (const f of TEXT_FIELDS) {
    const v = (values[f] as string | undefined)?.trim() ?? '';
    const next = v === '' ? null : v;
    if (next !== lead[f]) patch[f] = next;
  }
  return patch;
}

/** A date typed or picked must be a real calendar day (YYYY-MM-DD); blank is allowed. */
export function isValidDate(value: string): boolean {
  if (value === '') return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// Between a stored firm and the edit form: the flag tags (链主, 500强, 上市) become checkboxes, the
// rest stay tags, and the form's values become the draft the api checks with the shared zod schema.
import type { Enterprise } from '../../../shared/domain/schemas.js';
import {
  EnterpriseDraftSchema,
  type EnterpriseDraftInput,
} from '../../../shared/ipc/enterprise-edit-contract.js';

/** Tags shown as checkboxes, in the spelling the workspace stores. */
export const FLAG_TAGS = {
  chainLeader: '链主',
  global500: '世界500强',
  china500: '中国500强',
  listed: '上市',
} as const;
export type FlagKey = keyof typeof FLAG_TAGS;
const FLAG_VALUES: readonly string[] = Object.values(FLAG_TAGS);

export type EnterpriseFormValues = Omit<EnterpriseDraftInput, 'tags'> & {
  flags: FlagKey[];
  tags: string[];
};

export const blankFormValues = (): EnterpriseFormValues => ({
  name: '',
  aliases: [],
  uscc: null,
  isLocal: true,
  province: null,
  city: null,
  country: null,
  park: null,
  grid: null,
  responsiblePerson: null,
  ownership: null,
  investorCountry: null,
  isAboveScale: false,
  flags: [],
  tags: [],
  revenue: null,
  employees: null,
  founded: null,
  mainProducts: null,
  status: 'operating',
});

export function formValuesOf(e: Enterprise, aliases: readonly string[]): EnterpriseFormValues {
  const { id: _id, isDemo: _demo, tags, ...fields } = e;
  return {
    ...fields,
    aliases: [...aliases],
    flags: (Object.keys(FLAG_TAGS) as FlagKey[]).filter((k) => tags.includes(FLAG_TAGS[k])),
    // 规上 is the checkbox; a stored 规上 tag would only repeat it.
    tags: tags.filter((t) => !FLAG_VALUES.includes(t) && t !== '规上'),
  };
}

/** The draft the api receives (unset optional inputs become null, flags become tags). */
export function draftOf(v: EnterpriseFormValues): EnterpriseDraftInput {
  const orNull = <T>(x: T | undefined): T | null => (x === undefined || x === '' ? null : x);
  return {
    name: v.name,
    aliases: v.aliases,
    uscc: orNull(v.uscc),
    isLocal: v.isLocal,
    province: orNull(v.province),
    city: orNull(v.city),
    country: orNull(v.country),
    park: orNull(v.park),
    grid: orNull(v.grid),
    responsiblePerson: orNull(v.responsiblePerson),
    ownership: orNull(v.ownership),
    investorCountry: orNull(v.investorCountry),
    isAboveScale: v.isAboveScale,
    tags: [...v.flags.map((k) => FLAG_TAGS[k]), ...v.tags],
    revenue: orNull(v.revenue),
    employees: orNull(v.employees),
    founded: orNull(v.founded),
    mainProducts: orNull(v.mainProducts),
    status: v.status,
  };
}

type DraftField = keyof typeof EnterpriseDraftSchema.shape;

/** The shared schema's verdict on one field as typed: undefined when valid, else its message. */
export function fieldProblem(field: DraftField, value: unknown): string | undefined {
  const schema = EnterpriseDraftSchema.shape[field];
  const r = schema.safeParse(value === undefined || value === '' ? null : value);
  return r.success ? undefined : r.error.issues[0]?.message;
}

/** One side of a "中文 / English" message in the UI's language. */
export function messageIn(text: string, language: string): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return language === 'en' ? text.slice(at + 3) : text.slice(0, at);
}

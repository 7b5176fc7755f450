// The values a firm has when nothing is known about it: the one place importers, builders and
// fixtures take them from, so a new Enterprise field is added once.
import type { Enterprise } from './schemas.js';

/** A fresh object each call, so no two firms ever share a tags array. */
export const enterpriseDefaults = (): Omit<Enterprise, 'id' | 'name'> => ({
  uscc: null,
  isLocal: false,
  province: null,
  city: null,
  country: null,
  park: null,
  grid: null,
  responsiblePerson: null,
  ownership: null,
  investorCountry: null,
  isAboveScale: false,
  tags: [],
  revenue: null,
  employees: null,
  founded: null,
  mainProducts: null,
  status: 'operating',
  isDemo: false,
});

/** A complete Enterprise from an id, a name and whatever else is known. */
export const makeEnterprise = (
  id: number,
  name: string,
  known: Partial<Omit<Enterprise, 'id' | 'name'>> = {},
): Enterprise => ({ id, name, ...enterpriseDefaults(), ...known });

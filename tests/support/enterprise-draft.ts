// A firm as the enterprise form sends it, every field present: the domain's "nothing known" values
// (so a new Enterprise field is added in one place), with a name and whatever a test cares about.
import { enterpriseDefaults } from '../../shared/domain/defaults.js';
import {
  EnterpriseDraftSchema,
  type EnterpriseDraft,
  type EnterpriseDraftInput,
} from '../../shared/ipc/enterprise-edit-contract.js';

/** The raw form input, before the contract trims and checks it (for tests of that check). */
export function enterpriseDraftInput(
  name: string,
  known: Partial<EnterpriseDraftInput> = {},
): EnterpriseDraftInput {
  // The demo flag is the workspace's business, never the form's.
  const { isDemo: _isDemo, ...blank } = enterpriseDefaults();
  return { name, aliases: [], ...blank, ...known };
}

/** The draft as a service receives it, after the contract's checks. */
export const enterpriseDraft = (
  name: string,
  known: Partial<EnterpriseDraftInput> = {},
): EnterpriseDraft => EnterpriseDraftSchema.parse(enterpriseDraftInput(name, known));

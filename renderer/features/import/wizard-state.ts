// The import wizard's state in one reducer: the step, the files picked, the user's choices (column
// mappings, encodings, match answers, accepted renames, replace mode, partial import) and what the core returned.
import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import type { MappingOverride } from '../../../shared/spreadsheet/headers.js';
import type { ReplaceScope } from '../../../shared/spreadsheet/plan-types.js';

export type Pending = ChannelOutput<'import:preview'>;
export type Committed = ChannelOutput<'import:commit'>;
export type Picked = { uid: string; name: string; file: Blob };
export type Busy = 'reading' | 'committing' | null;

export type WizardState = {
  step: 0 | 1 | 2 | 3;
  picked: Picked[];
  mappings: Record<string, MappingOverride>;
  encodings: Record<string, string>;
  decisions: Record<string, number | 'new'>;
  /** Firms whose new name from the file the user accepts. */
  acceptNames: number[];
  /** What the file replaces rather than adds to, for the records it lists (removals are listed). */
  replace: ReplaceScope[];
  /** True when answers or accepted names changed since the last check (the preview is stale). */
  choicesChanged: boolean;
  pending: Pending | null;
  busy: Busy;
  requestId: string | null;
  acceptWarnings: boolean;
  skipInvalid: boolean;
  committed: Committed | null;
};

export const initialWizard: WizardState = {
  step: 0,
  picked: [],
  mappings: {},
  encodings: {},
  decisions: {},
  acceptNames: [],
  replace: [],
  choicesChanged: false,
  pending: null,
  busy: null,
  requestId: null,
  acceptWarnings: false,
  skipInvalid: false,
  committed: null,
};

export type WizardAction =
  | { type: 'pick'; file: Picked }
  | { type: 'unpick'; uid: string }
  | { type: 'step'; step: WizardState['step'] }
  | { type: 'mapping'; key: string; mapping: MappingOverride }
  | { type: 'encoding'; file: string; encoding: string }
  | { type: 'decide'; key: string; choice: number | 'new' }
  | { type: 'acceptName'; id: number; accept: boolean }
  | { type: 'replace'; scopes: ReplaceScope[] }
  | { type: 'busy'; busy: Busy; requestId: string | null }
  | { type: 'previewed'; pending: Pending }
  | { type: 'acceptWarnings'; value: boolean }
  | { type: 'skipInvalid'; value: boolean }
  | { type: 'committed'; result: Committed }
  | { type: 'reset' };

export function wizardReducer(s: WizardState, a: WizardAction): WizardState {
  switch (a.type) {
    case 'pick':
      return { ...s, picked: [...s.picked, a.file] };
    case 'unpick':
      return { ...s, picked: s.picked.filter((p) => p.uid !== a.uid) };
    case 'step':
      return { ...s, step: a.step };
    case 'mapping':
      return { ...s, mappings: { ...s.mappings, [a.key]: a.mapping } };
    case 'encoding':
      return { ...s, encodings: { ...s.encodings, [a.file]: a.encoding } };
    case 'decide':
      return { ...s, decisions: { ...s.decisions, [a.key]: a.choice }, choicesChanged: true };
    case 'acceptName': {
      const rest = s.acceptNames.filter((id) => id !== a.id);
      return { ...s, acceptNames: a.accept ? [...rest, a.id] : rest, choicesChanged: true };
    }
    case 'replace':
      return { ...s, replace: a.scopes, choicesChanged: true };
    case 'busy':
      return { ...s, busy: a.busy, requestId: a.requestId };
    case 'previewed':
      // A new preview asks again for confirmations that were given for the previous one.
      return {
        ...s,
        pending: a.pending,
        acceptWarnings: false,
        skipInvalid: false,
        choicesChanged: false,
        step: s.step === 0 ? 1 : s.step,
      };
    case 'acceptWarnings':
      return { ...s, acceptWarnings: a.value };
    case 'skipInvalid':
      return { ...s, skipInvalid: a.value };
    case 'committed':
      return { ...s, committed: a.result, pending: null, step: 3 };
    case 'reset':
      return initialWizard;
  }
}

/** Records a commit writes: new and updated, over every kind. */
export const writeCount = (preview: Pending['preview'] | undefined): number =>
  preview ? Object.values(preview.counts).reduce((n, c) => n + c.new + c.updated, 0) : 0;

/** Errors of a whole file or sheet: a partial import cannot skip those. */
export const sheetErrors = (preview: Pending['preview']): number =>
  preview.issues.filter((i) => i.severity === 'error' && i.row === 0).length;

// Contract entries for undo and redo of hand edits (the header's buttons and Ctrl+Z / Ctrl+Shift+Z):
// what can be undone or redone and what stops undo, and the two actions; spread into `contract`.
import { z } from 'zod';

/** What an edit did, in both UI languages (the label its service gave it). */
export const EditLabelSchema = z.object({ zh: z.string(), en: z.string() });
export type EditLabel = z.infer<typeof EditLabelSchema>;

export const EditHistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: EditLabelSchema.nullable(),
  redoLabel: EditLabelSchema.nullable(),
  /** Edits were made but undo can go no further: an import, a restore… since them (its message). */
  blockedBy: EditLabelSchema.nullable(),
});
export type EditHistoryState = z.infer<typeof EditHistoryStateSchema>;

const Empty = z.object({}).strict();
/** The step replayed and what the buttons should show afterwards. */
const Replayed = z.object({ label: EditLabelSchema, state: EditHistoryStateSchema });

export const undoContract = {
  'edit:state': { input: Empty, output: EditHistoryStateSchema },
  'edit:undo': { input: Empty, output: Replayed },
  'edit:redo': { input: Empty, output: Replayed },
} as const;

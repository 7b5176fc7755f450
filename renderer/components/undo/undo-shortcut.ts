// Which key press means undo or redo: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes — except in a
// text field being typed in, which keeps its own undo of what was typed.
export type ShortcutKey = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
};

/** Inputs that hold no typed text (a checkbox, a read-only select box): Ctrl+Z there is ours. */
const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/** A field the user types text into: the browser's own Ctrl+Z belongs to it. */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as {
    tagName?: unknown;
    isContentEditable?: unknown;
    readOnly?: unknown;
    type?: unknown;
  } | null;
  if (el === null) return false;
  if (el.isContentEditable === true) return true;
  if (el.tagName === 'TEXTAREA') return el.readOnly !== true;
  if (el.tagName !== 'INPUT' || el.readOnly === true) return false;
  return typeof el.type !== 'string' || !NOT_TEXT.has(el.type);
}

export function undoShortcut(e: ShortcutKey): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

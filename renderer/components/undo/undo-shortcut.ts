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

/** A field that edits text: the browser's own Ctrl+Z belongs to it. */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as { tagName?: unknown; isContentEditable?: unknown } | null;
  if (el === null) return false;
  if (el.isContentEditable === true) return true;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function undoShortcut(e: ShortcutKey): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

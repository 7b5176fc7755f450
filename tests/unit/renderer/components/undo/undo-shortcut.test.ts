// Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo (⌘ on a Mac), but never while the user types in a
// field, whose own undo of the typed text must keep working.
import { describe, expect, it } from 'vitest';

import {
  undoShortcut,
  type ShortcutKey,
} from '../../../../../renderer/components/undo/undo-shortcut.js';

const press = (key: string, mods: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: null,
  ...mods,
});

describe('undoShortcut', () => {
  it('Ctrl+Z and ⌘Z undo; with Shift, or Ctrl+Y, they redo', () => {
    expect(undoShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(undoShortcut(press('z', { metaKey: true }))).toBe('undo');
    expect(undoShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leave Ctrl+Z to a text field, a text area or an editable element being typed in', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT', type: 'search', readOnly: false },
      { tagName: 'TEXTAREA' },
      { tagName: 'DIV', isContentEditable: true },
    ])
      expect(
        undoShortcut(press('z', { ctrlKey: true, target: target as unknown as EventTarget })),
      ).toBeNull();
    // A button, a checkbox and a select box that cannot be typed in (antd's read-only input) are not.
    for (const target of [
      { tagName: 'BUTTON', isContentEditable: false },
      { tagName: 'INPUT', type: 'checkbox' },
      { tagName: 'INPUT', type: 'search', readOnly: true },
    ])
      expect(
        undoShortcut(press('z', { ctrlKey: true, target: target as unknown as EventTarget })),
      ).toBe('undo');
  });

  it('plain Z, Alt combinations and other keys do nothing', () => {
    expect(undoShortcut(press('z'))).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoShortcut(press('x', { ctrlKey: true }))).toBeNull();
    expect(undoShortcut(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});

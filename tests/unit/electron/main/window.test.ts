// The window's webPreferences are the app's first security line (reliability §1.1 items 2–11).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  mainWindowOptions,
  secureWebPreferences,
  START_URL,
} from '../../../../electron/main/window.js';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', true);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('offers DevTools only in development', () => {
    expect(secureWebPreferences('p', true).devTools).toBe(false);
    expect(secureWebPreferences('p', false).devTools).toBe(true);
  });

  it('the main window uses these preferences and loads app://ui, never file://', () => {
    const options = mainWindowOptions('p', true);
    expect(options.webPreferences).toEqual(secureWebPreferences('p', true));
    expect(options.show).toBe(false);
    expect(START_URL).toBe('app://ui/index.html');
  });
});

describe('electron/main sources', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', '..', 'electron', 'main');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

  it('write webPreferences in window.ts only', () => {
    const writers = sources.filter((s) => /webPreferences\s*:/.test(s.text)).map((s) => s.file);
    expect(writers).toEqual(['window.ts']);
  });

  it('never load the UI from file:// or with loadFile', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/loadFile\s*\(/);
      expect(text, file).not.toMatch(/loadURL\(\s*['"`]file:/);
      expect(text, file).not.toContain('pathToFileURL');
    }
  });

  it('never use ELECTRON_RUN_AS_NODE (the fuse is off in packaged builds)', () => {
    for (const { file, text } of sources) expect(text, file).not.toContain('ELECTRON_RUN_AS_NODE');
  });
});

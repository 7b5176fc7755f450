// Builds the renderer (renderer/ → out/renderer) for both shells; relative base so app:// and the
// browser-mode host can serve it from any root. The CSP meta tag comes from shared/security/csp.ts.
import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { CONTENT_SECURITY_POLICY } from './shared/security/csp.js';

const root = resolve(import.meta.dirname, 'renderer');

const CSP_MARKER = '<!-- content-security-policy -->';

/** Writes the one CSP into index.html at build time (dev mode's inline HMR preamble would break it). */
function cspMeta(): Plugin {
  return {
    name: 'chainatlas-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes(CSP_MARKER)) throw new Error(`index.html lacks ${CSP_MARKER}`);
        // Browsers ignore frame-ancestors in a <meta> policy (and log an error); the header keeps it.
        const policy = CONTENT_SECURITY_POLICY.split('; ')
          .filter((d) => !d.startsWith('frame-ancestors'))
          .join('; ');
        const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
        return html.replace(
          CSP_MARKER,
          `<meta http-equiv="Content-Security-Policy" content="${content}" />`,
        );
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // No inline polyfill script: script-src is 'self' only.
    modulePreload: { polyfill: false },
    // antd + cytoscape make one large local chunk; it is read from disk, not a network.
    chunkSizeWarningLimit: 3000,
  },
  // Module workers, so the layout worker can load elkjs only when the layered layout is asked for.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});

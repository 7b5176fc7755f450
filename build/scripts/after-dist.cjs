// electron-builder afterAllArtifactBuild hook: electron-builder rebuilt node_modules/better-sqlite3
// for Electron in place while packaging; put back the Node build that `electron-native.mjs
// --for-dist` saved, so `npm test` keeps working right after `npm run dist`.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder 25 loads hooks with require() */

const path = require('node:path');
const { pathToFileURL } = require('node:url');

async function afterDist() {
  const script = pathToFileURL(path.join(__dirname, 'electron-native.mjs')).href;
  const { restoreNodeAddon } = await import(script);
  restoreNodeAddon();
  return [];
}

module.exports = afterDist;
module.exports.default = afterDist;

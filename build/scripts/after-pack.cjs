// electron-builder afterPack hook: flips the Electron fuses of the packed app before it is signed
// (reliability §1.2). electron-builder 25 has no `electronFuses` option, so @electron/fuses 1.8
// (the Node-20 line) does it here. With RunAsNode off, background work must use utilityProcess.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder 25 loads hooks with require() */

const path = require('node:path');

/** The fuse settings, in electron-builder 26's `electronFuses` names. */
const FUSES = Object.freeze({
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
});

/** @electron/fuses 1.8 FuseV1Options index for each setting. */
const FUSE_INDEX = Object.freeze({
  runAsNode: 0,
  enableCookieEncryption: 1,
  enableNodeOptionsEnvironmentVariable: 2,
  enableNodeCliInspectArguments: 3,
  enableEmbeddedAsarIntegrityValidation: 4,
  onlyLoadAppFromAsar: 5,
  loadBrowserProcessSpecificV8Snapshot: 6,
  grantFileProtocolExtraPrivileges: 7,
});

/** The config object flipFuses() takes. Arch 'arm64' is electron-builder's Arch enum value 3. */
function fuseConfig(platform, arch) {
  const config = {
    version: '1',
    // Flipping fuses breaks the ad-hoc signature macOS arm64 requires; re-sign ad hoc.
    resetAdHocDarwinSignature: platform === 'darwin' && (arch === 'arm64' || arch === 3),
  };
  for (const [name, value] of Object.entries(FUSES)) config[FUSE_INDEX[name]] = value;
  return config;
}

/** The Electron executable (or .app bundle) inside the packed output folder. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

async function afterPack(context, flip = require('@electron/fuses').flipFuses) {
  const binary = electronBinaryPath(context);
  const config = fuseConfig(context.electronPlatformName, context.arch);
  await flip(binary, config);
  console.log(`  • fuses flipped in ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.FUSE_INDEX = FUSE_INDEX;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinaryPath = electronBinaryPath;

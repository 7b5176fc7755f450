// Packaging config: what ships (allow-list, unpacked native addon), for which platforms, and the
// fuses that stop the packaged app from being run as plain Node or inspected (reliability §1.2).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

type Target = { target: string; arch: string[] };
type BuilderConfig = {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  afterAllArtifactBuild: string;
  win: { target: Target[] };
  mac: { target: Target[] };
  linux: { target: Target[] };
};
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

type AfterPack = ((
  context: unknown,
  flip: (binary: string, cfg: unknown) => Promise<number>,
) => Promise<void>) & {
  FUSES: Record<string, boolean>;
  FUSE_INDEX: Record<string, number>;
  fuseConfig: (platform: string, arch: unknown) => Record<string | number, unknown>;
};
const afterPack = require(join(root, config.afterPack)) as AfterPack;

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and keeps the ASCII product name the data folder depends on', () => {
    expect(config.appId).toBe('com.chainatlas.desktop');
    expect(config.productName).toBe('ChainAtlas');
  });

  it('ships only the built app and unpacks the native addon from asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(config.files.some((f) => /^(electron|renderer|shared|tests)\//.test(f))).toBe(false);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**/*']),
    );
    expect(config.npmRebuild).toBe(true);
  });

  it('builds Windows nsis, macOS dmg and Linux AppImage + deb for x64 and arm64', () => {
    const targets = (list: Target[]) =>
      list.map((t) => `${t.target}:${[...t.arch].sort().join('+')}`);
    expect(targets(config.win.target)).toEqual(['nsis:arm64+x64']);
    expect(targets(config.mac.target)).toEqual(['dmg:arm64+x64']);
    expect(targets(config.linux.target)).toEqual(['AppImage:arm64+x64', 'deb:arm64+x64']);
  });

  it('points its hooks at files that exist', () => {
    expect(existsSync(join(root, config.afterPack))).toBe(true);
    expect(existsSync(join(root, config.afterAllArtifactBuild))).toBe(true);
  });
});

describe('fuses (afterPack)', () => {
  it('turns off run-as-node, NODE_OPTIONS, inspect and file:// privileges; turns on cookie encryption and asar integrity', () => {
    expect(afterPack.FUSES).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('maps each setting to the right @electron/fuses wire position', () => {
    const cfg = afterPack.fuseConfig('linux', 'x64');
    expect(cfg['version']).toBe('1');
    expect(cfg[FuseV1Options.RunAsNode]).toBe(false);
    expect(cfg[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(cfg[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(cfg[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(cfg[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(cfg[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(cfg[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(cfg['resetAdHocDarwinSignature']).toBe(false);
  });

  it('flips the fuses of the packed executable on every platform', async () => {
    const context = (platform: string, arch: number) => ({
      appOutDir: '/dist/unpacked',
      electronPlatformName: platform,
      arch,
      packager: { appInfo: { productFilename: 'ChainAtlas' }, executableName: 'chainatlas' },
    });
    const flip = vi.fn((_binary: string, _cfg: unknown) => Promise.resolve(1));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await afterPack(context('win32', 1), flip);
    await afterPack(context('darwin', 3), flip);
    await afterPack(context('linux', 3), flip);
    expect(flip.mock.calls.map((c) => c[0])).toEqual([
      join('/dist/unpacked', 'ChainAtlas.exe'),
      join('/dist/unpacked', 'ChainAtlas.app'),
      join('/dist/unpacked', 'chainatlas'),
    ]);
    // macOS arm64 needs its ad-hoc signature redone after the binary changes.
    expect(flip.mock.calls[1]?.[1]).toMatchObject({
      resetAdHocDarwinSignature: true,
      [FuseV1Options.RunAsNode]: false,
    });
  });
});

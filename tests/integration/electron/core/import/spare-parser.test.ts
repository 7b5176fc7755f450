// A reader started ahead (the import page opened) must take the user's next file, read it the
// same way as a fresh one, never take a second file (one file per process), and not linger.
import { afterEach, describe, expect, it } from 'vitest';

import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import {
  childProcessTransport,
  type ParseTransport,
} from '../../../../../electron/core/import/parse-transport.js';
import { handMadeXlsx } from '../../../../support/import-fixtures.js';

const file = (name: string) => ({
  name,
  bytes: handMadeXlsx([
    ['企业名称', '是否本地'],
    ['甲', '是'],
    ['乙', '否'],
  ]),
});

let transport: ParseTransport | undefined;
afterEach(() => {
  transport?.dispose?.();
});

describe('reader started ahead', () => {
  it('reads the next file in the warmed process, with the same result as a fresh reader', async () => {
    transport = childProcessTransport();
    await transport.warm?.();
    const warm = await transport.parse(file('a.xlsx'));
    const fresh = await transport.parse(file('a.xlsx'));
    expect(warm.readerStats?.startedAhead).toBe(true);
    // The spare went with the first file: the second gets its own process.
    expect(fresh.readerStats?.startedAhead).toBe(false);
    expect(warm.sheets).toEqual(fresh.sheets);
    expect(warm.sheets[0]?.rows).toEqual([
      ['企业名称', '是否本地'],
      ['甲', '是'],
      ['乙', '否'],
    ]);
  }, 120_000);

  it('two warm() calls at once both resolve; after dispose a file starts a fresh process', async () => {
    transport = childProcessTransport();
    await Promise.all([transport.warm?.(), transport.warm?.()]);
    transport.dispose?.();
    const wb = await transport.parse(file('b.xlsx'));
    expect(wb.readerStats?.startedAhead).toBe(false);
  }, 120_000);

  it('a file chosen while the reader still warms up is read by a fresh process at once', async () => {
    transport = childProcessTransport();
    const ready = transport.warm?.();
    const wb = await transport.parse(file('c.xlsx'));
    // The half-warm spare was stopped rather than waited for: its promise settles too.
    await ready;
    expect(wb.readerStats?.startedAhead).toBe(false);
    expect(wb.sheets[0]?.rows[1]).toEqual(['甲', '是']);
  }, 120_000);

  it('a spare left idle is stopped, and the next file is still read', async () => {
    transport = childProcessTransport({ spareIdleMs: 300 });
    await transport.warm?.();
    await new Promise((r) => setTimeout(r, 600));
    const wb = await transport.parse(file('d.xlsx'));
    expect(wb.readerStats?.startedAhead).toBe(false);
  }, 120_000);

  it('a refused file in the warmed process leaves the next file unaffected', async () => {
    transport = childProcessTransport();
    await transport.warm?.();
    const refused = await transport
      .parse({ name: 'x.xlsx', bytes: Buffer.from('PK\u0003\u0004 not a zip') })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(FileRejectedError);
    expect((refused as FileRejectedError).code).toMatch(/CORRUPT|UNKNOWN_FORMAT/);
    const wb = await transport.parse(file('e.xlsx'));
    expect(wb.sheets[0]?.rows[2]).toEqual(['乙', '否']);
  }, 120_000);
});

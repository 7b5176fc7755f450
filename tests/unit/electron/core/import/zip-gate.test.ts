// Zip gate: each limit (entry count, declared total size, per-entry ratio) refuses on its own with
// its own message, an archive lying about its sizes is refused, and an honest workbook passes with
// the parts later checks read. Small limits keep the archives tiny.
import { randomBytes } from 'node:crypto';

import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';

import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import { LIMITS, type Limits } from '../../../../../electron/core/import/limits.js';
import { checkZip } from '../../../../../electron/core/import/zip-gate.js';

const limits = (over: Partial<Limits>): Limits => ({ ...LIMITS, ...over });

/** Text that barely compresses, so declared sizes stay near their compressed sizes. */
const noise = (n: number): Uint8Array => strToU8(randomBytes(n).toString('hex').slice(0, n));

const files = (count: number, bytes: number): Zippable =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`xl/part${String(i)}.bin`, noise(bytes)]),
  );

async function refusal(p: Promise<unknown>): Promise<FileRejectedError> {
  const e: unknown = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, 'the archive should have been refused').toBeInstanceOf(FileRejectedError);
  return e as FileRejectedError;
}

/** Rewrites the uncompressed size every central-directory record declares. */
function declareSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i += 1) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('checkZip', () => {
  it('passes an honest workbook and returns its entries, real size, XML tails and workbook parts', async () => {
    const workbook = '<workbook><sheets><sheet name="企业名录" r:id="rId1"/></sheets></workbook>';
    const sheet = `<worksheet>${'<row/>'.repeat(200)}<sheetData/></worksheet>`;
    const zip = zipSync({
      'xl/workbook.xml': strToU8(workbook),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
      'xl/media/': new Uint8Array(0),
      'xl/media/logo.png': noise(300),
    });
    const s = await checkZip(zip, LIMITS);
    expect(s.entries).toEqual([
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/media/',
      'xl/media/logo.png',
    ]);
    expect(s.uncompressedBytes).toBe(strToU8(workbook).length + sheet.length + 300);
    expect(s.kept.get('xl/workbook.xml')).toBe(workbook);
    expect(s.kept.has('xl/worksheets/sheet1.xml')).toBe(false);
    expect(s.tails.get('xl/worksheets/sheet1.xml')).toBe(sheet.slice(-256));
    // Tails are kept as latin1: only the closing tags' ASCII matters.
    expect(s.tails.get('xl/workbook.xml')).toBe(Buffer.from(workbook).toString('latin1'));
    expect(s.tails.has('xl/media/logo.png')).toBe(false);
  });

  it('keeps the last 256 bytes of every XML or .rels part, however it arrives in chunks', async () => {
    const big = noise(300_000); // inflates in several chunks
    const rels = strToU8('<Relationships/>');
    const s = await checkZip(
      zipSync({
        'xl/worksheets/sheet1.xml': big,
        'xl/_rels/workbook.xml.rels': rels,
        'XL/STYLES.XML': strToU8('<styleSheet/>'),
        'xl/sheet.xml.bak': strToU8('<x/>'),
      }),
      LIMITS,
    );
    expect(s.tails.get('xl/worksheets/sheet1.xml')).toBe(
      Buffer.from(big.subarray(big.length - 256)).toString('latin1'),
    );
    expect(s.tails.get('xl/_rels/workbook.xml.rels')).toBe('<Relationships/>');
    expect(s.kept.get('xl/_rels/workbook.xml.rels')).toBe('<Relationships/>');
    expect(s.tails.get('XL/STYLES.XML')).toBe('<styleSheet/>');
    expect(s.tails.has('xl/sheet.xml.bak')).toBe(false);
  });

  it('does not keep a workbook part over 4 MB whole (its tail is still checked)', async () => {
    const huge = strToU8(`<workbook>${' '.repeat(4 * 1024 * 1024)}</workbook>`);
    const s = await checkZip(zipSync({ 'xl/workbook.xml': huge }), LIMITS);
    expect(s.kept.has('xl/workbook.xml')).toBe(false);
    expect(s.tails.get('xl/workbook.xml')?.endsWith('</workbook>')).toBe(true);
  });

  it('refuses more entries than the limit, and passes exactly the limit', async () => {
    const l = limits({ maxZipEntries: 3 });
    const e = await refusal(checkZip(zipSync(files(4, 10)), l));
    expect(e.code).toBe('ZIP_LIMIT');
    expect(e.messageZh).toBe('文件包含的条目过多（4）');
    expect(e.messageEn).toContain('too many entries (4)');
    await expect(checkZip(zipSync(files(3, 10)), l)).resolves.toMatchObject({
      uncompressedBytes: 30,
    });
  });

  it('refuses a declared total over the limit before inflating it, and passes exactly the limit', async () => {
    const l = limits({ maxZipUncompressedBytes: 3000 });
    const e = await refusal(checkZip(zipSync(files(4, 1000)), l));
    expect(e.code).toBe('ZIP_LIMIT');
    // The declared-size message, not the streamed one: nothing past the limit was inflated.
    expect(e.messageZh).toContain('解压后超过安全上限（共 0 MB）');
    expect(e.messageEn).toContain('MB in total');
    await expect(checkZip(zipSync(files(3, 1000)), l)).resolves.toMatchObject({
      uncompressedBytes: 3000,
    });
  });

  it('refuses one large entry with a wild compression ratio, naming it', async () => {
    const l = limits({ zipRatioMinBytes: 1000, maxZipRatio: 20 });
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(50_000) });
    const e = await refusal(checkZip(bomb, l));
    expect(e.code).toBe('ZIP_LIMIT');
    expect(e.messageZh).toContain('xl/worksheets/sheet1.xml 解压 0 MB，压缩比');
    // Below the size the ratio rule applies to, the same ratio is fine; so is a modest ratio.
    await expect(
      checkZip(bomb, limits({ zipRatioMinBytes: 50_000, maxZipRatio: 20 })),
    ).resolves.toBeDefined();
    await expect(
      checkZip(bomb, limits({ zipRatioMinBytes: 1000, maxZipRatio: 1e6 })),
    ).resolves.toBeDefined();
  });

  it('refuses an archive that declares less than it inflates to, as lying about its sizes', async () => {
    const zip = declareSizes(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(200_000) }), 100);
    const e = await refusal(checkZip(zip, LIMITS));
    expect(e.code).toBe('ZIP_LIMIT');
    expect(e.messageZh).toContain('压缩包声明的大小与实际内容不符');
  });

  it('refuses an archive that declares more than it holds', async () => {
    const zip = declareSizes(zipSync({ 'xl/styles.xml': strToU8('<styleSheet/>') }), 5000);
    const e = await refusal(checkZip(zip, LIMITS));
    expect(e.code).toBe('ZIP_LIMIT');
    expect(e.messageEn).toBe('the archive lies about its sizes (damaged or crafted)');
  });

  it('refuses bytes that are not a zip as damaged', async () => {
    const e = await refusal(checkZip(new Uint8Array(randomBytes(2000)), LIMITS));
    expect(e.code).toBe('CORRUPT');
    expect(e.messageZh).toMatch(/^文件已损坏或不完整，无法读取（.+）$/);
  });
});

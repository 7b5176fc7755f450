// The dry run reads the workspace while the parser child reads the files. A write that lands after
// that read (here: the same firm imported by someone else while the file is still being parsed)
// must make the commit plan again, never create the firm a second time.
import { afterEach, describe, expect, it } from 'vitest';

import {
  childProcessTransport,
  inProcessTransport,
  type ParseTransport,
} from '../../../../../electron/core/import/parse-transport.js';
import { commitImport, prepareImport } from '../../../../../electron/core/import/import-service.js';
import { tempWorkspace, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const csv = (text: string) => ({ name: '名录.csv', bytes: Buffer.from(text, 'utf8') });
const FILE = csv('企业名称,是否本地,主营产品\n济宁泰丰液压泵有限公司,是,液压泵\n');

const firms = (t: TempWorkspace) =>
  t.ws.db.prepare('SELECT name, main_products AS products FROM enterprise').all();

describe('prepareImport reads the workspace during the parse', () => {
  it('a firm written while the file is parsed is matched at commit, not duplicated', async () => {
    t = tempWorkspace();
    const ws = t.ws;
    const child = childProcessTransport();
    let wroteDuringParse = false;
    const writesWhileParsing: ParseTransport = {
      parse: async (req, signal) => {
        const wb = await child.parse(req, signal);
        // By now the dry run has read the workspace; this import is what it did not see.
        const other = await prepareImport(
          ws,
          [csv('企业名称,是否本地\n济宁泰丰液压泵有限公司,是\n')],
          {
            transport: inProcessTransport(),
          },
        );
        await commitImport(ws, other, { backup: false });
        wroteDuringParse = true;
        return wb;
      },
    };
    const prepared = await prepareImport(ws, [FILE], { transport: writesWhileParsing });
    expect(wroteDuringParse).toBe(true);
    // The preview shows the workspace as it was when the import began.
    expect(prepared.preview.counts.enterprises.new).toBe(1);

    const result = await commitImport(ws, prepared, { backup: false });
    expect(result.preview.counts.enterprises).toMatchObject({ new: 0, updated: 1 });
    expect(firms(t)).toEqual([{ name: '济宁泰丰液压泵有限公司', products: '液压泵' }]);
  });

  it('an unchanged workspace is planned once and the preview is what is written', async () => {
    t = tempWorkspace();
    const prepared = await prepareImport(t.ws, [FILE], { transport: inProcessTransport() });
    const result = await commitImport(t.ws, prepared, { backup: false });
    expect(result.preview.counts.enterprises).toEqual(prepared.preview.counts.enterprises);
    expect(firms(t)).toEqual([{ name: '济宁泰丰液压泵有限公司', products: '液压泵' }]);
  });
});

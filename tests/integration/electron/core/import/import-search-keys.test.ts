// An import leaves its new firms' search keys (pinyin) to one batch written right after it answers:
// the register finds a new firm by pinyin at once all the same, the batch then stores the same keys
// the app computes for any firm, a rename by import changes the keys at once, and a workspace closed
// straight after an import (the command line) gets the keys when it is next opened.
import { afterEach, describe, expect, it } from 'vitest';

import { missingKeyCount, searchKeysSettled } from '../../../../../electron/core/db/search-keys.js';
import {
  commitImport,
  prepareImport,
  type ImportOptions,
} from '../../../../../electron/core/import/import-service.js';
import { inProcessTransport } from '../../../../../electron/core/import/parse-transport.js';
import { enterpriseList } from '../../../../../electron/core/services/enterprise-register.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { withUsccCheckChar } from '../../../../../shared/domain/uscc.js';
import { demoWorkspace } from '../../../../support/demo-workspace.js';
import type { TempWorkspace } from '../../../../support/import-fixtures.js';
import {
  expectedKeyRows as expected,
  storedKeyRows as stored,
} from '../../../../support/search-key-rows.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const csv = (text: string) => ({ name: '名录.csv', bytes: Buffer.from(`\uFEFF${text}`, 'utf8') });
const importCsv = async (ws: Workspace, text: string, options: ImportOptions = {}) => {
  const prepared = await prepareImport(ws, [csv(text)], {
    ...options,
    transport: inProcessTransport(),
  });
  await commitImport(ws, prepared, { backup: false, acceptWarnings: true });
};
const found = (ws: Workspace, query: string): string[] =>
  enterpriseList(ws, { query, offset: 0, limit: 20 }).rows.map((r) => r.name);

const USCC = withUsccCheckChar('91370800MA3C8LK0Y');
const LUKE = '济宁鲁科液压机械有限公司';

describe('search keys of imported firms', () => {
  it('finds a new firm by pinyin right after the import, and stores its keys just after', async () => {
    t = demoWorkspace();
    const db = t.ws.db;
    await importCsv(t.ws, `企业名称,统一社会信用代码,是否本地\n${LUKE},${USCC},是\n`);
    // The import answered before the keys were written…
    expect(missingKeyCount(db)).toBe(1);
    // …and the register finds the firm by initials, full pinyin and its short name all the same.
    expect(found(t.ws, 'jnlkyy')).toEqual([LUKE]);
    expect(found(t.ws, 'lukeyeya')).toEqual([LUKE]);
    expect(found(t.ws, '鲁科液压机械')).toEqual([LUKE]);

    expect(await searchKeysSettled(db)).toBe(1);
    expect(missingKeyCount(db)).toBe(0);
    expect(stored(db)).toEqual(expected(db));
    expect(found(t.ws, 'jnlkyy')).toEqual([LUKE]);
  });

  it('changes the keys of a firm renamed by a second import at once', async () => {
    t = demoWorkspace();
    const db = t.ws.db;
    await importCsv(t.ws, `企业名称,统一社会信用代码\n${LUKE},${USCC}\n`);
    await searchKeysSettled(db);
    const id = db.prepare('SELECT id FROM enterprise WHERE name = ?').pluck().get(LUKE) as number;
    // Next month: the same USCC under a new name, accepted; and one more new firm.
    const renamed = '山东鲁科智能装备有限公司';
    await importCsv(
      t.ws,
      `企业名称,统一社会信用代码\n${renamed},${USCC}\n济宁泰和铸造有限公司,\n`,
      { acceptNames: [id] },
    );
    expect(missingKeyCount(db)).toBe(1);
    expect(found(t.ws, 'sdlkzn')).toEqual([renamed]);
    // The old name stays searchable as an alias, by its pinyin too.
    expect(found(t.ws, 'jnlkyy')).toEqual([renamed]);
    expect(found(t.ws, 'taihezhuzao')).toEqual(['济宁泰和铸造有限公司']);
    await searchKeysSettled(db);
    expect(stored(db)).toEqual(expected(db));
  });

  it('fills the keys on the next open when the workspace is closed straight after the import', async () => {
    t = demoWorkspace();
    await importCsv(t.ws, `企业名称,是否本地\n${LUKE},是\n济宁泰和铸造有限公司,是\n`);
    const db = t.ws.db;
    closeWorkspace(t.ws);
    expect(await searchKeysSettled(db)).toBe(0);
    const again = openWorkspace(t.file);
    try {
      expect(missingKeyCount(again.db)).toBe(0);
      expect(stored(again.db)).toEqual(expected(again.db));
      expect(found(again, 'jnlkyy')).toEqual([LUKE]);
    } finally {
      closeWorkspace(again);
    }
  });
});

// The built-in template library: every file parses against the schema, has 15-40 segments with
// unique names, all three stages and a key segment in each; the titles the zone asked for exist.
import { describe, expect, it } from 'vitest';

import { TEMPLATE_LIBRARY, findTemplate } from '../../../../shared/templates/library/index.js';
import { ChainTemplateSchema, templateRows } from '../../../../shared/templates/schema.js';
import { templateProblems } from '../../../../shared/templates/validate.js';

describe('the template library', () => {
  it('holds the eight chains the zone needs', () => {
    expect(TEMPLATE_LIBRARY.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        '工程机械（挖掘机与重卡）',
        '矿山装备',
        '疫苗与生物制品',
        '化学原料药与兽药',
        '医疗器械',
        '新能源电池',
        '先进高分子与复合材料',
        '智能终端',
      ]),
    );
    expect(new Set(TEMPLATE_LIBRARY.map((t) => t.id)).size).toBe(TEMPLATE_LIBRARY.length);
    expect(new Set(TEMPLATE_LIBRARY.map((t) => t.name)).size).toBe(TEMPLATE_LIBRARY.length);
  });

  it.each(TEMPLATE_LIBRARY.map((t) => [t.title, t] as const))('%s follows every rule', (_, t) => {
    expect(ChainTemplateSchema.parse(t)).toEqual(t);
    expect(templateProblems(t, { library: true })).toEqual([]);
    const rows = templateRows(t);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.length).toBeLessThanOrEqual(40);
    for (const stage of ['upstream', 'midstream', 'downstream'] as const)
      expect(rows.some((r) => r.stage === stage && r.isKey)).toBe(true);
  });

  it('finds a template by id, chain name or title', () => {
    expect(findTemplate('construction-machinery')?.name).toBe('工程机械');
    expect(findTemplate('工程机械')?.id).toBe('construction-machinery');
    expect(findTemplate('工程机械（挖掘机与重卡）')?.id).toBe('construction-machinery');
    expect(findTemplate('不存在')).toBeUndefined();
  });
});

describe('templateProblems', () => {
  const base = findTemplate('矿山装备');
  if (!base) throw new Error('矿山装备 missing');

  it('names a repeated segment, a top-level segment without stage and a stage without key', () => {
    const bad = {
      name: '测试链',
      segments: [
        { name: '原料', stage: 'upstream' as const, children: [{ name: '钢材' }] },
        { name: '钢材', children: [] },
        { name: '整机', stage: 'midstream' as const, key: true },
      ],
    };
    const texts = templateProblems(bad, { library: true }).map((p) => p.zh);
    expect(texts).toEqual(
      expect.arrayContaining([
        '顶层环节“钢材”没有注明上游/中游/下游',
        '环节名称“钢材”在产业链“测试链”中重复',
        expect.stringContaining('有 4 个环节，模板库要求 15–40 个'),
        '产业链“测试链”的上游没有核心环节',
        '产业链“测试链”没有下游环节',
      ]),
    );
  });

  it('accepts a small shared template outside the library rules', () => {
    const small = { name: '小链', segments: [{ name: '原料', stage: 'upstream' as const }] };
    expect(templateProblems(small)).toEqual([]);
    expect(templateProblems(small, { library: true })).not.toEqual([]);
  });

  it('gives children their parent stage unless they name one', () => {
    const rows = templateRows({
      segments: [
        {
          name: 'A',
          stage: 'upstream',
          children: [{ name: 'B' }, { name: 'C', stage: 'midstream' }],
        },
      ],
    });
    expect(rows.map((r) => [r.name, r.parent, r.stage, r.depth, r.sortOrder])).toEqual([
      ['A', null, 'upstream', 0, 0],
      ['B', 'A', 'upstream', 1, 0],
      ['C', 'A', 'midstream', 1, 1],
    ]);
  });
});

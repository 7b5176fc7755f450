// The import template: one sheet per entity with the headers the importer recognises and one
// example row (the examples refer to each other, so the untouched template imports cleanly),
// plus an instruction sheet written as single-cell lines so it is never taken for data.
import type { ExportTable } from './export-tables.js';
import { exportTables } from './export-tables.js';

const EXAMPLE = exportTables({
  clusters: [{ id: 1, name: '高端装备', color: '#1677ff', sortOrder: 0, parks: [] }],
  chains: [
    {
      id: 1,
      clusterId: 1,
      name: '工程机械',
      owner: '链长办公室',
      description: '示例：以整机企业为链主',
      sortOrder: 0,
    },
  ],
  segments: [
    {
      id: 1,
      chainId: 1,
      parentId: null,
      name: '核心零部件',
      stage: 'upstream',
      isKey: true,
      targetCount: null,
      sortOrder: 0,
    },
    {
      id: 2,
      chainId: 1,
      parentId: 1,
      name: '油缸',
      stage: 'upstream',
      isKey: true,
      targetCount: 3,
      sortOrder: 1,
    },
  ],
  enterprises: [
    {
      id: 1,
      name: '示例液压件有限公司',
      uscc: '91440101MA5CJQ4N59',
      isLocal: true,
      province: '山东省',
      city: '济宁市',
      country: '中国',
      park: '国际高端装备产业园',
      grid: '第一网格',
      responsiblePerson: '张三',
      ownership: 'private',
      investorCountry: null,
      isAboveScale: true,
      tags: ['专精特新'],
      revenue: 8500,
      employees: 320,
      founded: 2012,
      mainProducts: '液压油缸',
      status: 'operating',
      isDemo: false,
    },
    {
      id: 2,
      name: '示例整机制造有限公司',
      uscc: null,
      isLocal: true,
      province: '山东省',
      city: '济宁市',
      country: '中国',
      park: '国际高端装备产业园',
      grid: null,
      responsiblePerson: null,
      ownership: 'foreign',
      investorCountry: '日本',
      isAboveScale: true,
      tags: ['链主'],
      revenue: 120000,
      employees: 2300,
      founded: 2005,
      mainProducts: '液压挖掘机',
      status: 'operating',
      isDemo: false,
    },
  ],
  mappings: [
    { enterpriseId: 1, segmentId: 2, isPrimary: true, status: 'confirmed', evidence: null },
  ],
  links: [
    {
      id: 1,
      supplierId: 1,
      buyerId: 2,
      product: '油缸',
      segmentId: 2,
      amount: 1200,
      share: 0.35,
      source: 'verified',
      yearFrom: 2019,
      yearTo: null,
    },
  ],
  leads: [
    {
      id: 1,
      enterpriseId: null,
      targetName: '示例目标企业有限公司',
      segmentId: 2,
      stage: 'contact',
      owner: '李四',
      nextStep: '赴企业考察',
      nextDate: '2026-04-01',
      notes: '链主推荐',
      createdAt: '',
      updatedAt: '',
    },
  ],
});

const INSTRUCTIONS = [
  '填写说明 / How to fill in this template',
  '',
  '· 每个工作表对应一类数据：产业链（模板）、企业、供应关系、招商线索；不需要的工作表可以删除。',
  '· 第一行是表头，请勿修改；示例行可删除或覆盖。表头上方可以有标题行，表格下方的“合计”“备注”行会被忽略。',
  '· 统一社会信用代码：18 位，请把该列设为“文本”格式，否则 Excel 会把全数字的代码变成 9.13502E+17 而丢失位数。',
  '· 金额单位为万元，也可直接写“1.2亿元”“350万元”；占比可写 35% 或 0.35。',
  '· 多个值（所属环节、标签）用顿号、逗号、分号或竖线分隔，例如“油缸、回转支承”。',
  '· 环节写成“产业链/环节”（如“工程机械/油缸”）最准确；只写环节名时，须在所有产业链中唯一。',
  '· 是否本地、是否规上、是否核心环节：填 是/否。位置：上游/中游/下游。',
  '· 企业性质：国企/民营/外资/合资/其他。状态：在营/在建/签约/线索。来源：核实/上报/推断。阶段：线索/接洽/考察/签约/落地。',
  '· 供应关系中的供应方、采购方须在“企业”表或已有工作区中；同名企业可用信用代码区分。',
  '· 导入前会先检查并列出所有问题（文件、工作表、行、列）；有错误时不会写入任何数据。',
];

export function templateTables(): ExportTable[] {
  return [
    ...EXAMPLE,
    {
      kind: 'leads',
      sheet: '填写说明',
      columns: [{ header: INSTRUCTIONS[0] ?? '', type: 'text' }],
      rows: INSTRUCTIONS.slice(1).map((l) => [l]),
    },
  ];
}

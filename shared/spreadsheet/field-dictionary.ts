// The columns each importable sheet kind knows, with the Chinese/English header variants seen in
// registers, park lists and graph tools (Id/Label/Source/Target/Weight). The first label of each
// field is the header our export and templates write.
import type { EntityKind } from './types.js';

export type FieldDef = { key: string; labels: readonly string[]; required?: boolean };

const f = (key: string, labels: string[], required = false): FieldDef => ({
  key,
  labels,
  required,
});

export const FIELDS: Record<EntityKind, readonly FieldDef[]> = {
  enterprises: [
    f(
      'name',
      [
        '企业名称',
        '公司名称',
        '名称',
        '单位名称',
        '企业全称',
        '企业',
        '公司',
        'name',
        'company',
        'enterprise',
        'label',
      ],
      true,
    ),
    f('externalId', ['id', '编号', '企业编号', 'node id']),
    f('uscc', ['统一社会信用代码', '信用代码', '社会信用代码', '统一代码', 'uscc', 'credit code']),
    f('isLocal', ['是否本地', '本地企业', '是否区内', '本地', '区内外', 'local', 'is local']),
    f('province', ['省份', '所在省份', '省', 'province']),
    f('city', ['城市', '所在城市', '所在地市', '市', 'city']),
    f('country', ['国别', '国家', '所在国家', '国家/地区', 'country']),
    f('park', ['所属园区', '园区', '所在园区', 'park']),
    f('grid', ['网格', '所属网格', 'grid']),
    f('responsiblePerson', ['包保人', '包保责任人', '责任人', '负责人', 'responsible person']),
    f('ownership', ['企业性质', '所有制', '经济类型', '所有制性质', 'ownership']),
    f('investorCountry', [
      '投资方国别',
      '投资国别',
      '外资来源国',
      '投资来源地',
      'investor country',
    ]),
    f('isAboveScale', ['是否规上', '规上企业', '规上', '规模以上', 'above scale']),
    f('tags', ['标签', '企业标签', '荣誉资质', 'tags']),
    f('revenue', ['营业收入', '营收', '主营业务收入', '年营业收入', 'revenue']),
    f('employees', ['员工人数', '从业人数', '职工人数', '人数', 'employees']),
    f('founded', ['成立年份', '成立时间', '成立日期', '注册时间', 'founded']),
    f('mainProducts', ['主营产品', '主要产品', '产品', 'products', 'main products']),
    f('status', ['状态', '企业状态', '经营状态', 'status']),
    f('chains', ['所属产业链', '产业链', 'chain', 'chains']),
    f('segments', ['所属环节', '环节', '产业链环节', 'segment', 'segments']),
    f('uncertainSegments', ['待确认环节', 'uncertain segments']),
    f('action', ['操作', '操作类型', 'action']),
    f('ignore', ['序号', 'type', '类型', '备注']),
  ],
  links: [
    f(
      'supplier',
      ['供应方', '供应商', '上游企业', '供货单位', '供应企业', 'supplier', 'source', 'from'],
      true,
    ),
    f('supplierUscc', ['供应方信用代码', '供应方统一社会信用代码', '供应商信用代码']),
    f(
      'buyer',
      [
        '采购方',
        '客户',
        '下游企业',
        '需求方',
        '采购企业',
        '购买方',
        'buyer',
        'customer',
        'target',
        'to',
      ],
      true,
    ),
    f('buyerUscc', ['采购方信用代码', '采购方统一社会信用代码', '客户信用代码']),
    f('product', ['产品', '供货产品', '配套产品', 'product']),
    f('segment', ['所属环节', '环节', 'segment']),
    f('amount', ['年供货额', '金额', '供货额', '年采购额', '采购额', 'amount', 'weight', 'value']),
    f('share', ['占比', '份额', '供货占比', 'share']),
    f('source', ['来源', '数据来源', '可信度', 'data source']),
    f('yearFrom', ['起始年份', '开始年份', '起始年', 'year from']),
    f('yearTo', ['截止年份', '结束年份', '截止年', 'year to']),
    f('action', ['操作', '操作类型', 'action']),
    f('ignore', ['序号', 'id', 'type', '类型', '备注', 'label']),
  ],
  chains: [
    f('cluster', ['产业集群', '集群', '主导产业', 'cluster']),
    f('chain', ['产业链', '产业链名称', '链条', 'chain'], true),
    f('segment', ['环节', '环节名称', '子环节', 'segment']),
    f('parent', ['上级环节', '父环节', '上级', 'parent']),
    f('stage', ['位置', '环节位置', '上中下游', '产业链位置', 'stage']),
    f('isKey', ['是否核心环节', '核心环节', '是否卡脖子', '关键环节', 'key']),
    f('targetCount', ['目标企业数', '目标数', 'target count']),
    f('owner', ['链长', 'owner']),
    f('description', ['产业链简介', '产业链说明', 'description']),
    f('clusterColor', ['集群颜色', 'color']),
    f('ignore', ['序号', '备注']),
  ],
  leads: [
    f('target', ['目标企业', '招商对象', '线索企业', '目标企业名称', 'target name'], true),
    f('targetUscc', ['目标企业信用代码', '统一社会信用代码']),
    f('chain', ['产业链', '所属产业链', 'chain']),
    f('segment', ['拟补环节', '补链环节', '环节', 'segment']),
    f('stage', ['阶段', '进展', '跟进阶段', '线索阶段', 'stage']),
    f('owner', ['负责人', '招商负责人', '跟进人', 'owner']),
    f('nextStep', ['下一步', '下一步工作', 'next step']),
    f('nextDate', ['下次日期', '计划日期', '下次跟进日期', 'next date']),
    f('notes', ['备注', '说明', 'notes']),
    f('ignore', ['序号']),
  ],
};

/** Sheet names that say which kind a sheet holds, for when headers alone are not decisive. */
export const SHEET_HINTS: Record<EntityKind, RegExp> = {
  enterprises: /企业|名录|公司|nodes?|enterprises?|firms?/i,
  links: /供应|供货|配套关系|关系|edges?|links?/i,
  chains: /产业链|链条|模板|环节|chains?|templates?/i,
  leads: /线索|招商|项目|leads?/i,
};

/** The header our export writes for a field (first label). */
export function exportHeader(kind: EntityKind, key: string): string {
  const label = FIELDS[kind].find((d) => d.key === key)?.labels[0];
  if (label === undefined) throw new Error(`unknown field ${kind}.${key}`);
  return label;
}

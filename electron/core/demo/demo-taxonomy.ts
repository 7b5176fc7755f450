// The demo's four clusters (from the Jining High-tech Zone article), their parks and chain templates.
// Segment keys are referenced by the firm, link and lead data; leaves are what gap analysis rates.
import type { DemoCluster } from './demo-types.js';

const engineeringMachinery = {
  name: '工程机械',
  owner: '高新区装备产业链链长办公室（示例）',
  description:
    '以小松全球智能制造产业基地为链主：年产液压挖掘机和重型卡车 1 万台，9 家配套企业随链主落户。',
  segments: [
    {
      key: 'cm.raw',
      name: '原材料',
      stage: 'upstream',
      children: [
        { key: 'cm.steel', name: '钢材', stage: 'upstream' },
        { key: 'cm.casting', name: '铸锻件', stage: 'upstream' },
      ],
    },
    {
      key: 'cm.core',
      name: '核心零部件',
      stage: 'upstream',
      isKey: true,
      children: [
        { key: 'cm.engine', name: '发动机', stage: 'upstream', isKey: true },
        { key: 'cm.pump', name: '液压泵', stage: 'upstream', isKey: true },
        { key: 'cm.valve', name: '主控阀', stage: 'upstream', isKey: true },
        { key: 'cm.cylinder', name: '油缸', stage: 'upstream', isKey: true },
        { key: 'cm.slewing', name: '回转支承', stage: 'upstream', isKey: true },
        { key: 'cm.ecu', name: '电控系统', stage: 'upstream', isKey: true },
        { key: 'cm.track', name: '轮胎与履带', stage: 'upstream' },
        { key: 'cm.hose', name: '液压软硬管件', stage: 'upstream' },
      ],
    },
    {
      key: 'cm.parts',
      name: '配套部件',
      stage: 'midstream',
      children: [
        { key: 'cm.cab', name: '驾驶室', stage: 'midstream' },
        { key: 'cm.tank', name: '油箱', stage: 'midstream' },
        { key: 'cm.struct', name: '结构件', stage: 'midstream' },
      ],
    },
    {
      key: 'cm.oem',
      name: '整机制造',
      stage: 'midstream',
      isKey: true,
      children: [
        // One anchor OEM is enough for 强链 here, hence target 1.
        {
          key: 'cm.excavator',
          name: '液压挖掘机整机装配',
          stage: 'midstream',
          isKey: true,
          target: 1,
        },
        { key: 'cm.truck', name: '矿用卡车', stage: 'midstream', target: 1 },
      ],
    },
    {
      key: 'cm.after',
      name: '后市场',
      stage: 'downstream',
      children: [
        { key: 'cm.sales', name: '销售服务', stage: 'downstream' },
        { key: 'cm.rental', name: '设备租赁', stage: 'downstream' },
        { key: 'cm.reman', name: '再制造', stage: 'downstream' },
      ],
    },
  ],
} satisfies DemoCluster['chains'][number];

const specialEquipment = {
  name: '矿山与专用装备',
  owner: null,
  description: '捷马（山特维克）矿山支护、凯登绿色制浆装备与中煤集团装备贸易。',
  segments: [
    { key: 'sp.steel', name: '锚杆钢与特种钢材', stage: 'upstream' },
    { key: 'sp.hyd', name: '液压支护元件', stage: 'upstream' },
    { key: 'sp.support', name: '矿山支护设备', stage: 'midstream', isKey: true },
    { key: 'sp.coal', name: '煤矿综采装备', stage: 'midstream' },
    { key: 'sp.pulp', name: '绿色制浆装备', stage: 'midstream', target: 1 },
    { key: 'sp.service', name: '矿山工程服务', stage: 'downstream' },
    { key: 'sp.trade', name: '装备进出口贸易', stage: 'downstream', target: 1 },
  ],
} satisfies DemoCluster['chains'][number];

const vaccine = {
  name: '疫苗',
  owner: null,
  description: '鲁抗医药与韩国好丽友合资疫苗工厂为核心。',
  segments: [
    {
      key: 'vx.up',
      name: '原辅料与装备',
      stage: 'upstream',
      children: [
        { key: 'vx.medium', name: '细胞培养基', stage: 'upstream', isKey: true },
        { key: 'vx.adjuvant', name: '佐剂与原辅料', stage: 'upstream' },
        { key: 'vx.pack', name: '西林瓶与预灌封包材', stage: 'upstream' },
        { key: 'vx.equip', name: '生物反应器与制药设备', stage: 'upstream', isKey: true },
      ],
    },
    {
      key: 'vx.mid',
      name: '研发与生产',
      stage: 'midstream',
      children: [
        { key: 'vx.rd', name: '疫苗研发与临床服务', stage: 'midstream', isKey: true },
        { key: 'vx.bulk', name: '疫苗原液生产', stage: 'midstream', isKey: true },
        { key: 'vx.fill', name: '制剂灌装', stage: 'midstream', target: 1 },
      ],
    },
    {
      key: 'vx.down',
      name: '流通与接种',
      stage: 'downstream',
      children: [
        { key: 'vx.cold', name: '冷链物流', stage: 'downstream' },
        { key: 'vx.promo', name: '疫苗配送与推广', stage: 'downstream' },
      ],
    },
  ],
} satisfies DemoCluster['chains'][number];

const vetDrugs = {
  name: '兽药',
  owner: null,
  description: '艾美科健年产 30 吨泰拉霉素项目与鲁抗兽用原料药。',
  segments: [
    { key: 'vd.inter', name: '医药化工中间体', stage: 'upstream' },
    { key: 'vd.ferm', name: '发酵原料', stage: 'upstream' },
    { key: 'vd.api', name: '兽用原料药', stage: 'midstream', isKey: true },
    { key: 'vd.form', name: '兽药制剂', stage: 'midstream' },
    { key: 'vd.farm', name: '规模养殖', stage: 'downstream' },
    { key: 'vd.dist', name: '兽药经销', stage: 'downstream' },
  ],
} satisfies DemoCluster['chains'][number];

const lithium = {
  name: '锂电池与储能',
  owner: null,
  description: '航空航天城新能源板块：电芯、PACK、储能与工程机械电动化。',
  segments: [
    {
      key: 'li.mat',
      name: '关键材料',
      stage: 'upstream',
      children: [
        { key: 'li.cathode', name: '正极材料', stage: 'upstream', isKey: true },
        { key: 'li.anode', name: '负极材料', stage: 'upstream' },
        { key: 'li.electrolyte', name: '电解液', stage: 'upstream' },
        { key: 'li.separator', name: '隔膜', stage: 'upstream', isKey: true },
        { key: 'li.foil', name: '铜箔铝箔', stage: 'upstream' },
      ],
    },
    {
      key: 'li.mid',
      name: '电池制造',
      stage: 'midstream',
      children: [
        { key: 'li.cell', name: '电芯制造', stage: 'midstream', isKey: true },
        { key: 'li.pack', name: '模组与PACK', stage: 'midstream' },
        { key: 'li.bms', name: '电池管理系统', stage: 'midstream', isKey: true },
      ],
    },
    {
      key: 'li.down',
      name: '应用与回收',
      stage: 'downstream',
      children: [
        { key: 'li.storage', name: '储能系统', stage: 'downstream' },
        { key: 'li.ev', name: '电动工程机械', stage: 'downstream', target: 1 },
        { key: 'li.recycle', name: '电池回收利用', stage: 'downstream' },
      ],
    },
  ],
} satisfies DemoCluster['chains'][number];

const smartTerminal = {
  name: '智能终端',
  owner: null,
  description: '智能终端产业园：工业平板、矿用本安终端等行业终端。',
  segments: [
    {
      key: 'it.comp',
      name: '元器件',
      stage: 'upstream',
      children: [
        { key: 'it.chip', name: '芯片', stage: 'upstream', isKey: true },
        { key: 'it.display', name: '显示与触控模组', stage: 'upstream' },
        { key: 'it.pcb', name: 'PCB/FPC', stage: 'upstream' },
        { key: 'it.passive', name: '被动元件', stage: 'upstream' },
        { key: 'it.housing', name: '结构件与外壳', stage: 'upstream' },
      ],
    },
    {
      key: 'it.mfg',
      name: '制造',
      stage: 'midstream',
      children: [
        { key: 'it.smt', name: 'SMT贴片', stage: 'midstream' },
        { key: 'it.odm', name: '整机组装（ODM）', stage: 'midstream', isKey: true },
        { key: 'it.sw', name: '嵌入式软件', stage: 'midstream' },
      ],
    },
    {
      key: 'it.app',
      name: '应用与服务',
      stage: 'downstream',
      children: [
        { key: 'it.industrial', name: '行业终端应用', stage: 'downstream' },
        { key: 'it.repair', name: '售后维修', stage: 'downstream' },
      ],
    },
  ],
} satisfies DemoCluster['chains'][number];

export const DEMO_CLUSTERS: DemoCluster[] = [
  {
    name: '高端装备',
    color: '#1677ff',
    parks: ['国际高端装备产业园', '中韩高端装备产业园'],
    chains: [engineeringMachinery, specialEquipment],
  },
  {
    name: '医养健康',
    color: '#13a8a8',
    parks: ['金科国际生命健康科技城'],
    chains: [vaccine, vetDrugs],
  },
  {
    name: '新能源新材料',
    color: '#52c41a',
    parks: ['航空航天城'],
    chains: [lithium],
  },
  {
    name: '信息产业',
    color: '#722ed1',
    parks: ['智能终端产业园'],
    chains: [smartTerminal],
  },
];

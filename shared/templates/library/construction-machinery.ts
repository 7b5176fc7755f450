// 工程机械（挖掘机与重卡）: the hydraulic-excavator and mining-truck chain a 链主 such as Komatsu builds
// around; top-level names match the demo's chain so adding it to the demo merges, not duplicates.
import type { ChainTemplate } from '../schema.js';

export const constructionMachinery: ChainTemplate = {
  id: 'construction-machinery',
  name: '工程机械',
  title: '工程机械（挖掘机与重卡）',
  titleEn: 'Construction machinery (excavators and heavy trucks)',
  cluster: '高端装备',
  description:
    '液压挖掘机与矿用/重型卡车整机及其配套：液压三大件（泵、阀、马达）、油缸、回转支承、发动机与电控是卡脖子环节；整机厂为链主，驾驶室、油箱、结构件等就近配套。',
  segments: [
    {
      name: '原材料',
      stage: 'upstream',
      children: [{ name: '钢材' }, { name: '铸锻件' }, { name: '橡胶与密封件' }],
    },
    {
      name: '核心零部件',
      stage: 'upstream',
      key: true,
      children: [
        { name: '发动机', key: true, target: 1 },
        { name: '液压泵', key: true, target: 2 },
        { name: '主控阀', key: true, target: 2 },
        { name: '液压马达', key: true, target: 2 },
        { name: '油缸', key: true, target: 3 },
        { name: '回转支承', key: true, target: 2 },
        { name: '减速机与传动系统' },
        { name: '电控系统', key: true, target: 2 },
        { name: '轮胎与履带' },
        { name: '液压软硬管件', target: 3 },
      ],
    },
    {
      name: '配套部件',
      stage: 'midstream',
      children: [
        { name: '驾驶室', target: 2 },
        { name: '油箱' },
        { name: '结构件', target: 3 },
        { name: '动臂与斗杆' },
        { name: '车桥与悬挂' },
      ],
    },
    {
      name: '整机制造',
      stage: 'midstream',
      key: true,
      children: [
        { name: '液压挖掘机整机装配', key: true, target: 1 },
        { name: '矿用卡车', target: 1 },
        { name: '装载机与推土机' },
      ],
    },
    {
      name: '后市场',
      stage: 'downstream',
      children: [
        { name: '销售服务' },
        { name: '设备租赁' },
        { name: '配件与维修', target: 3 },
        { name: '再制造' },
        { name: '二手设备交易' },
        { name: '智能运维与远程监控', key: true },
      ],
    },
  ],
};

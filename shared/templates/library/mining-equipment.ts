// 矿山装备: coal and metal mining machinery — roof support (the Sandvik/捷马 story), cutting, haulage,
// hoisting and washing — and the intelligent-mine systems the market now buys with it.
import type { ChainTemplate } from '../schema.js';

export const miningEquipment: ChainTemplate = {
  id: 'mining-equipment',
  name: '矿山装备',
  title: '矿山装备',
  titleEn: 'Mining equipment',
  cluster: '高端装备',
  description:
    '综采“三机”（采煤机、液压支架、刮板输送机）、掘进与支护、提升运输、洗选装备及智能化矿山系统；防爆电机电控、液压支架立柱与阀是关键部件。',
  segments: [
    {
      name: '原材料与基础件',
      stage: 'upstream',
      children: [
        { name: '锚杆钢与特种钢材' },
        { name: '高强度铸锻件' },
        { name: '液压支架立柱与阀', key: true, target: 2 },
        { name: '防爆电机与电控', key: true, target: 2 },
        { name: '截齿与耐磨件' },
        { name: '矿用链条与减速器' },
      ],
    },
    {
      name: '采掘装备',
      stage: 'midstream',
      key: true,
      children: [
        { name: '采煤机', key: true, target: 1 },
        { name: '液压支架', key: true, target: 2 },
        { name: '刮板输送机' },
        { name: '掘进机' },
      ],
    },
    {
      name: '支护装备',
      stage: 'midstream',
      children: [{ name: '矿山支护设备', key: true, target: 2 }, { name: '锚杆钻车' }],
    },
    {
      name: '提升运输',
      stage: 'midstream',
      children: [{ name: '矿井提升机' }, { name: '带式输送机' }, { name: '无轨胶轮车' }],
    },
    {
      name: '洗选装备',
      stage: 'midstream',
      children: [{ name: '重介质选煤设备' }, { name: '破碎筛分设备' }],
    },
    {
      name: '智能化矿山',
      stage: 'downstream',
      key: true,
      children: [{ name: '智能综采控制系统', key: true }, { name: '矿山安全监测系统' }],
    },
    { name: '矿山工程服务', stage: 'downstream' },
    { name: '装备租赁与再制造', stage: 'downstream' },
    { name: '装备进出口贸易', stage: 'downstream' },
  ],
};

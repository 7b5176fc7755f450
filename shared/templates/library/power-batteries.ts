// 新能源电池: lithium, nickel, cobalt and graphite → cathode, anode, electrolyte, separator → cells,
// packs and BMS → vehicles, storage and electric machinery → recycling.
import type { ChainTemplate } from '../schema.js';

export const powerBatteries: ChainTemplate = {
  id: 'power-batteries',
  name: '新能源电池',
  title: '新能源电池',
  titleEn: 'New-energy batteries',
  cluster: '新能源新材料',
  description:
    '锂电“四大主材”（正极、负极、电解液、隔膜）与锂电设备 → 电芯、模组/PACK、电池管理系统与储能集成 → 新能源汽车、电动工程机械、储能电站 → 回收与梯次利用。',
  segments: [
    {
      name: '矿产资源',
      stage: 'upstream',
      children: [{ name: '锂资源' }, { name: '镍钴资源' }, { name: '石墨' }],
    },
    {
      name: '关键材料',
      stage: 'upstream',
      key: true,
      children: [
        { name: '正极材料', key: true, target: 2 },
        { name: '负极材料', target: 2 },
        { name: '电解液' },
        { name: '隔膜', key: true, target: 1 },
        { name: '铜箔铝箔' },
        { name: '锂盐与添加剂' },
      ],
    },
    { name: '锂电生产设备', stage: 'upstream', key: true },
    {
      name: '电池制造',
      stage: 'midstream',
      key: true,
      children: [
        { name: '电芯制造', key: true, target: 1 },
        { name: '模组与PACK', target: 2 },
        { name: '电池管理系统', key: true },
        { name: '电池结构件与连接件' },
      ],
    },
    {
      name: '储能集成',
      stage: 'midstream',
      children: [{ name: '储能变流器' }, { name: '储能系统集成', target: 1 }],
    },
    {
      name: '应用',
      stage: 'downstream',
      children: [
        { name: '新能源汽车' },
        { name: '电动工程机械', target: 1 },
        { name: '储能电站' },
        { name: '两轮车与消费电子' },
      ],
    },
    {
      name: '回收',
      stage: 'downstream',
      key: true,
      children: [{ name: '电池回收利用', key: true }, { name: '梯次利用' }],
    },
  ],
};

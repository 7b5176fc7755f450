// 智能终端: chips, displays, PCBs and modules → SMT and final assembly (ODM) → industrial tablets,
// intrinsically safe mining terminals, wearables and vehicle terminals → solutions and service.
// Top-level names match the demo's chain so adding it to the demo merges.
import type { ChainTemplate } from '../schema.js';

export const smartTerminals: ChainTemplate = {
  id: 'smart-terminals',
  name: '智能终端',
  title: '智能终端',
  titleEn: 'Smart terminals',
  cluster: '信息产业',
  description:
    '芯片、存储、显示触控、摄像头与传感器等元器件 → SMT 贴片与整机组装（ODM）→ 工业平板、矿用本安终端、车载与可穿戴终端 → 行业解决方案与售后；主控芯片与操作系统是卡脖子环节。',
  segments: [
    {
      name: '元器件',
      stage: 'upstream',
      children: [
        { name: '芯片', key: true, target: 1 },
        { name: '存储器' },
        { name: '显示与触控模组' },
        { name: 'PCB/FPC' },
        { name: '被动元件' },
        { name: '摄像头模组' },
        { name: '传感器' },
        { name: '电池与电源' },
        { name: '结构件与外壳', target: 2 },
      ],
    },
    { name: '操作系统与基础软件', stage: 'upstream', key: true },
    {
      name: '制造',
      stage: 'midstream',
      children: [
        { name: 'SMT贴片', target: 2 },
        { name: '整机组装（ODM）', key: true, target: 2 },
        { name: '嵌入式软件' },
        { name: '测试与认证' },
      ],
    },
    {
      name: '终端产品',
      stage: 'midstream',
      children: [
        { name: '工业平板' },
        { name: '矿用本安终端' },
        { name: '车载终端' },
        { name: '智能穿戴' },
      ],
    },
    {
      name: '应用与服务',
      stage: 'downstream',
      children: [
        { name: '行业终端应用', key: true },
        { name: '销售渠道' },
        { name: '售后维修' },
        { name: '回收与再利用' },
      ],
    },
  ],
};

// 化学原料药与兽药: fermentation and synthesis of APIs (antibiotics, macrolides such as tulathromycin),
// veterinary formulations and their channels to livestock farms and pet clinics.
import type { ChainTemplate } from '../schema.js';

export const apiVetDrugs: ChainTemplate = {
  id: 'api-vet-drugs',
  name: '化学原料药与兽药',
  title: '化学原料药与兽药',
  titleEn: 'Active pharmaceutical ingredients and veterinary drugs',
  cluster: '医养健康',
  description:
    '医药中间体与发酵原料 → 抗生素、大环内酯类等原料药 → 兽用与人用制剂 → 养殖场、宠物医院与出口；菌种、关键中间体与国际注册认证决定竞争力。',
  segments: [
    {
      name: '基础原料',
      stage: 'upstream',
      children: [
        { name: '基础化学品与溶剂' },
        { name: '医药化工中间体', key: true, target: 3 },
        { name: '发酵原料' },
        { name: '菌种与酶制剂', key: true },
      ],
    },
    {
      name: '装备与环保',
      stage: 'upstream',
      children: [
        { name: '反应釜与合成设备' },
        { name: '发酵罐与提取设备' },
        { name: '三废处理设施' },
      ],
    },
    {
      name: '化学原料药',
      stage: 'midstream',
      key: true,
      children: [
        { name: '抗生素原料药', key: true, target: 2 },
        { name: '大环内酯类原料药', key: true, target: 1 },
        { name: '维生素与氨基酸' },
        { name: '特色原料药' },
      ],
    },
    { name: '兽用原料药', stage: 'midstream', key: true, target: 2 },
    {
      name: '兽药制剂',
      stage: 'midstream',
      key: true,
      children: [{ name: '兽用注射剂' }, { name: '兽用粉散与预混剂' }],
    },
    { name: '人用化学药制剂', stage: 'midstream' },
    {
      name: '质量与注册',
      stage: 'midstream',
      children: [{ name: 'GMP检测与质量控制' }, { name: '原料药国际注册认证' }],
    },
    {
      name: '流通与应用',
      stage: 'downstream',
      children: [
        { name: '兽药经销' },
        { name: '规模养殖' },
        { name: '宠物医疗' },
        { name: '医药商业' },
        { name: '原料药出口', key: true },
      ],
    },
  ],
};

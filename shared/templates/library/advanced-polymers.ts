// 先进高分子与复合材料: monomers, fibres and additives → engineering plastics, elastomers, films,
// prepregs and composite parts → aerospace, wind, lightweight vehicles and electronics.
import type { ChainTemplate } from '../schema.js';

export const advancedPolymers: ChainTemplate = {
  id: 'advanced-polymers',
  name: '先进高分子与复合材料',
  title: '先进高分子与复合材料',
  titleEn: 'Advanced polymers and composites',
  cluster: '新能源新材料',
  description:
    '单体与碳纤维等增强材料 → 工程塑料、特种工程塑料、功能膜与碳纤维复合材料制品 → 航空航天结构件、风电叶片、汽车轻量化与电子电器；高性能碳纤维、特种工程塑料与功能膜是卡脖子环节。',
  segments: [
    {
      name: '基础原料',
      stage: 'upstream',
      children: [
        { name: '石化基础原料' },
        { name: '单体与中间体', key: true },
        { name: '生物基原料' },
      ],
    },
    {
      name: '增强材料',
      stage: 'upstream',
      children: [
        { name: '碳纤维', key: true, target: 1 },
        { name: '玻璃纤维' },
        { name: '芳纶纤维' },
      ],
    },
    {
      name: '树脂与助剂',
      stage: 'upstream',
      children: [{ name: '树脂基体与固化剂' }, { name: '助剂与改性剂' }],
    },
    {
      name: '高分子材料',
      stage: 'midstream',
      children: [
        { name: '工程塑料', key: true, target: 2 },
        { name: '特种工程塑料', key: true },
        { name: '高性能橡胶与弹性体' },
        { name: '功能膜材料', key: true },
      ],
    },
    {
      name: '复合材料',
      stage: 'midstream',
      children: [
        { name: '预浸料' },
        { name: '复合材料成型加工' },
        { name: '碳纤维复合材料制品', key: true, target: 1 },
        { name: '改性塑料', target: 2 },
      ],
    },
    {
      name: '应用',
      stage: 'downstream',
      children: [
        { name: '航空航天结构件', key: true },
        { name: '风电叶片' },
        { name: '汽车轻量化部件' },
        { name: '电子电器' },
        { name: '医疗与包装' },
      ],
    },
    { name: '材料检测与认证', stage: 'downstream' },
  ],
};

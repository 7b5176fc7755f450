// 疫苗与生物制品: from culture media, adjuvants and single-use bioprocess equipment to bulk vaccine,
// fill-finish and the cold chain; media, chromatography resins and bioreactors are the usual choke points.
import type { ChainTemplate } from '../schema.js';

export const vaccinesBiologics: ChainTemplate = {
  id: 'vaccines-biologics',
  name: '疫苗与生物制品',
  title: '疫苗与生物制品',
  titleEn: 'Vaccines and biologics',
  cluster: '医养健康',
  description:
    '上游培养基、佐剂、层析介质和生物反应器长期依赖进口，是补链重点；中游为疫苗原液、重组蛋白与抗体、血液制品、CDMO；下游为冷链配送与接种。',
  segments: [
    {
      name: '原辅料',
      stage: 'upstream',
      children: [
        { name: '细胞培养基', key: true, target: 1 },
        { name: '血清与培养添加剂' },
        { name: '佐剂', key: true },
        { name: '层析介质与填料', key: true },
        { name: '药用辅料' },
      ],
    },
    {
      name: '装备与耗材',
      stage: 'upstream',
      children: [
        { name: '生物反应器', key: true, target: 1 },
        { name: '一次性生物工艺耗材' },
        { name: '灌装与冻干设备' },
        { name: '西林瓶与预灌封包材' },
      ],
    },
    {
      name: '研发服务',
      stage: 'upstream',
      children: [{ name: '菌毒种与细胞库' }, { name: '临床研究服务（CRO）' }],
    },
    {
      name: '研发与生产',
      stage: 'midstream',
      key: true,
      children: [
        { name: '疫苗原液生产', key: true, target: 1 },
        { name: '重组蛋白与抗体药物' },
        { name: '血液制品' },
        { name: '体外诊断试剂' },
        { name: '制剂灌装', target: 1 },
        { name: '合同研发生产（CDMO）', key: true },
        { name: '质量检验与批签发' },
      ],
    },
    {
      name: '流通与接种',
      stage: 'downstream',
      children: [
        { name: '冷链物流', key: true, target: 2 },
        { name: '疫苗配送与推广' },
        { name: '疾控与接种机构' },
        { name: '国际注册与出口' },
      ],
    },
  ],
};

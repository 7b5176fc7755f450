// 医疗器械: materials and core components (sensors, detectors, chips), consumables, IVD and equipment,
// then distribution, hospitals and after-sales service.
import type { ChainTemplate } from '../schema.js';

export const medicalDevices: ChainTemplate = {
  id: 'medical-devices',
  name: '医疗器械',
  title: '医疗器械',
  titleEn: 'Medical devices',
  cluster: '医养健康',
  description:
    '医用高分子与金属材料、传感器与探测器等核心部件 → 高值/低值耗材、体外诊断、影像与监护设备 → 经销、医院与售后；探测器、医用芯片与高端影像设备是补链重点。',
  segments: [
    {
      name: '原材料',
      stage: 'upstream',
      children: [
        { name: '医用高分子材料', key: true },
        { name: '医用金属与钛合金' },
        { name: '生物材料与涂层' },
      ],
    },
    {
      name: '核心部件',
      stage: 'upstream',
      key: true,
      children: [
        { name: '传感器与探测器', key: true, target: 1 },
        { name: '医用芯片与电路板', key: true },
        { name: '精密电机与光学部件' },
        { name: '医用软件与算法' },
      ],
    },
    {
      name: '医用耗材',
      stage: 'midstream',
      children: [
        { name: '一次性输注耗材', target: 2 },
        { name: '骨科与心血管植入物', key: true },
        { name: '体外诊断试剂', key: true, target: 2 },
      ],
    },
    {
      name: '医疗设备',
      stage: 'midstream',
      key: true,
      children: [
        { name: '医学影像设备', key: true, target: 1 },
        { name: '监护与生命支持设备' },
        { name: '手术与治疗设备' },
        { name: '康复与养老器械', target: 2 },
      ],
    },
    {
      name: '检测与注册',
      stage: 'midstream',
      children: [{ name: '第三方检测与注册服务' }, { name: '灭菌与包装' }],
    },
    {
      name: '流通与服务',
      stage: 'downstream',
      children: [
        { name: '医疗器械经销' },
        { name: '医院与体检机构' },
        { name: '维修与售后服务' },
        { name: '智慧医疗与远程诊断', key: true },
        { name: '家用医疗器械' },
      ],
    },
  ],
};

// The 使用指南 text (Chinese, for the officers who use the app), section by section, each with the
// screenshot that tests/e2e/guide-screens.spec.ts takes of the real app, so pictures never go stale.
import analysisGaps from './screens/analysis-gaps.png';
import analysisLeads from './screens/analysis-leads.png';
import analysisTargets from './screens/analysis-targets.png';
import chainMap from './screens/chain-map.png';
import importPage from './screens/import.png';

export type GuideSection = {
  id: string;
  title: string;
  paragraphs: string[];
  image?: { src: string; alt: string };
};

export const GUIDE: GuideSection[] = [
  {
    id: 'install',
    title: '一、安装与首次启动',
    paragraphs: [
      '在联网的电脑上执行 npm install && npm start 即可启动；安装包版本双击安装后从开始菜单打开“产业链招商图谱”。软件全程离线运行，不访问互联网。',
      '若单位电脑无法运行桌面窗口，启动时会用一行文字说明原因，并自动改用“浏览器模式”：在本机浏览器中打开启动时打印的地址即可，数据仍只保存在本机。',
      '第一次打开时可以选择“新建演示工作区”熟悉功能，或“新建工作区”从空白开始。一个工作区就是一个 .chainatlas 文件，可以复制、备份、拷贝到其他电脑。',
    ],
  },
  {
    id: 'demo',
    title: '二、演示工作区',
    paragraphs: [
      '演示工作区包含高端装备、医养健康、新能源新材料、信息产业四个集群及其产业链、本地与外地企业、供应关系和若干招商线索，所有演示数据都标有“演示数据”。',
      '建议先在演示数据上走一遍：看图谱、读缺口、把一个招商目标转为线索、导出报告，再导入本园区的数据。',
    ],
    image: {
      src: chainMap,
      alt: '产业链图谱页面：按上游、中游、下游排列的环节，颜色表示缺链、断链、弱链、强链',
    },
  },
  {
    id: 'import',
    title: '三、导入企业名录与供应关系',
    paragraphs: [
      '进入“导入”页，先点“下载导入模板”：模板中有企业名录、供应关系、产业链模板、招商线索四张表，每列都有说明和示例行。按模板整理好后，把 Excel、WPS 或 CSV 文件拖入页面（可一次选多个文件）。',
      '软件先检查再写入：列出每个问题所在的文件、工作表、行和列；有错误时不会写入任何数据。确认“新增、更新、删除”的数量后再点导入；导入前会自动备份工作区。',
      '再次导入同一份名录时，已有企业按统一社会信用代码或名称匹配后更新，不会重复；只有明确标为“删除”的行才会删除数据。',
    ],
    image: { src: importPage, alt: '导入页面：下载导入模板、选择文件、检查结果' },
  },
  {
    id: 'gaps',
    title: '四、读懂产业链图谱与缺口状态',
    paragraphs: [
      '“产业链图谱”把一条链的环节按上游、中游、下游排开，点击环节可看本地企业、区外供应商和判定原因。四种状态：缺链（没有已确认的本地企业）、断链（有本地企业，但本地买方在这一环节全部从区外采购）、弱链（本地企业少于目标数，或没有规上/高新企业）、强链（达到目标数且有龙头企业）。',
      '“分析”页顶部选择集群和产业链后，缺口分析、招商目标清单、链主视角和招商线索都只显示这条链的内容，地址栏会记住选择，可以收藏或发给同事。未选产业链时显示各链的对比图：缺/断/弱/强环节数，以及完整度、本地配套率与目标的对照（目标在“分析设置”中修改）。',
      '每个企业名称都可点击查看企业详情；每个环节名称都可点击，在产业链图谱中定位到该环节。',
    ],
    image: {
      src: analysisGaps,
      alt: '分析页：各产业链缺链、断链、弱链、强链环节数和完整度、本地配套率对照目标的图表',
    },
  },
  {
    id: 'targets',
    title: '五、招商目标清单与招商线索',
    paragraphs: [
      '“招商目标清单”列出为本地企业供货、但不在本区的企业，按服务本地买方的数量和供货额排序，并标出 500 强、上市等标签——这就是“以商招商”的对象。点“转为线索”即建立一条招商线索。',
      '“招商线索”看板按 新线索 → 接洽 → 考察 → 签约 → 落地 分栏，上方的漏斗图显示各阶段数量。卡片上可直接改阶段；点铅笔编辑负责人、下一步、日期和备注；点垃圾桶并确认即可删除线索。',
    ],
    image: {
      src: analysisTargets,
      alt: '招商目标清单：缺口环节、目标企业、服务的本地买方、供货额（万元）和转为线索按钮',
    },
  },
  {
    id: 'leads',
    title: '六、导出图谱与报告',
    paragraphs: [
      '产业链图谱和集群全景图右上角的“导出”可保存 PNG 图片（适合放进汇报材料），也可一次导出全部图谱。分析页每张图表都有“导出PNG”按钮，白底高清，可直接打印或插入文档。',
      '“导出报告（Excel）”生成给领导的报告：汇总、缺口、招商目标、招商线索，以及每条产业链一张“目标企业”表；每张表第一行注明工作区、覆盖的集群和日期，金额带千分位和“万元”，按 A4 横向打印时每页都重复标题和表头。',
    ],
    image: { src: analysisLeads, alt: '招商线索看板与漏斗图' },
  },
  {
    id: 'backups',
    title: '七、备份与恢复',
    paragraphs: [
      '每次导入前、每天第一次打开工作区时，软件都会自动备份；在“备份”页可以查看备份列表、手动备份，或恢复到某个备份（恢复前会再备份一次当前数据）。',
      '工作区文件本身也可以直接复制保存。建议每月把 .chainatlas 文件另存到单位指定的位置。',
    ],
  },
];

// Words the exported files carry beyond the map's own (caption note, file names, progress), in the
// picture's language. The map's labels come from the UI string tables (shared/maps/labels.ts).
import type { MapLang } from '../../../shared/maps/labels.js';

export type ExportWords = {
  note: (workspace: string, date: string, source: string) => string;
  sourceImport: (date: string, files: readonly string[]) => string;
  sourceWorkspace: string;
  overviewFile: string;
};

const list = (files: readonly string[], sep: string, more: (n: number) => string): string =>
  files.slice(0, 3).join(sep) + (files.length > 3 ? more(files.length - 3) : '');

const zh: ExportWords = {
  note: (workspace, date, source) =>
    `工作区：${workspace} · 导出日期：${date} · 数据来源：${source}`,
  sourceImport: (date, files) =>
    `${date} 导入的 ${list(files, '、', (n) => ` 等（另 ${String(n)} 个文件）`)}`,
  sourceWorkspace: '工作区中录入的企业名录与供应关系',
  overviewFile: '产业链招商全景',
};

const en: ExportWords = {
  note: (workspace, date, source) =>
    `Workspace: ${workspace} · exported ${date} · source: ${source}`,
  sourceImport: (date, files) =>
    `import of ${date}: ${list(files, ', ', (n) => ` and ${String(n)} more file(s)`)}`,
  sourceWorkspace: 'firms and supply links entered in the workspace',
  overviewFile: 'ChainAtlas overview',
};

export const exportWords = (lang: MapLang): ExportWords => (lang === 'en' ? en : zh);

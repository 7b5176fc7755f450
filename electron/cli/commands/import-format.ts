// Human-readable text for `import`: counts per entity and every issue with file/sheet/row/column.
import type { ImportPreview } from '../../core/import/import-service.js';
import { ENTITY_KINDS, type EntityKind } from '../../../shared/spreadsheet/types.js';

const KIND_LABEL: Record<EntityKind, string> = {
  enterprises: '企业 enterprises',
  links: '供应关系 links',
  chains: '产业链环节 chain segments',
  leads: '招商线索 leads',
};

export function formatPreview(p: ImportPreview): string {
  const lines = ['          新增 new  更新 updated  未变 unchanged  删除 deleted  拒绝 rejected'];
  for (const k of ENTITY_KINDS) {
    const c = p.counts[k];
    lines.push(
      `${String(c.new).padStart(15)}${String(c.updated).padStart(14)}${String(c.unchanged).padStart(16)}${String(c.deleted).padStart(14)}${String(c.rejected).padStart(15)}  ${KIND_LABEL[k]}`,
    );
  }
  for (const f of p.files) {
    const enc = f.encoding
      ? `, ${f.encoding.name}${f.encoding.confident ? '' : ' (不确定 / unsure)'}`
      : '';
    lines.push(`文件 / file: ${f.name} (${f.format ?? '?'}${enc})`);
    for (const s of f.sheets) {
      lines.push(
        `  工作表 / sheet “${s.sheet}”: ${s.mapping ? `${s.mapping.kind}, 表头在第 ${s.mapping.headerRow + 1} 行 / header row ${s.mapping.headerRow + 1}, ${s.dataRows} 行数据 / data rows` : '未识别 / not recognised'}`,
      );
    }
  }
  for (const a of p.ambiguous) {
    const options = a.candidates
      .map((c) => `${String(c.id)} ${c.name}${c.uscc ? ` ${c.uscc}` : ''}`)
      .join('；');
    if (a.kind === 'possibleDuplicate') {
      const first = a.candidates[0]?.id ?? 'ID';
      lines.push(
        `疑似重复 / possible duplicate “${a.name}”${a.uscc ? `（${a.uscc}）` : ''}: ${options}（同一企业：--decide "${a.nameKey}=${String(first)}"；不同企业：--decide "${a.nameKey}=new" / same firm or a different one）`,
      );
      continue;
    }
    lines.push(
      `同名企业 / ambiguous “${a.name}”: ${options}（用 --match "${a.name}=ID" 或 =new 指定 / choose with --match）`,
    );
  }
  if (p.issues.length > 0) lines.push('', `错误 errors: ${p.errors}, 警告 warnings: ${p.warnings}`);
  for (const i of p.issues) {
    const where = [
      i.file,
      i.sheet && `“${i.sheet}”`,
      i.row > 0 && `第 ${i.row} 行 / row ${i.row}`,
      i.column && `列 ${i.column}`,
    ]
      .filter(Boolean)
      .join(' ');
    lines.push(
      `${i.severity === 'error' ? '错误' : '警告'} ${i.code} ${where}: ${i.messageZh} / ${i.messageEn}`,
    );
  }
  return lines.join('\n');
}

// The rules a chain template must follow: stages on the top-level segments, names unique within the
// chain (a spreadsheet names parents by name), and for the built-in library a realistic size with
// every stage present and at least one key segment (核心环节) in each.
import type { Stage } from '../domain/schemas.js';
import { foldKey } from '../spreadsheet/normalize-cell.js';
import { templateRows, type ChainTemplate } from './schema.js';

export const LIBRARY_MIN_SEGMENTS = 15;
export const LIBRARY_MAX_SEGMENTS = 40;

export type TemplateProblem = { zh: string; en: string };

const STAGE_ZH: Record<Stage, string> = { upstream: '上游', midstream: '中游', downstream: '下游' };
const STAGES: Stage[] = ['upstream', 'midstream', 'downstream'];

/** Problems with a template's tree; `library` adds the size and stage rules of the built-in set. */
export function templateProblems(
  t: Pick<ChainTemplate, 'name' | 'segments'>,
  options: { library?: boolean } = {},
): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  for (const s of t.segments) {
    if (s.stage === undefined)
      out.push({
        zh: `顶层环节“${s.name}”没有注明上游/中游/下游`,
        en: `top-level segment "${s.name}" has no stage`,
      });
  }
  const rows = templateRows(t);
  const seen = new Set<string>();
  for (const r of rows) {
    const k = foldKey(r.name);
    if (seen.has(k))
      out.push({
        zh: `环节名称“${r.name}”在产业链“${t.name}”中重复`,
        en: `segment name "${r.name}" appears twice in chain "${t.name}"`,
      });
    seen.add(k);
  }
  if (options.library !== true) return out;
  if (rows.length < LIBRARY_MIN_SEGMENTS || rows.length > LIBRARY_MAX_SEGMENTS)
    out.push({
      zh: `产业链“${t.name}”有 ${String(rows.length)} 个环节，模板库要求 ${String(LIBRARY_MIN_SEGMENTS)}–${String(LIBRARY_MAX_SEGMENTS)} 个`,
      en: `chain "${t.name}" has ${String(rows.length)} segments; the library needs ${String(LIBRARY_MIN_SEGMENTS)}-${String(LIBRARY_MAX_SEGMENTS)}`,
    });
  for (const stage of STAGES) {
    const here = rows.filter((r) => r.stage === stage);
    if (here.length === 0)
      out.push({
        zh: `产业链“${t.name}”没有${STAGE_ZH[stage]}环节`,
        en: `chain "${t.name}" has no ${stage} segment`,
      });
    else if (!here.some((r) => r.isKey))
      out.push({
        zh: `产业链“${t.name}”的${STAGE_ZH[stage]}没有核心环节`,
        en: `chain "${t.name}" has no key segment in its ${stage}`,
      });
  }
  return out;
}

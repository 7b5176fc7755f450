// `report --format html (--chain NAME | --cluster NAME) --out X.html`: the printable report (map,
// segment states with reasons, rates with formulas, targets, leads) as one self-contained HTML file.
import { extname } from 'node:path';

import { UsageError } from '../args.js';
import { EXIT, type CliIO } from '../command.js';
import { loadSceneSource, type SceneSource } from '../../core/export/map-scene.js';
import { reportHtml } from '../../core/export/report/report-html.js';
import { writeFileAtomic } from '../../core/export/write-atomic.js';
import { closeWorkspace, openWorkspace } from '../../core/services/workspace.js';
import { checkParent, findView } from './map-views.js';

export function writeHtmlReport(
  db: string,
  out: string,
  values: Record<string, unknown>,
  io: CliIO,
): number {
  if (extname(out).toLowerCase() !== '.html' && extname(out).toLowerCase() !== '.htm')
    throw new UsageError('--format html 时 --out 须为 .html 文件 / --out must end in .html');
  const chain = values['chain'];
  const cluster = values['cluster'];
  if ((typeof chain === 'string') === (typeof cluster === 'string'))
    throw new UsageError(
      '--format html 需要 --chain 或 --cluster 之一 / --format html needs --chain or --cluster',
    );
  const lang = values['lang'] ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw new UsageError('--lang 应为 zh 或 en / --lang must be zh or en');
  if (!checkParent(out, io)) return EXIT.rejected;
  const ws = openWorkspace(db, { readonly: true });
  let src: SceneSource;
  try {
    src = loadSceneSource(ws);
  } finally {
    closeWorkspace(ws);
  }
  const view = findView(
    src,
    typeof chain === 'string' ? 'chain' : 'cluster',
    typeof chain === 'string' ? chain : String(cluster),
    io,
  );
  if (!view || view.kind === 'overview') return EXIT.rejected;
  const html = reportHtml(src, view, lang);
  writeFileAtomic(out, Buffer.from(html, 'utf8'));
  io.out(
    values['json'] === true
      ? JSON.stringify({ out, bytes: Buffer.byteLength(html) })
      : `已导出 / written: ${out}`,
  );
  return EXIT.ok;
}

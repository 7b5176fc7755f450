// `report --format html (--chain NAME | --cluster NAME) --out X.html`: the printable report (map,
// segment states with reasons, rates with formulas, targets, leads) as one self-contained HTML file.
import { extname } from 'node:path';

import { UsageError } from '../args.js';
import { EXIT, type CliIO } from '../command.js';
import { reportHtml } from '../../core/export/report/report-html.js';
import { writeFileAtomic } from '../../core/export/write-atomic.js';
import { checkParent, findView, pictureLang, readSceneSource } from './map-views.js';

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
  const lang = pictureLang(values['lang']);
  if (!checkParent(out, io)) return EXIT.rejected;
  const src = readSceneSource(db);
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

// Handlers for the map export channels (shared/ipc/map-contract.ts), spread into the handler table
// in ./handlers.ts. They map calls onto the export services; the shell decides where files go
// (desktop: a folder it asks for; browser mode: bytes to download).
import { basename } from 'node:path';

import type { mapContract } from '../../../shared/ipc/map-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import { batchEntries, exportAllMaps } from '../export/export-all.js';
import { exportMap } from '../export/map-export.js';
import { cancelJob, jobProgress, startJob } from '../export/map-jobs.js';
import { loadSceneSource } from '../export/map-scene.js';
import { reportHtml } from '../export/report/report-html.js';
import type { Handlers } from './handler-types.js';
import { requireWorkspace } from './shell-context.js';

type MapChannel = keyof typeof mapContract;

const base64 = (bytes: Buffer): string => bytes.toString('base64');

export const mapHandlers: Pick<Handlers, MapChannel> = {
  'map:export': async (ctx, input) => {
    const src = loadSceneSource(requireWorkspace(ctx));
    const job = startJob(input.requestId, 1);
    try {
      const image = await exportMap(
        src,
        input,
        (phase) => {
          job.report({ phase, done: phase === 'done' ? 1 : 0, total: 1 });
        },
        job.signal,
      );
      return {
        fileName: image.fileName,
        mime: image.mime,
        base64: base64(image.bytes),
        width: image.width,
        height: image.height,
        bytes: image.bytes.length,
        ms: Math.round(image.ms.total),
        missing: image.missing,
      };
    } finally {
      job.finish();
    }
  },
  'map:exportAll': async (ctx, input) => {
    const src = loadSceneSource(requireWorkspace(ctx));
    const dir = ctx.chooseExportFolder ? await ctx.chooseExportFolder() : undefined;
    if (dir === null) return null;
    const entries = batchEntries(src, input.format);
    const job = startJob(input.requestId, entries.length);
    try {
      const result = await exportAllMaps(
        src,
        input,
        dir === undefined ? { kind: 'zip' } : { kind: 'folder', dir },
        job.report,
        job.signal,
        entries,
      );
      return {
        files: result.files,
        cancelled: result.cancelled,
        folder: dir === undefined ? null : basename(dir),
        zip: result.zip
          ? {
              fileName: `产业链图谱-${src.date}.zip`,
              mime: 'application/zip',
              base64: base64(result.zip),
            }
          : null,
        missing: result.missing,
        ms: Math.round(result.ms),
      };
    } finally {
      job.finish();
    }
  },
  'map:progress': (_ctx, input) => jobProgress(input.requestId),
  'map:cancel': (_ctx, input) => ({ cancelled: cancelJob(input.requestId) }),
  'map:report': async (ctx, input) => {
    const src = loadSceneSource(requireWorkspace(ctx));
    const html = reportHtml(src, input.view, input.lang);
    const view = input.view;
    const name =
      view.kind === 'chain'
        ? src.data.chains.find((c) => c.id === view.chainId)?.name
        : src.data.clusters.find((c) => c.id === view.clusterId)?.name;
    const stem = `${name ?? ''}招商报告-${src.date}`.replace(/[\\/:*?"<>|]/g, '_');
    if (input.format === 'html')
      return { fileName: `${stem}.html`, mime: 'text/html', base64: base64(Buffer.from(html)) };
    if (!ctx.printToPdf)
      throw new AppError(
        'UNSUPPORTED',
        '浏览器模式下请保存 HTML 报告，再用浏览器打印为 PDF',
        undefined,
        'In browser mode save the HTML report and print it to PDF from the browser',
      );
    return {
      fileName: `${stem}.pdf`,
      mime: 'application/pdf',
      base64: base64(await ctx.printToPdf(html)),
    };
  },
};

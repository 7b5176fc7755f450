// 导出 menu of the map pages: PNG at 1×/2×/4× or a chosen width (up to 16,384 px), SVG, the printable
// report (PDF on the desktop, one HTML file in browser mode) and 导出全部图谱. Pictures are drawn by
// the core (never in a browser canvas) and arrive as files to save; big ones show progress and cancel.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, InputNumber, Modal, Progress, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MAX_MAP_WIDTH, type MapViewInput } from '../../../shared/ipc/map-contract.js';
import { call, isDesktop, toApiError } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { downloadBase64 } from '../download.js';
import { useExportJob } from './use-export-job.js';

export type ExportMenuProps = {
  view: MapViewInput;
  /** Segments expanded on screen and the window's shape, so the file shows what was seen. */
  expanded?: readonly number[];
  aspect?: number;
  /** The supply-flow switch on screen: off leaves the flows out of the file too. */
  links?: boolean;
};

type PngSize = { scale: 1 | 2 | 4 } | { width: number };

export function ExportMenu({ view, expanded, aspect, links }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const desktop = isDesktop();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { job, run, cancel } = useExportJob();
  const [askWidth, setAskWidth] = useState(false);
  const [width, setWidth] = useState(12_000);
  const extras = {
    ...(expanded && expanded.length > 0 ? { expanded: [...expanded] } : {}),
    ...(aspect !== undefined && Number.isFinite(aspect) ? { aspect } : {}),
    ...(links === undefined ? {} : { links }),
  };

  const fail = (e: unknown) => {
    const err = toApiError(e);
    if (err.code === 'CANCELLED') void message.info(t('mapExport.cancelled'));
    else void message.error(errorText(err));
  };

  const picture = async (format: 'png' | 'svg', size?: PngSize) => {
    try {
      const r = await run(t('mapExport.progressTitle'), (requestId) =>
        call('map:export', { view, format, lang, requestId, ...size, ...extras }),
      );
      downloadBase64(r.fileName, r.base64, r.mime);
      void message.success(
        t('mapExport.done', {
          file: r.fileName,
          width: r.width,
          height: r.height,
          seconds: (r.ms / 1000).toFixed(1),
        }),
      );
      if (r.missing.length > 0)
        void message.warning(t('mapExport.missing', { chars: r.missing.join(' ') }));
    } catch (e) {
      fail(e);
    }
  };

  const report = async () => {
    if (view.kind === 'overview') return;
    try {
      const r = await run(t('mapExport.progressTitle'), () =>
        call('map:report', { view, format: desktop ? 'pdf' : 'html', lang }),
      );
      downloadBase64(r.fileName, r.base64, r.mime);
    } catch (e) {
      fail(e);
    }
  };

  const all = async () => {
    try {
      const r = await run(t('mapExport.allTitle'), (requestId) =>
        call('map:exportAll', { format: 'png', scale: 2, lang, requestId }),
      );
      if (r === null) return; // folder dialog cancelled
      if (r.zip) downloadBase64(r.zip.fileName, r.zip.base64, r.zip.mime);
      if (r.cancelled) void message.info(t('mapExport.allCancelled', { count: r.files.length }));
      else
        void message.success(
          r.folder === null
            ? t('mapExport.allZip', { count: r.files.length })
            : t('mapExport.allFolder', { count: r.files.length, folder: r.folder }),
        );
    } catch (e) {
      fail(e);
    }
  };

  const items: MenuProps['items'] = [
    {
      key: 'png-1',
      label: t('mapExport.png', { scale: 1 }),
      onClick: () => void picture('png', { scale: 1 }),
    },
    {
      key: 'png-2',
      label: t('mapExport.png', { scale: 2 }),
      onClick: () => void picture('png', { scale: 2 }),
    },
    {
      key: 'png-4',
      label: t('mapExport.png', { scale: 4 }),
      onClick: () => void picture('png', { scale: 4 }),
    },
    {
      key: 'png-width',
      label: t('mapExport.pngWidth'),
      onClick: () => {
        setAskWidth(true);
      },
    },
    { key: 'svg', label: t('mapExport.svg'), onClick: () => void picture('svg') },
    ...(view.kind === 'overview'
      ? []
      : [
          {
            key: 'report',
            label: t(desktop ? 'mapExport.reportPdf' : 'mapExport.reportHtml'),
            onClick: () => void report(),
          },
        ]),
    { type: 'divider' as const },
    { key: 'all', label: t('mapExport.all'), onClick: () => void all() },
  ];

  const p = job?.progress;
  const percent = p
    ? Math.round(((p.done + (p.phase === 'done' ? 0 : 0.5)) / Math.max(1, p.total)) * 100)
    : 0;
  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']} disabled={job !== null}>
        <Button icon={<DownloadOutlined />} loading={job !== null} data-testid="map-export">
          {t('mapExport.button')}
        </Button>
      </Dropdown>
      <Modal
        title={t('mapExport.widthTitle')}
        open={askWidth}
        okText={t('mapExport.exportPng')}
        onCancel={() => {
          setAskWidth(false);
        }}
        onOk={() => {
          setAskWidth(false);
          void picture('png', { width });
        }}
      >
        <Typography.Paragraph type="secondary">
          {t('mapExport.widthHint', { max: MAX_MAP_WIDTH })}
        </Typography.Paragraph>
        <InputNumber
          aria-label={t('mapExport.widthLabel')}
          min={200}
          max={MAX_MAP_WIDTH}
          step={1000}
          value={width}
          suffix="px"
          onChange={(v) => {
            if (typeof v === 'number') setWidth(v);
          }}
        />
      </Modal>
      <Modal
        title={job?.title}
        open={job !== null}
        closable={false}
        mask={{ closable: false }}
        okButtonProps={{ style: { display: 'none' } }}
        cancelText={t('mapExport.cancel')}
        onCancel={cancel}
      >
        <Progress percent={percent} status="active" data-testid="map-export-progress" />
        <Typography.Text type="secondary">
          {p
            ? t('mapExport.phase', {
                phase: t(`mapExport.phases.${p.phase}`),
                done: Math.min(p.done + 1, p.total),
                total: p.total,
                file: p.file ?? '',
              })
            : t('mapExport.starting')}
        </Typography.Text>
      </Modal>
    </>
  );
}

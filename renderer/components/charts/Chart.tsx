// One chart card: an ECharts canvas sized by its box, a title, and 导出PNG (the picture on a white
// background at twice the screen resolution, through the shared download helper).
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadBase64 } from '../download.js';
import { CHART_FONT, echarts } from './echarts-core.js';

type Props = {
  title: string;
  option: EChartsCoreOption;
  /** The downloaded file's name, without .png. */
  fileName: string;
  height?: number;
};

type ChartInstance = ReturnType<typeof echarts.init>;

export function Chart({ title, option, fileName, height = 320 }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // No animation: the picture is final at once, for printing and for an export right away.
    chart.current?.setOption(
      { animation: false, textStyle: { fontFamily: CHART_FONT }, ...option },
      { notMerge: true },
    );
  }, [option]);

  const exportPng = () => {
    const url = chart.current?.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: '#ffffff',
    });
    if (!url) return;
    downloadBase64(`${fileName}.png`, url.slice(url.indexOf(',') + 1), 'image/png');
  };

  return (
    <Card
      size="small"
      title={title}
      className="chart-card"
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={exportPng}
          aria-label={`${t('charts.exportPng')} ${title}`}
        >
          {t('charts.exportPng')}
        </Button>
      }
    >
      <div
        ref={box}
        role="img"
        aria-label={title}
        data-testid="chart"
        style={{ width: '100%', height }}
      />
    </Card>
  );
}

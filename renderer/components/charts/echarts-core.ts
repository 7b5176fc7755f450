// ECharts with only what the app draws registered (bars, funnel; grid, tooltip, legend, goal lines;
// canvas), so the chunk stays small; import this module lazily, from the pages that show charts.
import { BarChart, FunnelChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };

/** The system's CJK fonts (no web fonts: the app loads nothing remote), as the page uses them. */
export const CHART_FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

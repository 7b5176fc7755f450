// The chart card loaded on first use: ECharts lives in its own chunk that only pages showing a chart
// fetch; until it arrives the card's place is held at the chart's height.
import { Card, Skeleton } from 'antd';
import { lazy, Suspense, type ComponentProps } from 'react';

const Chart = lazy(() => import('./Chart.js').then((m) => ({ default: m.Chart })));

export function LazyChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense
      fallback={
        <Card size="small" title={props.title}>
          <Skeleton active style={{ height: props.height ?? 320 }} />
        </Card>
      }
    >
      <Chart {...props} />
    </Suspense>
  );
}

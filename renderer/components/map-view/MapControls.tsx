// Fit / zoom in / zoom out buttons for a map view, shared by the chain, cluster and overview pages.
import { CompressOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { MapViewHandle } from './MapView.js';

/** `children`: more buttons of the same group (the chain map's 全部收起). */
export function MapControls({
  view,
  children,
}: {
  view: RefObject<MapViewHandle | null>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const buttons = [
    { label: t('chainMap.fit'), icon: <CompressOutlined />, run: () => view.current?.fit() },
    { label: t('chainMap.zoomIn'), icon: <ZoomInOutlined />, run: () => view.current?.zoomBy(1.4) },
    {
      label: t('chainMap.zoomOut'),
      icon: <ZoomOutOutlined />,
      run: () => view.current?.zoomBy(1 / 1.4),
    },
  ];
  return (
    <Space.Compact>
      {buttons.map((b) => (
        <Tooltip key={b.label} title={b.label}>
          <Button aria-label={b.label} icon={b.icon} onClick={b.run} />
        </Tooltip>
      ))}
      {children}
    </Space.Compact>
  );
}

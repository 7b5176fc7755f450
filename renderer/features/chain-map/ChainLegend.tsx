// The chain map's legend, drawn from the same colours as the stylesheet.
import { Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { CHAIN_COLORS as c } from './stylesheet.js';

const swatch = (style: CSSProperties) => (
  <span
    aria-hidden
    style={{
      display: 'inline-block',
      width: 22,
      height: 12,
      borderRadius: 3,
      borderWidth: 1.5,
      borderStyle: 'solid',
      ...style,
    }}
  />
);

export function ChainLegend() {
  const { t } = useTranslation();
  const items: [CSSProperties, string][] = [
    [{ background: c.localFill, borderColor: c.local }, t('chainMap.legend.local')],
    [
      { background: c.outsideFill, borderColor: c.outside, borderStyle: 'dashed' },
      t('chainMap.legend.outside'),
    ],
    [
      { background: c.anchorFill, borderColor: c.anchor, borderWidth: 3 },
      t('chainMap.legend.anchor'),
    ],
    [
      { background: c.segmentFill, borderColor: c.keySegment, borderWidth: 2 },
      `★ ${t('chainMap.legend.keySegment')}`,
    ],
    [
      { background: '#fff', borderColor: c.emptySegment, borderStyle: 'dashed' },
      t('chainMap.legend.emptySegment'),
    ],
    [
      { height: 0, borderWidth: 0, borderTop: `2px solid ${c.edgeLocal}`, borderRadius: 0 },
      t('chainMap.legend.supply'),
    ],
  ];
  return (
    <Flex
      vertical
      gap={4}
      style={{
        background: 'rgba(255,255,255,0.92)',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        padding: '8px 10px',
      }}
    >
      {items.map(([style, text]) => (
        <Flex key={text} gap={8} align="center">
          {swatch(style)}
          <Typography.Text style={{ fontSize: 12 }}>{text}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

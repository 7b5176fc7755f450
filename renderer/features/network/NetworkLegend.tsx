// The legend under the network: what colour, border, shape and size mean.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { NETWORK_COLORS } from '../../../shared/network/elements.js';

const dot = (style: React.CSSProperties) => (
  <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, ...style }} />
);

export function NetworkLegend() {
  const { t } = useTranslation();
  const items: [React.ReactNode, string][] = [
    [
      dot({ background: NETWORK_COLORS.local, border: '2px solid #0958d9' }),
      t('network.legend.local'),
    ],
    [
      dot({ background: '#fff7e6', border: `2px dashed ${NETWORK_COLORS.outside}` }),
      t('network.legend.outside'),
    ],
    [
      dot({ background: '#fff', border: `3px solid ${NETWORK_COLORS.anchor}` }),
      t('network.legend.anchor'),
    ],
    [
      dot({
        background: NETWORK_COLORS.top500,
        borderRadius: 0,
        transform: 'rotate(45deg) scale(0.8)',
      }),
      t('network.legend.top500'),
    ],
    [
      dot({ background: '#e6f4ff', border: `2px solid ${NETWORK_COLORS.local}`, borderRadius: 3 }),
      t('network.legend.group'),
    ],
    [
      dot({ background: '#fafafa', border: `2px dashed ${NETWORK_COLORS.local}`, borderRadius: 3 }),
      t('network.legend.rest'),
    ],
  ];
  return (
    <Flex
      gap={16}
      wrap
      style={{ padding: '6px 12px', borderTop: '1px solid #f0f0f0' }}
      data-testid="network-legend"
    >
      {items.map(([icon, label]) => (
        <Flex key={label} gap={6} align="center">
          {icon}
          <Typography.Text style={{ fontSize: 12 }}>{label}</Typography.Text>
        </Flex>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('network.legend.size')}
      </Typography.Text>
    </Flex>
  );
}

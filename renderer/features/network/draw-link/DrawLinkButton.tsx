// The network toolbar's 画供应关系 toggle: pressed while the mode is on; disabled, with the reason,
// on a read-only workspace or when no firm is drawn.
import { NodeIndexOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DrawLink } from './use-draw-link.js';

export function DrawLinkButton({ draw }: { draw: DrawLink }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={draw.readOnly ? t('drawLink.readOnly') : t('drawLink.tip')}>
      <Button
        data-testid="draw-link-toggle"
        icon={<NodeIndexOutlined />}
        type={draw.active ? 'primary' : 'default'}
        aria-pressed={draw.active}
        disabled={!draw.available}
        onClick={() => {
          draw.dispatch({ type: 'toggle' });
        }}
      >
        {t('drawLink.button')}
      </Button>
    </Tooltip>
  );
}

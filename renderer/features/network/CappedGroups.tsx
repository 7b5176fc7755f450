// One line per opened group too big to draw whole: how many of its firms are drawn, with a button to
// show all of them (the keyboard's way to what a double-click on the rest node does) and, once shown
// whole, a button back to the best-connected few.
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { OPEN_CAP } from '../../../shared/network/open-cap.js';
import type { NetworkGroup } from '../../../shared/network/schemas.js';

type Props = {
  groups: readonly NetworkGroup[];
  /** Groups the user asked to see whole. */
  whole: readonly string[];
  groupName: (g: NetworkGroup) => string;
  onShowAll: (groupId: string, all: boolean) => void;
};

export function CappedGroups({ groups, whole, groupName, onShowAll }: Props) {
  const { t } = useTranslation();
  const capped = groups.filter((g) => g.expanded && (g.restCount ?? 0) > 0);
  const shownWhole = groups.filter(
    (g) => g.expanded && g.firmCount > OPEN_CAP && whole.includes(g.id),
  );
  if (capped.length === 0 && shownWhole.length === 0) return null;
  return (
    <Flex vertical gap={2} data-testid="network-capped">
      {capped.map((g) => (
        <Flex key={g.id} gap={8} align="center">
          <Typography.Text>
            {t('network.rest.capped', {
              name: groupName(g),
              shown: g.firmCount - (g.restCount ?? 0),
              total: g.firmCount,
            })}
          </Typography.Text>
          <Button
            size="small"
            type="primary"
            onClick={() => {
              onShowAll(g.id, true);
            }}
          >
            {t('network.rest.showAll', { total: g.firmCount })}
          </Button>
        </Flex>
      ))}
      {shownWhole.map((g) => (
        <Flex key={g.id} gap={8} align="center">
          <Typography.Text type="secondary">
            {t('network.rest.whole', { name: groupName(g), total: g.firmCount })}
          </Typography.Text>
          <Button
            size="small"
            onClick={() => {
              onShowAll(g.id, false);
            }}
          >
            {t('network.rest.cap', { shown: OPEN_CAP })}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}

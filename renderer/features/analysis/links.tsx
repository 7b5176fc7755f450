// Names that lead somewhere: a firm name opens its drawer (one drawer for the whole Analysis page),
// a segment name opens the chain map with that segment selected.
import { Typography } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';

import { routeHref } from '../../app/routes.js';

/** Opens the enterprise drawer; provided by the Analysis page. */
export const OpenFirmContext = createContext<(id: number) => void>(() => undefined);

export function FirmLink({
  id,
  name,
  strong,
}: {
  id: number | null;
  name: string;
  strong?: boolean;
}) {
  const open = useContext(OpenFirmContext);
  if (id === null) return <Typography.Text strong={strong}>{name}</Typography.Text>;
  return (
    <Typography.Link
      strong={strong}
      data-firm-id={id}
      onClick={(e) => {
        // Rows underneath (the gap table drills down on click) must not also react.
        e.stopPropagation();
        open(id);
      }}
    >
      {name}
    </Typography.Link>
  );
}

export const segmentHref = (chainId: number, segmentId: number): string =>
  routeHref('chain-map', { chain: chainId, segment: segmentId });

export function SegmentLink({
  chainId,
  segmentId,
  children,
}: {
  chainId: number | null;
  segmentId: number | null;
  children: ReactNode;
}) {
  if (chainId === null || segmentId === null) return <>{children}</>;
  return (
    <Typography.Link
      href={segmentHref(chainId, segmentId)}
      onClick={(e) => {
        e.stopPropagation();
      }}
    >
      {children}
    </Typography.Link>
  );
}

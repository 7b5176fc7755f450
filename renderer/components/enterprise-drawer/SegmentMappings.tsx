// A firm's 挂链 in its drawer: each segment with its stage, primary flag and status, editable in place
// (status, make primary, remove), and a cascader (cluster → chain → segment) that adds one.
import { DeleteOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Cascader, Flex, Popconfirm, Select, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  MappingStatusSchema,
  type MappingStatus,
  type Segment,
} from '../../../shared/domain/schemas.js';
import type { EnterpriseDetail } from '../../../shared/ipc/contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { routeHref } from '../../app/routes.js';
import { useApi } from '../../app/use-api.js';

type Mapping = EnterpriseDetail['segments'][number];
type Option = { value: string; label: string; isLeaf?: boolean; children?: Option[] };

type Props = { detail: EnterpriseDetail; readOnly: boolean; onLeave: () => void };

export function SegmentMappings({ detail, readOnly, onLeave }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const firmId = detail.enterprise.id;
  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const save = (m: Mapping, patch: Partial<Pick<Mapping, 'isPrimary' | 'status'>>) =>
    run(() =>
      call('enterprise:mapSegment', {
        enterpriseId: firmId,
        segmentId: m.segmentId,
        isPrimary: patch.isPrimary ?? m.isPrimary,
        status: patch.status ?? m.status,
      }),
    );
  const add = (segmentId: number) => {
    if (detail.segments.some((s) => s.segmentId === segmentId)) {
      void message.info(t('enterpriseEdit.segments.already'));
      return;
    }
    void run(() =>
      call('enterprise:mapSegment', {
        enterpriseId: firmId,
        segmentId,
        isPrimary: detail.segments.length === 0,
        status: 'confirmed',
      }),
    );
  };

  return (
    <Flex vertical gap={6} data-testid="enterprise-segments">
      {detail.segments.length === 0 && (
        <Typography.Text type="secondary">{t('enterprises.detail.noSegments')}</Typography.Text>
      )}
      {detail.segments.map((s) => (
        <Flex key={s.segmentId} gap={6} align="center" wrap data-testid="enterprise-segment">
          <Typography.Link
            href={routeHref('chain-map', { chain: s.chainId, segment: s.segmentId })}
            title={t('enterprises.detail.showInChainMap')}
            onClick={onLeave}
          >
            {s.chainName} › {s.segmentName}
          </Typography.Link>
          <Tag color="purple">{t(`stage.${s.stage}`)}</Tag>
          <Tooltip
            title={
              s.isPrimary
                ? t('enterpriseEdit.segments.primary')
                : t('enterpriseEdit.segments.setPrimary')
            }
          >
            <Button
              size="small"
              type="text"
              disabled={readOnly || s.isPrimary}
              aria-label={`${t('enterpriseEdit.segments.setPrimary')} ${s.segmentName}`}
              icon={s.isPrimary ? <StarFilled style={{ color: '#1677ff' }} /> : <StarOutlined />}
              onClick={() => void save(s, { isPrimary: true })}
            />
          </Tooltip>
          {s.isPrimary && <Tag color="blue">{t('enterprises.detail.primary')}</Tag>}
          <Select<MappingStatus>
            size="small"
            value={s.status}
            disabled={readOnly}
            style={{ width: 104 }}
            aria-label={`${t('enterpriseEdit.segments.status')} ${s.segmentName}`}
            options={MappingStatusSchema.options.map((v) => ({
              value: v,
              label: t(`mappingStatus.${v}`),
            }))}
            onChange={(status) => void save(s, { status })}
          />
          <Popconfirm
            title={t('enterpriseEdit.segments.removeConfirm')}
            okText={t('enterpriseEdit.segments.remove')}
            cancelText={t('enterpriseEdit.cancel')}
            onConfirm={() =>
              void run(() =>
                call('enterprise:unmapSegment', { enterpriseId: firmId, segmentId: s.segmentId }),
              )
            }
          >
            <Button
              size="small"
              type="text"
              danger
              disabled={readOnly}
              aria-label={`${t('enterpriseEdit.segments.remove')} ${s.segmentName}`}
              icon={<DeleteOutlined />}
            />
          </Popconfirm>
        </Flex>
      ))}
      {!readOnly && <SegmentPicker onPick={add} />}
    </Flex>
  );
}

/** Segments of one chain as cascader options: the tree by parent, leaves selectable. */
function segmentOptions(segments: readonly Segment[], parentId: number | null = null): Option[] {
  return segments
    .filter((s) => s.parentId === parentId)
    .map((s) => {
      const children = segmentOptions(segments, s.id);
      return children.length > 0
        ? { value: `s:${String(s.id)}`, label: s.name, children }
        : { value: `s:${String(s.id)}`, label: s.name, isLeaf: true };
    });
}

function SegmentPicker({ onPick }: { onPick: (segmentId: number) => void }) {
  const { t } = useTranslation();
  const clusters = useApi('cluster:list', {});
  const chains = useApi('chain:list', {});
  const [loaded, setLoaded] = useState<Record<number, Option[]>>({});
  const [value, setValue] = useState<string[]>([]);
  const options: Option[] =
    clusters.status === 'ready' && chains.status === 'ready'
      ? clusters.data.map((c) => ({
          value: `c:${String(c.id)}`,
          label: c.name,
          children: chains.data
            .filter((ch) => ch.clusterId === c.id)
            .map((ch) => ({
              value: `h:${String(ch.id)}`,
              label: ch.name,
              isLeaf: false,
              ...(loaded[ch.id] ? { children: loaded[ch.id] } : {}),
            })),
        }))
      : [];
  return (
    <Cascader<Option>
      options={options}
      value={value}
      placeholder={t('enterpriseEdit.segments.pick')}
      aria-label={t('enterpriseEdit.segments.add')}
      style={{ maxWidth: 420, marginTop: 4 }}
      showSearch={false}
      loadData={(path) => {
        const last = path[path.length - 1];
        if (!last?.value.startsWith('h:')) return;
        const chainId = Number(last.value.slice(2));
        void call('segment:list', { chainId }).then((segments) => {
          setLoaded((m) => ({ ...m, [chainId]: segmentOptions(segments) }));
        });
      }}
      onChange={(path) => {
        const last = path[path.length - 1];
        setValue([]);
        if (typeof last === 'string' && last.startsWith('s:')) onPick(Number(last.slice(2)));
      }}
    />
  );
}

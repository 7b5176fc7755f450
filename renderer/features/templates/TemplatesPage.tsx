// 产业链模板库: the built-in chain templates with a preview of each tree, 添加到工作区 (into a chosen or
// new cluster, asking merge-or-copy when the chain exists), export to Excel, and import of a template
// spreadsheet shared by another office.
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { routeHref } from '../../app/routes.js';
import { ErrorState, LoadingState } from '../../app/StatusViews.js';
import { useApi } from '../../app/use-api.js';
import { downloadBase64, XLSX_TYPE } from '../../components/download.js';
import { AddTemplateModal, type Added } from './AddTemplateModal.js';
import { ImportTemplateButton } from './ImportTemplateButton.js';
import { TemplateTree } from './TemplateTree.js';

export function TemplatesPage({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const list = useApi('template:list', {});
  const [picked, setPicked] = useState<string | null>(params['id'] ?? null);
  const [adding, setAdding] = useState(false);
  const templates = list.status === 'ready' ? list.data : [];
  const selected = templates.find((x) => x.id === picked) ?? templates[0] ?? null;
  const detail = useApi('template:get', selected ? { id: selected.id } : null);
  const en = i18n.language === 'en';

  const announce = (results: Added[]) => {
    for (const r of results)
      void message.success({
        content: (
          <span data-testid="template-added">
            {t(`templates.added.${r.mode}`, {
              name: r.chainName,
              added: r.added,
              matched: r.matched,
            })}{' '}
            <a href={routeHref('chain-map', { chain: r.chainId })}>{t('templates.added.open')}</a>
          </span>
        ),
        duration: 8,
      });
  };

  const exportXlsx = async () => {
    if (!selected) return;
    try {
      const f = await call('template:export', { id: selected.id });
      downloadBase64(f.fileName, f.base64, XLSX_TYPE);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.status !== 'ready') return <LoadingState />;
  return (
    <Flex gap={16} style={{ padding: 24, minHeight: 0 }} align="flex-start" wrap>
      <Card
        title={t('templates.title')}
        style={{ width: 360, flex: 'none' }}
        extra={<ImportTemplateButton onAdded={announce} />}
      >
        <Typography.Paragraph type="secondary">{t('templates.intro')}</Typography.Paragraph>
        <List
          dataSource={templates}
          renderItem={(x) => (
            <List.Item
              style={{
                cursor: 'pointer',
                paddingInline: 8,
                background: x.id === selected?.id ? '#e6f4ff' : undefined,
              }}
              onClick={() => {
                setPicked(x.id);
              }}
            >
              <List.Item.Meta
                title={
                  <a
                    href={routeHref('templates', { id: x.id })}
                    onClick={(e) => {
                      e.preventDefault();
                      setPicked(x.id);
                    }}
                  >
                    {en ? x.titleEn : x.title}
                  </a>
                }
                description={
                  <Space size={4} wrap>
                    <Tag>{x.cluster}</Tag>
                    {t('templates.counts', { segments: x.segments, key: x.keySegments })}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {selected && (
        <Card
          style={{ flex: 1, minWidth: 420 }}
          title={en ? selected.titleEn : selected.title}
          extra={
            <Space>
              <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
                {t('templates.export')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  setAdding(true);
                }}
              >
                {t('templates.addButton')}
              </Button>
            </Space>
          }
        >
          <Typography.Paragraph>{selected.description}</Typography.Paragraph>
          <Space style={{ marginBottom: 12 }} wrap>
            <Tag color="blue">
              {t('templates.stage.upstream')} {selected.stages.upstream}
            </Tag>
            <Tag color="green">
              {t('templates.stage.midstream')} {selected.stages.midstream}
            </Tag>
            <Tag color="orange">
              {t('templates.stage.downstream')} {selected.stages.downstream}
            </Tag>
            <Tag color="red">
              {t('templates.key')} {selected.keySegments}
            </Tag>
          </Space>
          {detail.status === 'ready' ? <TemplateTree rows={detail.data.rows} /> : <LoadingState />}
        </Card>
      )}
      <AddTemplateModal
        template={adding ? selected : null}
        onClose={() => {
          setAdding(false);
        }}
        onAdded={(r) => {
          announce([r]);
        }}
      />
    </Flex>
  );
}

// What the draw-a-link mode shows besides the canvas: the hint line for the current step (or why the
// last click was refused), the question when links already join the two firms, and the link form
// prefilled with supplier and buyer. Saving goes through the form's own api call (undoable).
import { Button, Flex, List, Modal, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../app/format.js';
import { LinkFormModal, type LinkFormTarget } from '../../../components/link-form/LinkFormModal.js';
import type { DrawState } from './draw-link-state.js';
import type { DrawLink } from './use-draw-link.js';

export function DrawLinkPanel({ draw }: { draw: DrawLink }) {
  const { t } = useTranslation();
  const { state, dispatch } = draw;
  const close = () => {
    dispatch({ type: 'closed' });
  };
  // One target object per form opening: the form resets its fields when the target changes.
  const target = useMemo((): LinkFormTarget | null => {
    if (state.step !== 'form') return null;
    const { supplier, buyer, edit } = state;
    return edit ? { kind: 'edit', link: edit, supplier, buyer } : { kind: 'new', supplier, buyer };
  }, [state]);
  return (
    <>
      <Hint state={state} />
      <Modal
        open={state.step === 'existing'}
        title={t('drawLink.existingTitle')}
        onCancel={close}
        okText={t('drawLink.addAnother')}
        onOk={() => {
          dispatch({ type: 'addAnother' });
        }}
      >
        {state.step === 'existing' && (
          <Flex vertical gap={8} data-testid="draw-link-existing">
            <Typography.Text>
              {t('drawLink.existingBody', {
                supplier: state.supplier.name,
                buyer: state.buyer.name,
                count: state.links.length,
              })}
            </Typography.Text>
            <List
              size="small"
              bordered
              dataSource={state.links}
              renderItem={(l) => (
                <List.Item
                  actions={[
                    <Button
                      key="edit"
                      size="small"
                      onClick={() => {
                        dispatch({ type: 'editExisting', link: l });
                      }}
                    >
                      {t('drawLink.editThis')}
                    </Button>,
                  ]}
                >
                  {l.product ?? '—'} · {l.segmentName ?? t('linkEdit.noSegment')} ·{' '}
                  {formatNumber(l.amount)} · {t(`linkSource.${l.source}`)}
                  {l.yearFrom !== null || l.yearTo !== null
                    ? ` · ${String(l.yearFrom ?? '')}–${String(l.yearTo ?? '')}`
                    : ''}
                </List.Item>
              )}
            />
          </Flex>
        )}
      </Modal>
      <LinkFormModal target={target} onClose={close} />
    </>
  );
}

/**
 * The hint hangs from a zero-height box at the foot of the toolbar over the canvas's top edge, so
 * showing it, or a refusal under it, never moves the picture under the user's next click.
 */
function Hint({ state }: { state: DrawState }) {
  const { t } = useTranslation();
  const refusal = state.step === 'supplier' || state.step === 'buyer' ? state.refusal : null;
  // While the question or the form is open it says everything; the hint waits under it.
  const text =
    state.step === 'supplier'
      ? t('drawLink.pickSupplier')
      : state.step === 'buyer'
        ? t('drawLink.pickBuyer', { name: state.supplier.name })
        : state.step === 'checking'
          ? t('drawLink.checking', { supplier: state.supplier.name, buyer: state.buyer.name })
          : null;
  return (
    <div style={{ position: 'relative', height: 0, marginTop: -6 }}>
      {text !== null && (
        <Flex
          vertical
          gap={2}
          data-testid="draw-link-hint"
          data-step={state.step}
          role="status"
          style={HINT_BOX}
        >
          <Typography.Text strong style={{ color: '#d4380d' }}>
            {text}
          </Typography.Text>
          {refusal && (
            <Typography.Text type="warning" data-testid="draw-link-refusal">
              {t(`drawLink.${refusal.kind}`, { name: refusal.name })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </div>
  );
}

const HINT_BOX = {
  position: 'absolute',
  top: 17,
  left: 0,
  zIndex: 10,
  maxWidth: '100%',
  padding: '4px 10px',
  background: 'rgba(255, 255, 255, 0.94)',
  border: '1px solid #ffbb96',
  borderRadius: 6,
  boxShadow: '0 2px 6px rgba(0, 0, 0, 0.12)',
  // Clicks go through to the firms under it.
  pointerEvents: 'none',
} as const;

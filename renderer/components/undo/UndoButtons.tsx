// The header's 撤销 / 重做 buttons and their shortcuts: they undo or redo the newest hand edit of the
// open workspace, whatever page made it, and say why when an import or another program stops undo.
import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { EditLabel } from '../../../shared/ipc/undo-contract.js';
import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { useApi } from '../../app/use-api.js';
import { useReadOnly } from '../../app/use-read-only.js';
import { currentLanguage } from '../../i18n/index.js';
import { undoShortcut } from './undo-shortcut.js';

const inLanguage = (label: EditLabel): string => (currentLanguage() === 'en' ? label.en : label.zh);

export function UndoButtons() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const readOnly = useReadOnly();
  const history = useApi('edit:state', {});
  const state =
    history.status === 'ready'
      ? history.data
      : history.status === 'loading'
        ? history.previous
        : undefined;
  const busy = useRef(false);

  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      // One at a time: a held-down Ctrl+Z must not send undo twice for the same step.
      if (busy.current) return;
      busy.current = true;
      try {
        const done = await call(direction === 'undo' ? 'edit:undo' : 'edit:redo', {});
        const text = inLanguage(done.label);
        void message.success(
          t(direction === 'undo' ? 'undo.undone' : 'undo.redone', { label: text }),
        );
      } catch (e) {
        void message.warning(errorText(e));
      } finally {
        busy.current = false;
      }
    },
    [message, t],
  );

  useEffect(() => {
    if (readOnly) return;
    const onKey = (e: KeyboardEvent) => {
      const action = undoShortcut(e);
      if (action === null) return;
      e.preventDefault();
      void run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [readOnly, run]);

  const undoTip = state?.undoLabel
    ? t('undo.undoTip', { label: inLanguage(state.undoLabel) })
    : state?.blockedBy
      ? inLanguage(state.blockedBy)
      : t('undo.nothingToUndo');
  const redoTip = state?.redoLabel
    ? t('undo.redoTip', { label: inLanguage(state.redoLabel) })
    : t('undo.nothingToRedo');
  return (
    <Space.Compact size="small">
      <Tooltip title={undoTip}>
        <Button
          icon={<UndoOutlined />}
          aria-label={t('undo.undo')}
          data-testid="undo-button"
          disabled={readOnly || state?.canUndo !== true}
          onClick={() => void run('undo')}
        >
          {t('undo.undo')}
        </Button>
      </Tooltip>
      <Tooltip title={redoTip}>
        <Button
          icon={<RedoOutlined />}
          aria-label={t('undo.redo')}
          data-testid="redo-button"
          disabled={readOnly || state?.canRedo !== true}
          onClick={() => void run('redo')}
        >
          {t('undo.redo')}
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}

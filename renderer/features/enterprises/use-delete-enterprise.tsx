// Deleting a firm: asks first, saying exactly what goes with it (links, 挂链, former names counted in
// the workspace) and that its leads stay, then deletes it as one undoable, backed-up edit.
import { App } from 'antd';
import { useTranslation } from 'react-i18next';

import { call } from '../../api.js';
import { errorText } from '../../app/error-text.js';

/** Returns `ask(id)`: loads the counts, confirms, deletes; `onDeleted` runs after a delete. */
export function useDeleteEnterprise(
  onDeleted?: (id: number) => void,
): (id: number) => Promise<void> {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  return async (id: number) => {
    try {
      const { enterprise, impact } = await call('enterprise:editable', { id });
      const confirmed = await modal.confirm({
        title: t('enterpriseEdit.deleteTitle', { name: enterprise.name }),
        content: t('enterpriseEdit.deleteBody', impact),
        okText: t('enterpriseEdit.delete'),
        okButtonProps: { danger: true },
        cancelText: t('enterpriseEdit.cancel'),
        width: 520,
      });
      if (!confirmed) return;
      await call('enterprise:delete', { id });
      void message.success(t('enterpriseEdit.deleted', { name: enterprise.name }));
      onDeleted?.(id);
    } catch (e) {
      void message.error(errorText(e));
    }
  };
}

// Whether the open workspace can be changed: edit forms and buttons disable themselves when it is
// read-only (the file or folder is not writable), and the banner says why.
import { useApi } from './use-api.js';

/**
 * True while the workspace is read-only. The shell renders only after workspace:info answered, so the
 * cached answer is there; a write refused as read-only refetches it, so this turns true mid-session.
 */
export function useReadOnly(): boolean {
  const info = useApi('workspace:info', {});
  if (info.status === 'ready') return info.data.readOnly;
  if (info.status === 'loading') return info.previous?.readOnly ?? false;
  return false;
}

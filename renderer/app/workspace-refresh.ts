// App-level "the workspace changed" signal: a page calls refreshWorkspace() after a write (a lead
// created, a snapshot saved) so the header counts from workspace:info follow without a reload.
import { createContext, useContext } from 'react';

const WorkspaceRefreshContext = createContext<() => void>(() => undefined);

/** The shell provides workspace:info's reload here. */
export const WorkspaceRefreshProvider = WorkspaceRefreshContext.Provider;

export const useWorkspaceRefresh = (): (() => void) => useContext(WorkspaceRefreshContext);

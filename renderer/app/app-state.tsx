// What every screen may need: this installation, the preferences, the host's facts.
import { createContext, useContext } from 'react';
import type { Installation, Preferences } from '../db/installation';

export type AppState = {
  installation: Installation | null;
  setInstallation: (installation: Installation) => void;
  preferences: Preferences;
  setPreferences: (preferences: Preferences) => Promise<void>;
};

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside of AppStateContext');
  return state;
}

/** The installation, for screens that only show once setup is done. */
export function useInstallation(): Installation {
  const { installation } = useAppState();
  if (!installation) throw new Error('useInstallation before setup');
  return installation;
}

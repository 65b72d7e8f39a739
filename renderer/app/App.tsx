// The app's providers: theme, dates, notifications, state and the router.
import { useCallback, useMemo, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { db } from '../db/db';
import { savePreferences, type Installation, type Preferences } from '../db/installation';
import { changeLanguage } from '../i18n';
import { AppStateContext, type AppState } from './app-state';
import { router } from './router';
import { theme } from './theme';

type Props = { initialInstallation: Installation | null; initialPreferences: Preferences };

export function App({ initialInstallation, initialPreferences }: Props) {
  const [installation, setInstallation] = useState(initialInstallation);
  const [preferences, setPreferencesState] = useState(initialPreferences);

  const setPreferences = useCallback(async (next: Preferences) => {
    await savePreferences(db, next);
    await changeLanguage(next.language);
    setPreferencesState(next);
  }, []);

  const state = useMemo<AppState>(
    () => ({ installation, setInstallation, preferences, setPreferences }),
    [installation, preferences, setPreferences],
  );

  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: preferences.language, firstDayOfWeek: 0 }}>
        <Notifications position="top-right" />
        <AppStateContext.Provider value={state}>
          <RouterProvider router={router} />
        </AppStateContext.Provider>
      </DatesProvider>
    </MantineProvider>
  );
}

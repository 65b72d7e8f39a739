// Starts the renderer: opens the database, loads reference data and settings, then shows the app.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import '@fontsource/sarabun/700.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import 'dayjs/locale/th';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { FatalError } from './app/FatalError';
import { db } from './db/db';
import { ensureAdminAreas } from './db/admin-areas';
import { getInstallation, getPreferences } from './db/installation';
import { openDatabase } from './db/open-database';
import { initI18n } from './i18n';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    await openDatabase(db);
    await ensureAdminAreas(db);
    const preferences = await getPreferences(db);
    await initI18n(preferences.language);
    const installation = await getInstallation(db);
    root.render(<App initialInstallation={installation} initialPreferences={preferences} />);
  } catch (error) {
    root.render(<FatalError error={error} />);
  }
}

void start();

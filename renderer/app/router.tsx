// The routes of the app. Hash routing works alike under app:// in Electron and in a plain browser.
import { createHashRouter, Navigate, Outlet } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { AreaNotYetPage } from '../features/areas/AreaNotYetPage';
import { ConflictPage } from '../features/exchange/conflicts/ConflictPage';
import { ConflictsPage } from '../features/exchange/conflicts/ConflictsPage';
import { KeyringPage } from '../features/exchange/keyring/KeyringPage';
import { NationalPage } from '../features/exchange/department/NationalPage';
import { RegistrationsPage } from '../features/exchange/department/RegistrationsPage';
import { ExchangeLogPage } from '../features/exchange/ExchangeLogPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { KeysPage } from '../features/exchange/keys/KeysPage';
import { OrganisationsPage } from '../features/exchange/organisations/OrganisationsPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SetupPage } from '../features/setup/SetupPage';
import { DuplicatesPage } from '../features/volunteers/duplicates/DuplicatesPage';
import { VolunteerImportPage } from '../features/volunteers/import/VolunteerImportPage';
import { VolunteerListPage } from '../features/volunteers/list/VolunteerListPage';
import { VolunteerEditPage } from '../features/volunteers/record/VolunteerEditPage';
import { VolunteerPage } from '../features/volunteers/record/VolunteerPage';
import { VolunteerListPrint } from '../print/VolunteerListPrint';
import { VolunteerRecordPrint } from '../print/VolunteerRecordPrint';
import { useAppState } from './app-state';
import { Shell } from './Shell';

function RequireSetup() {
  const { installation } = useAppState();
  return installation ? <Outlet /> : <Navigate to="/setup" replace />;
}

function SetupOnce() {
  const { installation } = useAppState();
  return installation ? <Navigate to="/" replace /> : <SetupPage />;
}

export const router = createHashRouter([
  { path: '/setup', element: <SetupOnce /> },
  {
    element: <RequireSetup />,
    children: [
      // Print documents: whole pages without the shell, read by print to PDF.
      { path: 'print/volunteers', element: <VolunteerListPrint /> },
      { path: 'print/volunteer/:id', element: <VolunteerRecordPrint /> },
      {
        element: <Shell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'volunteers', element: <VolunteerListPage /> },
          { path: 'volunteers/new', element: <VolunteerEditPage /> },
          { path: 'volunteers/import', element: <VolunteerImportPage /> },
          { path: 'volunteers/duplicates', element: <DuplicatesPage /> },
          { path: 'volunteers/:id', element: <VolunteerPage /> },
          { path: 'volunteers/:id/edit', element: <VolunteerEditPage /> },
          { path: 'training/*', element: <AreaNotYetPage area="training" /> },
          { path: 'meetings/*', element: <AreaNotYetPage area="meetings" /> },
          { path: 'standard/*', element: <AreaNotYetPage area="standard" /> },
          { path: 'awards/*', element: <AreaNotYetPage area="awards" /> },
          { path: 'exchange', element: <ExchangePage /> },
          { path: 'exchange/log', element: <ExchangeLogPage /> },
          { path: 'exchange/keys', element: <KeysPage /> },
          { path: 'exchange/organisations', element: <OrganisationsPage /> },
          { path: 'exchange/keyring', element: <KeyringPage /> },
          { path: 'exchange/registrations', element: <RegistrationsPage /> },
          { path: 'exchange/national', element: <NationalPage /> },
          { path: 'exchange/conflicts', element: <ConflictsPage /> },
          { path: 'exchange/conflicts/:seq', element: <ConflictPage /> },
          { path: 'reports/*', element: <AreaNotYetPage area="reports" /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'about', element: <AboutPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

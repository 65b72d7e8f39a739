// The routes of the app. Hash routing works alike under app:// in Electron and in a plain browser.
import { createHashRouter, Navigate, Outlet } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { AreaNotYetPage } from '../features/areas/AreaNotYetPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SetupPage } from '../features/setup/SetupPage';
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
      {
        element: <Shell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'volunteers/*', element: <AreaNotYetPage area="volunteers" /> },
          { path: 'training/*', element: <AreaNotYetPage area="training" /> },
          { path: 'meetings/*', element: <AreaNotYetPage area="meetings" /> },
          { path: 'standard/*', element: <AreaNotYetPage area="standard" /> },
          { path: 'awards/*', element: <AreaNotYetPage area="awards" /> },
          { path: 'exchange/*', element: <AreaNotYetPage area="exchange" /> },
          { path: 'reports/*', element: <AreaNotYetPage area="reports" /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'about', element: <AboutPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

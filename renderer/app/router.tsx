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
import { VolunteerListRoute } from '../features/volunteers/list/KeptVolunteerList';
import { VolunteerEditPage } from '../features/volunteers/record/VolunteerEditPage';
import { VolunteerPage } from '../features/volunteers/record/VolunteerPage';
import { VolunteerListPrint } from '../print/VolunteerListPrint';
import { CertificatesPrint } from '../print/training/CertificatesPrint';
import { ParticipantCardsPrint } from '../print/training/ParticipantCardsPrint';
import { RoundReportPrint } from '../print/training/RoundReportPrint';
import { SignInSheetPrint } from '../print/training/SignInSheetPrint';
import { CertificateCheckPage } from '../features/training/certificates/CertificateCheckPage';
import { CertificateTemplatePage } from '../features/training/certificates/CertificateTemplatePage';
import { CheckInPage } from '../features/training/check-in/CheckInPage';
import { CompletionPage } from '../features/training/completion/CompletionPage';
import { ParticipantsPage } from '../features/training/participants/ParticipantsPage';
import { CourseEditPage } from '../features/training/rounds/CourseEditPage';
import { RoundEditPage } from '../features/training/rounds/RoundEditPage';
import { RoundPage } from '../features/training/rounds/RoundPage';
import { TrainingPage } from '../features/training/rounds/TrainingPage';
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
      { path: 'print/training/:id/cards', element: <ParticipantCardsPrint /> },
      { path: 'print/training/:id/sign-in', element: <SignInSheetPrint /> },
      { path: 'print/training/:id/certificates', element: <CertificatesPrint /> },
      { path: 'print/training/:id/report', element: <RoundReportPrint /> },
      {
        element: <Shell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'volunteers', element: <VolunteerListRoute /> },
          { path: 'volunteers/new', element: <VolunteerEditPage /> },
          { path: 'volunteers/import', element: <VolunteerImportPage /> },
          { path: 'volunteers/duplicates', element: <DuplicatesPage /> },
          { path: 'volunteers/:id', element: <VolunteerPage /> },
          { path: 'volunteers/:id/edit', element: <VolunteerEditPage /> },
          { path: 'training', element: <TrainingPage /> },
          { path: 'training/courses/new', element: <CourseEditPage /> },
          { path: 'training/courses/:id', element: <CourseEditPage /> },
          { path: 'training/rounds/new', element: <RoundEditPage /> },
          { path: 'training/rounds/:id', element: <RoundPage /> },
          { path: 'training/rounds/:id/edit', element: <RoundEditPage /> },
          { path: 'training/rounds/:id/participants', element: <ParticipantsPage /> },
          { path: 'training/rounds/:id/check-in', element: <CheckInPage /> },
          { path: 'training/rounds/:id/completion', element: <CompletionPage /> },
          { path: 'training/certificates/check', element: <CertificateCheckPage /> },
          { path: 'training/certificates/template', element: <CertificateTemplatePage /> },
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

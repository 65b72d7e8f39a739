// The frame around every screen after setup: header, main menu, content.
import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { KeptVolunteerList } from '../features/volunteers/list/KeptVolunteerList';
import { useInstallation } from './app-state';
import { LanguageSwitch } from './LanguageSwitch';
import { navItems } from './nav-items';

export function Shell() {
  const { t, i18n } = useTranslation();
  const installation = useInstallation();
  const location = useLocation();
  const organisationName =
    i18n.language === 'en' && installation.organisation.nameEn
      ? installation.organisation.nameEn
      : installation.organisation.nameTh;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" truncate>
              {organisationName} · {installation.installationId}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {navItems.map((item) => {
          const isActive =
            item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path);
          return (
            <NavLink
              key={item.key}
              component={RouterNavLink}
              to={item.path}
              label={t(`nav.${item.key}`)}
              description={item.isOpen ? undefined : t('nav.notYet')}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Outlet />
        <KeptVolunteerList />
      </AppShell.Main>
    </AppShell>
  );
}

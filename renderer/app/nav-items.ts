// The areas of the app in the order of the main menu, and whether each is open in this release.

export type AreaKey =
  'volunteers' | 'training' | 'meetings' | 'standard' | 'awards' | 'exchange' | 'reports';

export type NavItem = {
  key: 'home' | AreaKey | 'settings' | 'about';
  path: string;
  isOpen: boolean;
};

export const navItems: readonly NavItem[] = [
  { key: 'home', path: '/', isOpen: true },
  { key: 'volunteers', path: '/volunteers', isOpen: true },
  { key: 'training', path: '/training', isOpen: true },
  { key: 'meetings', path: '/meetings', isOpen: false },
  { key: 'standard', path: '/standard', isOpen: false },
  { key: 'awards', path: '/awards', isOpen: false },
  { key: 'exchange', path: '/exchange', isOpen: true },
  { key: 'reports', path: '/reports', isOpen: false },
  { key: 'settings', path: '/settings', isOpen: true },
  { key: 'about', path: '/about', isOpen: true },
];

// The look, set once: Sarabun, a calm office palette, sizes readable at 100% on a 1366×768 screen.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const officeTeal: MantineColorsTuple = [
  '#e6f6f6',
  '#d3ebeb',
  '#a8d5d5',
  '#7abebe',
  '#55abab',
  '#3d9e9f',
  '#2e9899',
  '#1e8485',
  '#0d7677',
  '#006566',
];

export const theme = createTheme({
  fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif',
  headings: { fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif', fontWeight: '600' },
  primaryColor: 'officeTeal',
  primaryShade: 8,
  colors: { officeTeal },
  defaultRadius: 'sm',
  fontSizes: { xs: '13px', sm: '15px', md: '16px', lg: '18px', xl: '20px' },
  // Thai marks above and below the line need more room than Latin text.
  lineHeights: { xs: '1.5', sm: '1.55', md: '1.6', lg: '1.6', xl: '1.6' },
});

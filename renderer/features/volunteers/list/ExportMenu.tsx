// The Export button and its choice of format, for the whole list or a selection.
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ExportMenu({ onExport }: { onExport: (format: 'xlsx' | 'csv') => void }) {
  const { t } = useTranslation();
  return (
    <Menu>
      <Menu.Target>
        <Button variant="default">{t('volunteers.export')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onExport('xlsx')}>{t('volunteers.exportXlsx')}</Menu.Item>
        <Menu.Item onClick={() => onExport('csv')}>{t('volunteers.exportCsv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

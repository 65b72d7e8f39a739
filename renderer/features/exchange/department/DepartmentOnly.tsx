// Shows the department's screens only on a department installation; elsewhere says why not.
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_CODE } from '@shared/domain/organisations/codes';
import { useInstallation } from '../../../app/app-state';

export function DepartmentOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const installation = useInstallation();
  const code = installation.organisation.code;
  if (code === DEPARTMENT_CODE) return children;
  return <Alert color="yellow">{t('department.onlyDepartment', { organisation: code })}</Alert>;
}

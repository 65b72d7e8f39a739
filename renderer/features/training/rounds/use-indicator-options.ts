// The practice standard's indicators as options grouped under their component.
import { useTranslation } from 'react-i18next';
import { indicatorGroups } from '@shared/domain/training/course-rules';

export function useIndicatorOptions() {
  const { t } = useTranslation();
  return indicatorGroups.map((g) => ({
    group: t(`training.component.${g.component}`),
    items: g.codes.map((code) => ({ value: code, label: code })),
  }));
}

// Draws the volunteers-by-status bars; the series comes from shared/domain/reports.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { StatusBar } from '@shared/domain/reports/status-series';

const statusLabelKey = {
  active: 'home.statusActive',
  paused: 'home.statusPaused',
  resigned: 'home.statusResigned',
  deceased: 'home.statusDeceased',
} as const;

export function StatusChart({ series }: { series: StatusBar[] }) {
  const { t } = useTranslation();
  const data = series.map((bar) => ({ ...bar, label: t(statusLabelKey[bar.status]) }));
  const summary = data.map((d) => `${d.label} ${d.count}`).join(', ');
  return (
    <figure style={{ margin: 0 }} aria-label={`${t('home.byStatus')}: ${summary}`}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip formatter={(value) => t('home.people', { count: Number(value) })} />
          <Bar dataKey="count" fill="var(--mantine-color-officeTeal-7)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

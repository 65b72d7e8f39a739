// Draws volunteers by province, registered and not, as stacked bars; the series comes from
// province-series.ts.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ProvinceBar } from './province-series';

export function ProvinceChart({ series }: { series: ProvinceBar[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const data = series.map((bar) => ({ ...bar, label: english ? bar.nameEn : bar.nameTh }));
  const summary = data.map((d) => `${d.label} ${d.registered + d.unregistered}`).join(', ');
  return (
    <figure style={{ margin: 0 }} aria-label={`${t('department.national.chart')}: ${summary}`}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 48, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            interval={0}
            angle={-40}
            textAnchor="end"
            height={60}
            fontSize={12}
          />
          <YAxis allowDecimals={false} />
          <Tooltip
            formatter={(value) => t('department.national.people', { count: Number(value) })}
          />
          <Legend verticalAlign="top" />
          <Bar
            dataKey="registered"
            name={t('department.national.chartRegistered')}
            stackId="volunteers"
            fill="var(--mantine-color-officeTeal-7)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="unregistered"
            name={t('department.national.chartUnregistered')}
            stackId="volunteers"
            fill="var(--mantine-color-gray-5)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

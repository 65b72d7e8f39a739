// Draws attendance per session (present, late, left early, absent) as grouped bars; the series comes
// from shared/domain/reports/training-report.ts.
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
import type { SessionAttendance } from '@shared/domain/reports/training-report';
import { useFormatDate } from '../../../app/use-format-date';

const bars = [
  { key: 'present', color: 'var(--mantine-color-officeTeal-7)' },
  { key: 'late', color: 'var(--mantine-color-yellow-6)' },
  { key: 'leftEarly', color: 'var(--mantine-color-orange-6)' },
  { key: 'absent', color: 'var(--mantine-color-gray-5)' },
] as const;

export function AttendanceChart({ series }: { series: SessionAttendance[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const data = series.map((s) => ({ ...s, label: `${formatDate(s.on)} ${s.starts}` }));
  const summary = data
    .map((d) => `${d.label} ${d.titleTh}: ${t('completion.sessions.present')} ${d.present}`)
    .join(', ');
  return (
    <figure style={{ margin: 0 }} aria-label={`${t('completion.sessions.chart')}: ${summary}`}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 48, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            interval={0}
            angle={-30}
            textAnchor="end"
            height={60}
            fontSize={12}
          />
          <YAxis allowDecimals={false} />
          <Tooltip
            labelFormatter={(_, payload) => {
              const entry = payload?.[0]?.payload as (typeof data)[number] | undefined;
              return entry ? `${entry.label} ${entry.titleTh}` : '';
            }}
          />
          <Legend verticalAlign="top" itemSorter={null} />
          {bars.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={t(`completion.sessions.${bar.key}`)}
              fill={bar.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

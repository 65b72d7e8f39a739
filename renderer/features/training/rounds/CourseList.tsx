// The courses: title (a link to the course), English title, indicators trained, completion rule.
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseRecord } from '../../../db/app-db';

type Props = { courses: readonly CourseRecord[] };

export function CourseList({ courses }: Props) {
  const { t } = useTranslation();
  const c = (key: string) => t(`training.column.${key}`);
  if (courses.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('training.front.noCourses')}
      </Text>
    );
  }
  return (
    <Table aria-label={t('training.front.courses')} striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c('course')}</Table.Th>
          <Table.Th>{c('titleEn')}</Table.Th>
          <Table.Th>{c('indicators')}</Table.Th>
          <Table.Th>{c('completion')}</Table.Th>
          <Table.Th>{c('organiser')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {courses.map((course) => (
          <Table.Tr key={course.id}>
            <Table.Td>
              <Anchor component={Link} to={`/training/courses/${course.id}`}>
                {course.titleTh}
              </Anchor>
            </Table.Td>
            <Table.Td>{course.titleEn}</Table.Td>
            <Table.Td>{course.indicators.join(', ')}</Table.Td>
            <Table.Td>
              {t(
                course.completion.requireMarkedSessions
                  ? 'training.completionRuleMarked'
                  : 'training.completionRule',
                { percent: course.completion.minPercent },
              )}
            </Table.Td>
            <Table.Td>{course.owner}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

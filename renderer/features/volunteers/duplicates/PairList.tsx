// The likely pairs, each with why it was found and a button to compare its two records.
import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { messageIn } from '@shared/errors';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { useInstallation } from '../../../app/app-state';
import { useFormatDate } from '../../../app/use-format-date';
import type { VolunteerRecord } from '../../../db/app-db';
import type { DuplicatePairOfRecords } from '../../../db/find-duplicates';
import { nameOf } from './PairComparison';

type Props = {
  pairs: DuplicatePairOfRecords[];
  onCompare: (pair: DuplicatePairOfRecords) => void;
};

export function PairList({ pairs, onCompare }: Props) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const ours = useInstallation().organisation.code;

  const who = (v: VolunteerRecord) => (
    <>
      <Text>{nameOf(v)}</Text>
      <Text size="sm" c="dimmed">
        {formatThaiId(v.nationalId)}
      </Text>
      {v.owner !== ours && (
        <Badge color="gray" variant="light">
          {t('duplicates.owner', { owner: v.owner })}
        </Badge>
      )}
    </>
  );

  if (pairs.length === 0) return <Text>{t('duplicates.noPairs')}</Text>;
  return (
    <Table striped aria-label={t('duplicates.pairs')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('duplicates.first')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.second')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.birthDate')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.reason')}</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>{t('duplicates.compareShort')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pairs.map((pair) => (
          <Table.Tr key={`${pair.left.id}|${pair.right.id}`}>
            <Table.Td>{who(pair.left)}</Table.Td>
            <Table.Td>{who(pair.right)}</Table.Td>
            <Table.Td>
              {pair.left.birthDate === pair.right.birthDate
                ? formatDate(pair.left.birthDate)
                : `${formatDate(pair.left.birthDate)} / ${formatDate(pair.right.birthDate)}`}
            </Table.Td>
            <Table.Td>{messageIn(pair.text, i18n.language)}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                onClick={() => onCompare(pair)}
                aria-label={t('duplicates.compare', {
                  left: nameOf(pair.left),
                  right: nameOf(pair.right),
                })}
              >
                {t('duplicates.compareShort')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

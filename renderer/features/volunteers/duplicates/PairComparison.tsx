// Two records side by side: a choice of side for each field that differs, the combined lists and
// histories, the result, and the merge with its confirmation.
import { Alert, Button, Group, Modal, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/domain/dates/buddhist-era';
import { messageIn } from '@shared/errors';
import {
  planMerge,
  type ChoosableField,
  type MergeChoices,
  type MergeSide,
} from '@shared/domain/volunteers/merge';
import type { VolunteerRecord } from '../../../db/app-db';
import { domainFieldsOf } from '../../../db/merge-volunteers';
import { useFieldText } from './use-field-text';

type Props = {
  /** The survivor: kept, with the chosen fields. */
  left: VolunteerRecord;
  /** Merged into the left and closed. */
  right: VolunteerRecord;
  isBusy: boolean;
  onSwap: () => void;
  onClose: () => void;
  onMerge: (choices: MergeChoices) => Promise<void>;
};

export function nameOf(v: { firstNameTh: string; lastNameTh: string }): string {
  return `${v.firstNameTh} ${v.lastNameTh}`;
}

export function PairComparison({ left, right, isBusy, onSwap, onClose, onMerge }: Props) {
  const { t, i18n } = useTranslation();
  const fieldText = useFieldText();
  const [choices, setChoices] = useState<MergeChoices>({});
  const [isConfirming, setConfirming] = useState(false);
  const survivor = useMemo(() => domainFieldsOf(left), [left]);
  const merged = useMemo(() => domainFieldsOf(right), [right]);
  const plan = useMemo(
    () => planMerge(survivor, merged, choices, todayIso()),
    [survivor, merged, choices],
  );
  const label = (field: string) => t(`duplicates.fields.${field}`);
  const choose = (field: ChoosableField, side: MergeSide) =>
    setChoices((current) => ({ ...current, [field]: side }));

  return (
    <Stack component="section" aria-labelledby="duplicates-comparison">
      <Title order={3} id="duplicates-comparison">
        {t('duplicates.comparison')}: {nameOf(left)} / {nameOf(right)}
      </Title>
      <Table withTableBorder withColumnBorders striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('duplicates.field')}</Table.Th>
            <Table.Th scope="col">{t('duplicates.left')}</Table.Th>
            <Table.Th scope="col">{t('duplicates.right')}</Table.Th>
            <Table.Th scope="col">{t('duplicates.choice')}</Table.Th>
            <Table.Th scope="col">{t('duplicates.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.differences.map(({ field, chosen }) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">{label(field)}</Table.Th>
              <Table.Td>{fieldText(field, survivor)}</Table.Td>
              <Table.Td>{fieldText(field, merged)}</Table.Td>
              <Table.Td>
                <Radio.Group
                  value={chosen}
                  onChange={(side) => choose(field, side as MergeSide)}
                  aria-label={label(field)}
                >
                  <Group gap="sm">
                    <Radio
                      value="survivor"
                      label={t('duplicates.leftShort')}
                      aria-label={t('duplicates.useLeft', { field: label(field) })}
                    />
                    <Radio
                      value="merged"
                      label={t('duplicates.rightShort')}
                      aria-label={t('duplicates.useRight', { field: label(field) })}
                    />
                  </Group>
                </Radio.Group>
              </Table.Td>
              <Table.Td>{fieldText(field, plan.fields)}</Table.Td>
            </Table.Tr>
          ))}
          {plan.combined.map((field) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">{label(field)}</Table.Th>
              <Table.Td>{fieldText(field, survivor)}</Table.Td>
              <Table.Td>{fieldText(field, merged)}</Table.Td>
              <Table.Td>{t('duplicates.both')}</Table.Td>
              <Table.Td>{fieldText(field, plan.fields)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {t('duplicates.sameFields')}
      </Text>
      {plan.trimmed.map(({ field, left: values }) => (
        <Alert key={field} color="yellow">
          {t('duplicates.trimmed', { field: label(field), values: values.join(', ') })}
        </Alert>
      ))}
      {!plan.check.ok && (
        <Alert color="red" role="alert">
          {plan.check.problems
            .map((p) => `${label(p.field)}: ${messageIn(p, i18n.language)}`)
            .join(' ')}
        </Alert>
      )}
      <Group>
        <Button onClick={() => setConfirming(true)} disabled={!plan.check.ok || isBusy}>
          {t('duplicates.merge')}
        </Button>
        <Button variant="default" onClick={onSwap} disabled={isBusy}>
          {t('duplicates.swap')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('duplicates.close')}
        </Button>
      </Group>
      <Modal
        opened={isConfirming}
        onClose={() => setConfirming(false)}
        title={t('duplicates.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('duplicates.cancel') }}
      >
        <Stack>
          <Text>
            {t('duplicates.confirmBody', { merged: nameOf(right), survivor: nameOf(left) })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('duplicates.cancel')}
            </Button>
            <Button
              loading={isBusy}
              onClick={async () => {
                await onMerge(choices);
                setConfirming(false);
              }}
            >
              {t('duplicates.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

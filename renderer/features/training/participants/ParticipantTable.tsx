// The round's participants by number: seated and waiting in one table (the waiting list's places
// shown), the withdrawn apart; the round's owner withdraws, reinstates and moves people up here.
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { freeSeatsOf } from '@shared/domain/training/seats';
import type { ParticipantRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { participantName } from '@shared/domain/training/participant';
import type { ParticipantList } from '../../../db/training/participants';
import { moveUp, reinstate } from '../../../db/training/seats';
import { failureText, useParticipantWriter } from './use-participant-writer';
import { WithdrawDialog } from './WithdrawDialog';

type Props = { list: ParticipantList; canChange: boolean };

/** A badge's label is never cut short: the column widens to hold it. */
const wholeLabel = { minWidth: 'max-content' };

function useProvinceNames(): (code: string) => string {
  const { i18n } = useTranslation();
  const provinces = useLiveQuery(() => db.provinces.toArray(), []);
  return (code) => {
    const p = provinces?.find((row) => row.code === code);
    if (!p) return code;
    return i18n.language === 'en' && p.nameEn ? p.nameEn : p.nameTh;
  };
}

export function ParticipantTable({ list, canChange }: Props) {
  const { t, i18n } = useTranslation();
  const writer = useParticipantWriter();
  const provinceName = useProvinceNames();
  const [withdrawing, setWithdrawing] = useState<ParticipantRecord | null>(null);
  const hasFreeSeat = freeSeatsOf(list.counts) > 0;

  const run = async (work: () => Promise<string>) => {
    try {
      notifications.show({ color: 'teal', message: await work() });
    } catch (error) {
      notifications.show({ color: 'red', message: failureText(error, i18n.language) });
    }
  };
  const giveSeat = (p: ParticipantRecord) =>
    run(async () => {
      await moveUp(db, writer, p.id);
      return t('participants.done.movedUp', { name: participantName(p) });
    });
  const bringBack = (p: ParticipantRecord) =>
    run(async () => {
      const back = await reinstate(db, writer, p.id);
      return t('participants.done.reinstated', {
        name: participantName(p),
        status: t(`participants.status.${back.status}`),
      });
    });

  const actionsOf = (p: ParticipantRecord) => {
    const name = participantName(p);
    if (p.status === 'withdrawn') {
      return (
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('participants.action.reinstateOf', { name })}
          onClick={() => void bringBack(p)}
        >
          {t('participants.action.reinstate')}
        </Button>
      );
    }
    return (
      <Group gap={4} wrap="nowrap">
        {p.status === 'waiting' && (
          <Button
            size="compact-sm"
            variant="light"
            disabled={!hasFreeSeat}
            aria-label={t('participants.action.moveUpOf', { name })}
            onClick={() => void giveSeat(p)}
          >
            {t('participants.action.moveUp')}
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          aria-label={t('participants.action.withdrawOf', { name })}
          onClick={() => setWithdrawing(p)}
        >
          {t('participants.action.withdraw')}
        </Button>
      </Group>
    );
  };

  return (
    <Stack gap="lg">
      <Rows
        label={t('participants.table.label')}
        rows={list.active}
        empty={t('participants.table.empty')}
        statusOf={(p) => {
          const place = list.waitingOrder.indexOf(p.id) + 1;
          return p.status === 'waiting' ? (
            <Badge color="orange" variant="light" style={wholeLabel}>
              {t('participants.table.waitingPlace', { place })}
            </Badge>
          ) : (
            <Badge color="teal" variant="light" style={wholeLabel}>
              {t('participants.status.enrolled')}
            </Badge>
          );
        }}
        provinceName={provinceName}
        actionsOf={canChange ? actionsOf : null}
      />
      {list.withdrawn.length > 0 && (
        <Rows
          label={t('participants.table.withdrawnLabel')}
          heading
          rows={list.withdrawn}
          empty=""
          statusOf={() => (
            <Badge color="gray" style={wholeLabel}>
              {t('participants.status.withdrawn')}
            </Badge>
          )}
          provinceName={provinceName}
          actionsOf={canChange ? actionsOf : null}
        />
      )}
      {withdrawing && (
        <WithdrawDialog
          participant={withdrawing}
          list={list}
          onClose={() => setWithdrawing(null)}
          onDone={(message) => {
            setWithdrawing(null);
            notifications.show({ color: 'teal', message });
          }}
        />
      )}
    </Stack>
  );
}

type RowsProps = {
  label: string;
  heading?: boolean;
  rows: readonly ParticipantRecord[];
  empty: string;
  statusOf: (p: ParticipantRecord) => ReactNode;
  provinceName: (code: string) => string;
  actionsOf: ((p: ParticipantRecord) => ReactNode) | null;
};

function Rows({ label, heading, rows, empty, statusOf, provinceName, actionsOf }: RowsProps) {
  const { t } = useTranslation();
  const c = (key: string) => t(`participants.table.${key}`);
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="xs">
      {heading && (
        <Title order={3} size="h5">
          {label}
        </Title>
      )}
      <Table aria-label={label} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{c('number')}</Table.Th>
            <Table.Th>{c('name')}</Table.Th>
            <Table.Th>{c('role')}</Table.Th>
            <Table.Th>{c('organisation')}</Table.Th>
            <Table.Th>{c('province')}</Table.Th>
            <Table.Th>{c('status')}</Table.Th>
            {actionsOf && <Table.Th>{c('actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td ta="right">{p.number}</Table.Td>
              <Table.Td>{participantName(p)}</Table.Td>
              <Table.Td>{t(`participants.role.${p.role}`)}</Table.Td>
              <Table.Td>{p.organisationName}</Table.Td>
              <Table.Td>{p.provinceCode ? provinceName(p.provinceCode) : ''}</Table.Td>
              <Table.Td>{statusOf(p)}</Table.Td>
              {actionsOf && <Table.Td>{actionsOf(p)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

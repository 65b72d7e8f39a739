// The two versions of a record side by side, field by field: differing fields marked, a choice of
// side where they differ, the result, and the three ways to resolve, on the owner's installation only.
import { Alert, Badge, Button, Group, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../app/use-format-date';
import type { ConflictEntry } from '../../../db/app-db';
import {
  choosableFields,
  chooserOf,
  chooseVersion,
  comparedFields,
  differingFields,
  type ConflictChoice,
  type ConflictSide,
} from '../../../db/exchange/conflict-choice';
import { useConflictText } from './use-conflict-text';

type Props = {
  conflict: ConflictEntry;
  local: Record<string, unknown>;
  /** Null when this installation belongs to the owner; otherwise the owner, who resolves. */
  resolvedBy: string | null;
  isBusy: boolean;
  failure: string | null;
  onResolve: (choice: ConflictChoice) => Promise<void>;
};

export function ConflictComparison(props: Props) {
  const { conflict, local, resolvedBy, isBusy, failure, onResolve } = props;
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { label, text } = useConflictText(conflict.table);
  const incoming = conflict.incoming;
  const [picks, setPicks] = useState<Record<string, ConflictSide>>({});
  const compared = useMemo(() => comparedFields(local, incoming), [local, incoming]);
  const differing = useMemo(() => differingFields(local, incoming), [local, incoming]);
  const choosable = useMemo(() => choosableFields(differing), [differing]);
  const merged: ConflictChoice = { kind: 'merged', fields: picks };
  const result = chooseVersion(local, incoming, merged).fields;
  const isDisabled = resolvedBy !== null || isBusy;
  const sideOfField = (field: string) => picks[field] ?? 'local';

  return (
    <Stack>
      <Group grow align="flex-start">
        <Version
          title={t('conflicts.local', { installation: String(local.updatedBy) })}
          lines={[
            t('conflicts.changed', {
              installation: String(local.updatedBy),
              at: formatDateTime(String(local.updatedAt)),
            }),
          ]}
        />
        <Version
          title={t('conflicts.incoming', { installation: String(incoming.updatedBy) })}
          lines={[
            t('conflicts.changed', {
              installation: String(incoming.updatedBy),
              at: formatDateTime(String(incoming.updatedAt)),
            }),
            t('conflicts.received', { at: formatDateTime(conflict.receivedAt) }),
          ]}
        />
      </Group>
      <Table withTableBorder withColumnBorders aria-label={t('conflicts.versions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('conflicts.field')}</Table.Th>
            <Table.Th scope="col">{t('conflicts.localShort')}</Table.Th>
            <Table.Th scope="col">{t('conflicts.incomingShort')}</Table.Th>
            <Table.Th scope="col">{t('conflicts.choice')}</Table.Th>
            <Table.Th scope="col">{t('conflicts.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {compared.map((field) => {
            const differs = differing.includes(field);
            return (
              <Table.Tr
                key={field}
                bg={differs ? 'var(--mantine-color-yellow-light)' : undefined}
                data-differs={differs || undefined}
              >
                <Table.Th scope="row">
                  {label(field)}{' '}
                  {differs && (
                    <Badge size="xs" color="yellow" variant="filled">
                      {t('conflicts.differs')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td>{text(field, local)}</Table.Td>
                <Table.Td>{text(field, incoming)}</Table.Td>
                <Table.Td>
                  {choosable.includes(field) ? (
                    <Radio.Group
                      value={sideOfField(field)}
                      onChange={(side) =>
                        setPicks((current) => ({ ...current, [field]: side as ConflictSide }))
                      }
                      aria-label={label(field)}
                    >
                      <Group gap="sm">
                        <Radio
                          value="local"
                          label={t('conflicts.localShort')}
                          aria-label={t('conflicts.useLocal', { field: label(field) })}
                          disabled={isDisabled}
                        />
                        <Radio
                          value="incoming"
                          label={t('conflicts.incomingShort')}
                          aria-label={t('conflicts.useIncoming', { field: label(field) })}
                          disabled={isDisabled}
                        />
                      </Group>
                    </Radio.Group>
                  ) : (
                    differs && (
                      <Text size="sm">
                        {t('conflicts.follows', { field: label(chooserOf(field)) })}
                      </Text>
                    )
                  )}
                </Table.Td>
                <Table.Td>{text(field, result)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {resolvedBy !== null && (
        <Alert color="blue" title={t('conflicts.notOwnerTitle')}>
          {t('conflicts.notOwner', { owner: resolvedBy })}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" title={t('conflicts.failed')}>
          {failure}
        </Alert>
      )}
      <Group role="group" aria-label={t('conflicts.actions')}>
        <Button
          onClick={() => void onResolve({ kind: 'keep-local' })}
          disabled={isDisabled}
          loading={isBusy}
        >
          {t('conflicts.keepLocal')}
        </Button>
        <Button
          variant="light"
          onClick={() => void onResolve({ kind: 'take-incoming' })}
          disabled={isDisabled}
        >
          {t('conflicts.takeIncoming')}
        </Button>
        <Button variant="default" onClick={() => void onResolve(merged)} disabled={isDisabled}>
          {t('conflicts.saveMerged')}
        </Button>
      </Group>
    </Stack>
  );
}

function Version({ title, lines }: { title: string; lines: string[] }) {
  return (
    <Stack gap={2}>
      <Title order={4}>{title}</Title>
      {lines.map((line) => (
        <Text key={line} size="sm" c="dimmed">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

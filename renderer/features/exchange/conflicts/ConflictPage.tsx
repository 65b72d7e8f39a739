// One conflict: its record's two versions compared, and the choice that resolves it.
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useInstallation } from '../../../app/app-state';
import { db } from '../../../db/db';
import { conflictWithLocal, nameOfRecord } from '../../../db/exchange/conflict-list';
import { ConflictComparison } from './ConflictComparison';
import { nameText } from './record-name';
import { useResolve } from './use-resolve';

export function ConflictPage() {
  const { seq = '' } = useParams();
  const number = Number(seq);
  const { t } = useTranslation();
  const organisation = useInstallation().organisation.code;
  const found = useLiveQuery(() => conflictWithLocal(db, number), [number]);
  const record = found ? (found.local ?? found.conflict.incoming) : null;
  const name = found && record ? nameText(nameOfRecord(found.conflict.table, record)) : '';
  const { resolve, isBusy, failure } = useResolve(number, name);

  const back = (
    <Anchor component={Link} to="/exchange/conflicts">
      {t('conflicts.back')}
    </Anchor>
  );
  if (found === undefined) return <Loader aria-label={t('conflicts.loading')} />;
  if (found === null || found.local === null) {
    return (
      <Stack align="flex-start">
        <Title order={2}>{t('conflicts.title')}</Title>
        <Alert color="yellow">
          {t(found === null ? 'conflicts.gone' : 'conflicts.recordGone')}
        </Alert>
        {back}
      </Stack>
    );
  }
  const owner = String(found.local.owner);
  return (
    <Stack>
      {back}
      <Title order={2}>{t('conflicts.detail', { name })}</Title>
      <Text>{t('conflicts.intro')}</Text>
      <ConflictComparison
        key={found.conflict.seq}
        conflict={found.conflict}
        local={found.local}
        resolvedBy={owner === organisation ? null : owner}
        isBusy={isBusy}
        failure={failure}
        onResolve={resolve}
      />
    </Stack>
  );
}

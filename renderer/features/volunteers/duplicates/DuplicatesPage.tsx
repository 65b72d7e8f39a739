// The duplicates screen: likely pairs of volunteer records, a field-by-field comparison to merge a
// pair into one, and the past merges with their undo.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairKey } from '@shared/domain/volunteers/duplicates';
import { findDuplicatePairs } from '../../../db/find-duplicates';
import { db } from '../../../db/db';
import { recentMerges } from '../../../db/merge-volunteers';
import { MergeHistory } from './MergeHistory';
import { PairComparison } from './PairComparison';
import { PairList } from './PairList';
import { useMergeActions } from './use-merge-actions';

/** The chosen pair by ids, left first: the left record is the one kept. */
type Chosen = { leftId: string; rightId: string };

export function DuplicatesPage() {
  const { t } = useTranslation();
  const pairs = useLiveQuery(() => findDuplicatePairs(db), []);
  const merges = useLiveQuery(() => recentMerges(db), []);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const { merge, undo, isBusy, failure } = useMergeActions();

  const pair = chosen
    ? pairs?.find((p) => pairKey(p.left.id, p.right.id) === pairKey(chosen.leftId, chosen.rightId))
    : undefined;
  const [left, right] =
    pair && chosen
      ? pair.left.id === chosen.leftId
        ? [pair.left, pair.right]
        : [pair.right, pair.left]
      : [];

  return (
    <Stack>
      <Title order={2}>{t('duplicates.title')}</Title>
      <Text>{t('duplicates.intro')}</Text>
      {failure && (
        <Alert color="red" role="alert" title={t('duplicates.failed')}>
          {failure}
        </Alert>
      )}
      <Title order={3}>{t('duplicates.pairs')}</Title>
      {pairs === undefined ? (
        <Loader aria-label={t('duplicates.loading')} />
      ) : (
        <PairList
          pairs={pairs}
          onCompare={(p) => setChosen({ leftId: p.left.id, rightId: p.right.id })}
        />
      )}
      {left && right && (
        <PairComparison
          key={`${left.id}|${right.id}`}
          left={left}
          right={right}
          isBusy={isBusy}
          onSwap={() => setChosen({ leftId: right.id, rightId: left.id })}
          onClose={() => setChosen(null)}
          onMerge={async (choices) => {
            if (await merge(left, right, choices)) setChosen(null);
          }}
        />
      )}
      <Title order={3}>{t('duplicates.history')}</Title>
      {merges && <MergeHistory merges={merges} isBusy={isBusy} onUndo={(seq) => void undo(seq)} />}
    </Stack>
  );
}

// Enrol volunteers found by search: answers come from the registry's indexes as one types, are
// picked with the arrow keys and Enter, several at once, then enrolled together.
import { Alert, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRole } from '@shared/domain/training/participant';
import type { RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { enrolVolunteers, type EnrolResult } from '../../../db/training/enrol';
import {
  isSearchable,
  searchVolunteersToEnrol,
  type VolunteerChoice,
} from '../../../db/training/enrol-search';
import { EnrolOutcome } from './EnrolOutcome';
import { failureText, useParticipantWriter } from './use-participant-writer';

const volunteerRoles: ParticipantRole[] = ['volunteer', 'chair'];

export function EnrolBySearch({ round }: { round: RoundRecord }) {
  const { t, i18n } = useTranslation();
  const writer = useParticipantWriter();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 120);
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const [role, setRole] = useState<ParticipantRole>('volunteer');
  const [result, setResult] = useState<EnrolResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The search box takes the focus back after each enrolment and after a refusal.
  const [focusTurn, setFocusTurn] = useState(0);
  useEffect(() => {
    if (focusTurn > 0) input.current?.focus();
  }, [focusTurn]);
  const found = useLiveQuery(
    () => searchVolunteersToEnrol(db, round.id, query, language),
    [round.id, query, language],
  );

  const labelOf = (c: VolunteerChoice) =>
    [
      c.name,
      c.nationalId,
      c.area,
      c.status !== 'active' ? t(`volunteers.status.${c.status}`) : '',
      c.inRound ? t('participants.search.inRound') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const choices = (found?.choices ?? []).filter((c) => !picked.has(c.id));
  const data = [
    ...[...picked].map(([value, label]) => ({ value, label })),
    ...choices.map((c) => ({ value: c.id, label: labelOf(c), disabled: c.inRound })),
  ];

  const choose = (ids: string[]) => {
    const labels = new Map(data.map((item) => [item.value, item.label]));
    setPicked(new Map(ids.map((id) => [id, labels.get(id) ?? id])));
    setProblem(null);
  };

  async function enrol() {
    setResult(null);
    setFailure(null);
    if (picked.size === 0) {
      setProblem(t('participants.search.noneChosen'));
      setFocusTurn((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      setResult(await enrolVolunteers(db, writer, round.id, [...picked.keys()], role));
      setPicked(new Map());
      setText('');
      setFocusTurn((n) => n + 1);
    } catch (error) {
      setFailure(failureText(error, i18n.language));
    } finally {
      setBusy(false);
    }
  }

  const nothingFound = !isSearchable(text)
    ? t('participants.search.tooShort')
    : t('participants.search.nothing');
  const total = found?.total ?? 0;
  return (
    <Stack gap="sm">
      <MultiSelect
        ref={input}
        label={t('participants.search.label')}
        description={t('participants.search.description')}
        placeholder={picked.size === 0 ? t('participants.search.placeholder') : undefined}
        searchable
        searchValue={text}
        onSearchChange={setText}
        data={data}
        value={[...picked.keys()]}
        onChange={choose}
        filter={({ options }) => options}
        hidePickedOptions
        clearSearchOnChange={false}
        nothingFoundMessage={nothingFound}
        maxDropdownHeight={360}
        error={problem}
        onKeyDown={(event) => {
          // Ctrl+Enter enrols the picked without leaving the search box.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void enrol();
        }}
      />
      {total > (found?.choices.length ?? 0) && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('participants.search.more', {
            shown: found!.choices.length,
            total: total.toLocaleString(i18n.language),
          })}
        </Text>
      )}
      <Group align="flex-end">
        <Select
          label={t('participants.role.label')}
          w="14rem"
          allowDeselect={false}
          data={volunteerRoles.map((r) => ({ value: r, label: t(`participants.role.${r}`) }))}
          value={role}
          onChange={(value) => value && setRole(value as ParticipantRole)}
        />
        <Button onClick={() => void enrol()} loading={busy}>
          {t('participants.search.submit', { count: picked.size })}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {result && <EnrolOutcome result={result} />}
    </Stack>
  );
}

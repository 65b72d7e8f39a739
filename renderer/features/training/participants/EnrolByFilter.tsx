// Enrol volunteers by filter ("all tier B volunteers of these districts"): the count that match
// shows as the filter is set, and one button enrols them.
import { Alert, Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFilter, type VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import { targetGroups, volunteerStatuses } from '@shared/domain/volunteers/volunteer';
import { useInstallation } from '../../../app/app-state';
import type { RoundRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import type { EnrolResult } from '../../../db/training/enrol';
import {
  enrolByFilter,
  previewEnrolByFilter,
  type EnrolFilter,
} from '../../../db/training/enrol-by-filter';
import { EnrolOutcome } from './EnrolOutcome';
import { useAreaOptions } from './use-area-options';
import { failureText, useParticipantWriter } from './use-participant-writer';

type Choice = {
  status: VolunteerFilter['status'];
  tier: VolunteerFilter['tier'];
  province: string;
  districts: string[];
  group: VolunteerFilter['group'];
  skill: string;
};

function enrolFilterOf(choice: Choice, skill: string): EnrolFilter {
  return {
    filter: {
      ...emptyFilter,
      status: choice.status,
      tier: choice.tier,
      province: choice.province,
      group: choice.group,
      skill: skill.trim(),
    },
    districts: choice.districts,
  };
}

export function EnrolByFilter({ round }: { round: RoundRecord }) {
  const { t, i18n } = useTranslation();
  const writer = useParticipantWriter();
  const installation = useInstallation();
  const [choice, setChoice] = useState<Choice>({
    status: ['active'],
    tier: [],
    province: installation.organisation.provinceCode ?? round.provinces[0] ?? '',
    districts: [],
    group: '',
    skill: '',
  });
  const [skill] = useDebouncedValue(choice.skill, 200);
  const chosen = useMemo(() => enrolFilterOf(choice, skill), [choice, skill]);
  const { provinces, districts } = useAreaOptions(choice.province);
  const preview = useLiveQuery(
    () => (chosen.filter.province ? previewEnrolByFilter(db, round.id, chosen) : null),
    [round.id, chosen],
  );
  const [result, setResult] = useState<EnrolResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (next: Partial<Choice>) => {
    setChoice((current) => ({ ...current, ...next }));
    setResult(null);
    setFailure(null);
  };
  const joining = preview ? preview.matching - preview.alreadyIn : 0;
  const any = t('participants.filter.any');

  async function enrol() {
    setResult(null);
    if (!choice.province) return setFailure(t('participants.filter.chooseProvince'));
    if (!preview || joining === 0) return setFailure(t('participants.filter.nothing'));
    setBusy(true);
    try {
      setResult(await enrolByFilter(db, writer, round.id, enrolFilterOf(choice, choice.skill)));
      setFailure(null);
    } catch (error) {
      setFailure(failureText(error, i18n.language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack
      gap="sm"
      component="fieldset"
      aria-label={t('participants.filter.legend')}
      m={0}
      p={0}
      style={{ border: 0 }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <MultiSelect
          label={t('participants.filter.status')}
          placeholder={choice.status.length ? undefined : any}
          w="14rem"
          data={volunteerStatuses.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))}
          value={choice.status}
          onChange={(v) => change({ status: v as Choice['status'] })}
        />
        <MultiSelect
          label={t('participants.filter.tier')}
          placeholder={choice.tier.length ? undefined : any}
          w="12rem"
          data={[
            { value: 'A', label: 'A' },
            { value: 'B', label: 'B' },
            { value: 'C', label: 'C' },
            { value: '-', label: t('participants.filter.noTier') },
          ]}
          value={choice.tier}
          onChange={(v) => change({ tier: v as Choice['tier'] })}
        />
        <Select
          label={t('participants.filter.province')}
          searchable
          w="12rem"
          allowDeselect={false}
          data={provinces}
          value={choice.province || null}
          onChange={(v) => change({ province: v ?? '', districts: [] })}
          error={failure && !choice.province ? failure : undefined}
        />
        <MultiSelect
          label={t('participants.filter.districts')}
          placeholder={choice.districts.length ? undefined : t('participants.filter.allDistricts')}
          searchable
          w="24rem"
          disabled={!choice.province}
          data={districts}
          value={choice.districts}
          onChange={(v) => change({ districts: v })}
        />
        <Select
          label={t('participants.filter.group')}
          placeholder={any}
          clearable
          w="13rem"
          data={targetGroups.map((g) => ({ value: g, label: t(`volunteers.group.${g}`) }))}
          value={choice.group || null}
          onChange={(v) => change({ group: (v ?? '') as Choice['group'] })}
        />
        <TextInput
          label={t('participants.filter.skill')}
          w="11rem"
          value={choice.skill}
          onChange={(e) => change({ skill: e.currentTarget.value })}
        />
      </Group>
      <Group align="center">
        <Button onClick={() => void enrol()} loading={busy}>
          {t('participants.filter.submit', { count: joining.toLocaleString(i18n.language) })}
        </Button>
        <Text size="sm" role="status" aria-live="polite">
          {preview
            ? t('participants.filter.preview', {
                matching: preview.matching.toLocaleString(i18n.language),
                alreadyIn: preview.alreadyIn.toLocaleString(i18n.language),
                seated: preview.seated.toLocaleString(i18n.language),
                waiting: preview.waiting.toLocaleString(i18n.language),
              })
            : choice.province
              ? t('participants.filter.counting')
              : ''}
        </Text>
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

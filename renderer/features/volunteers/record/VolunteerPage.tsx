// One volunteer: the record, the department's registration (read-only), the histories of status,
// tier and consent, the change history, and the service record later areas fill.
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ageOn, todayIso } from '@shared/domain/dates/buddhist-era';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { isUserFacingError, messageIn } from '@shared/errors';
import { useInstallation } from '../../../app/app-state';
import { useFormatDate } from '../../../app/use-format-date';
import { db } from '../../../db/db';
import { host } from '../../../host';
import { useAreaNames } from '../list/use-area-names';
import { fullName } from '@shared/domain/people/full-name';
import { VolunteerHistory } from './VolunteerHistory';
import { VolunteerPhoto } from './VolunteerPhoto';
import { VolunteerTraining } from './VolunteerTraining';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
}

export function VolunteerPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const installation = useInstallation();
  const formatDate = useFormatDate();
  const v = useLiveQuery(() => db.volunteers.get(id), [id]);
  const registration = useLiveQuery(
    () =>
      db.registrations
        .where('volunteerId')
        .equals(id)
        .filter((r) => r.deletedAt === null)
        .first(),
    [id],
  );
  const areaName = useAreaNames(v ? [v.address.districtCode, v.address.subdistrictCode] : []);
  if (v === undefined) return null;
  if (!v) return <Alert color="red">{t('volunteers.page.notFound')}</Alert>;
  const f = (key: string) => t(`volunteers.form.${key}`);
  const mine = v.owner === installation.organisation.code;
  const a = v.address;
  const address = [
    a.houseNo,
    a.moo && `${t('volunteers.form.moo')} ${a.moo}`,
    a.village,
    a.street,
    areaName(a.subdistrictCode),
    areaName(a.districtCode),
    a.postcode,
  ]
    .filter(Boolean)
    .join(' ');

  const print = () =>
    host
      .invoke('print:pdf', {
        route: `/print/volunteer/${v.id}`,
        suggestedName: `${v.firstNameTh}-${v.lastNameTh}.pdf`,
      })
      .catch((error: unknown) =>
        notifications.show({
          color: 'red',
          message: isUserFacingError(error) ? messageIn(error.text, i18n.language) : String(error),
        }),
      );

  return (
    <Stack maw="70rem">
      <Group justify="space-between">
        <Title order={2}>{fullName(v, english ? 'en' : 'th')}</Title>
        <Group>
          {mine && !v.deletedAt && (
            <Button component={Link} to={`/volunteers/${v.id}/edit`}>
              {t('volunteers.page.edit')}
            </Button>
          )}
          <Button variant="default" onClick={print}>
            {t('volunteers.page.printRecord')}
          </Button>
        </Group>
      </Group>
      {v.mergedInto && (
        <Alert color="yellow">
          {t('volunteers.page.mergedInto')}{' '}
          <Anchor component={Link} to={`/volunteers/${v.mergedInto}`}>
            {t('volunteers.page.openMerged')}
          </Anchor>
        </Alert>
      )}
      {!mine && <Alert color="gray">{t('volunteers.page.readOnly', { owner: v.owner })}</Alert>}
      <Tabs defaultValue="details">
        <Tabs.List>
          <Tabs.Tab value="details">{t('volunteers.page.details')}</Tabs.Tab>
          <Tabs.Tab value="service">{t('volunteers.page.service')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('volunteers.page.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack>
            <Card withBorder>
              <Group align="flex-start" wrap="nowrap">
                <VolunteerPhoto photo={v.photo} name={fullName(v, english ? 'en' : 'th')} />
                <SimpleGrid cols={3} style={{ flex: 1 }}>
                  <Fact label={f('nationalId')} value={formatThaiId(v.nationalId)} />
                  <Fact
                    label={f('birthDate')}
                    value={`${formatDate(v.birthDate, 'long')} (${t('volunteers.age', { age: ageOn(v.birthDate, todayIso()) })})`}
                  />
                  <Fact label={f('gender')} value={t(`volunteers.gender.${v.gender}`)} />
                  <Fact
                    label={f('firstNameEn')}
                    value={`${v.firstNameEn} ${v.lastNameEn}`.trim()}
                  />
                  <Fact label={f('phones')} value={v.phones.join(', ')} />
                  <Fact label={f('email')} value={v.email} />
                  <Fact label={t('volunteers.form.contact')} value={address} />
                  <Fact label={f('joinedOn')} value={formatDate(v.joinedOn, 'long')} />
                  <Fact label={f('status')} value={t(`volunteers.status.${v.status}`)} />
                  <Fact label={f('tier')} value={v.tier ?? t('volunteers.filter.noTier')} />
                  <Fact label={f('skills')} value={v.skills.join(', ')} />
                  <Fact
                    label={f('targetGroups')}
                    value={v.targetGroups.map((g) => t(`volunteers.group.${g}`)).join(', ')}
                  />
                  <Fact label={t('volunteers.page.owner')} value={v.owner} />
                </SimpleGrid>
              </Group>
            </Card>
            <Card withBorder aria-label={t('volunteers.page.registration')} role="group">
              <Text fw={600}>{t('volunteers.page.registration')}</Text>
              <Text>
                {registration
                  ? t('volunteers.page.registrationNumber', {
                      number: registration.number,
                      status: registration.status,
                      date: formatDate(registration.on, 'long'),
                    })
                  : t('volunteers.page.registrationNone')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('volunteers.page.registrationReadOnly')}
              </Text>
            </Card>
            <SimpleGrid cols={3}>
              <HistoryCard
                title={t('volunteers.page.statusHistory')}
                rows={v.statusHistory.map((s) => [
                  formatDate(s.on),
                  t(`volunteers.status.${s.status}`),
                  s.reason,
                ])}
              />
              <HistoryCard
                title={t('volunteers.page.tierHistory')}
                rows={v.tierHistory.map((s) => [formatDate(s.on), s.tier ?? '–', s.reason])}
              />
              <HistoryCard
                title={t('volunteers.page.consentHistory')}
                rows={v.consent.map((c) => [
                  formatDate(c.on),
                  c.kind === 'given' ? f('consentGiven') : f('withdrawConsent'),
                  c.purposes.map((p) => t(`volunteers.consentPurpose.${p}`)).join(', '),
                ])}
              />
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="service" pt="md">
          <VolunteerTraining volunteerId={v.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <VolunteerHistory id={v.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function HistoryCard({ title, rows }: { title: string; rows: string[][] }) {
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Table aria-label={title}>
        <Table.Tbody>
          {rows.map((cells, i) => (
            <Table.Tr key={i}>
              {cells.map((c, j) => (
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

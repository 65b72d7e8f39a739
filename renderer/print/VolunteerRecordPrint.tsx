// One volunteer's record sheet on one A4 page: photo, every field, status and tier history, consent.
import '../styles/print.css';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ageOn, todayIso } from '@shared/domain/dates/buddhist-era';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { useInstallation } from '../app/app-state';
import { useFormatDate } from '../app/use-format-date';
import { db } from '../db/db';
import { fullName } from '@shared/domain/people/full-name';
import { loadRecordSheet, type RecordSheet } from './print-data';
import { Preparing, PrintFooter, useCentreName, usePrintedOn } from './PrintParts';
import { RecordHistories } from './RecordHistories';
import { usePrintReady } from './use-print-ready';

type Loaded = { sheet: RecordSheet | null };

export function VolunteerRecordPrint() {
  const { id = '' } = useParams();
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let isCurrent = true;
    let photoUrl: string | null = null;
    setLoaded(null);
    void loadRecordSheet(db, id, language).then((sheet) => {
      photoUrl = sheet?.photoUrl ?? null;
      if (isCurrent) setLoaded({ sheet });
    });
    return () => {
      isCurrent = false;
      if (photoUrl) URL.revokeObjectURL(photoUrl);
    };
  }, [id, language]);

  usePrintReady(loaded !== null);

  if (!loaded) return <Preparing />;
  return (
    <div className="print-doc">
      <section className="print-page print-sheet">
        <RecordHeading />
        {loaded.sheet ? <RecordBody sheet={loaded.sheet} /> : <NotFound />}
        <PrintFooter page={1} pages={1} />
      </section>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <p className="print-empty">{t('print.record.notFound')}</p>;
}

function RecordHeading() {
  const { t } = useTranslation();
  const centre = useCentreName();
  const printedOn = usePrintedOn();
  return (
    <header className="print-heading">
      <p className="print-centre">{centre}</p>
      <h1 className="print-title">{t('print.record.title')}</h1>
      <p className="print-meta">
        <span />
        <span>{printedOn}</span>
      </p>
    </header>
  );
}

function Fields({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="print-fields">
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function RecordBody({ sheet }: { sheet: RecordSheet }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { organisation } = useInstallation();
  const centre = useCentreName();
  const { volunteer: v, areas, registration } = sheet;
  const none = t('print.record.none');
  const age = ageOn(v.birthDate, todayIso());
  const a = v.address;
  const part = (key: keyof typeof partKeys, value: string | undefined) =>
    value ? t(partKeys[key], { value }) : '';
  const address = [
    part('houseNo', a.houseNo),
    part('moo', a.moo),
    a.village,
    a.street,
    part('subdistrict', areas.get(a.subdistrictCode)),
    part('district', areas.get(a.districtCode)),
    part('province', areas.get(a.provinceCode)),
    a.postcode,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <div className="print-record-top">
        <Fields
          items={[
            [t('print.record.nameTh'), fullName(v, 'th')],
            [t('print.record.nameEn'), v.firstNameEn ? fullName(v, 'en') : none],
            [
              t('print.record.nationalId'),
              <span className="print-nowrap">{formatThaiId(v.nationalId)}</span>,
            ],
            [
              t('print.record.birthDate'),
              `${formatDate(v.birthDate, 'long')} ${age === null ? '' : t('print.record.ageYears', { age })}`,
            ],
            [t('print.record.gender'), t(`volunteers.gender.${v.gender}`)],
          ]}
        />
        <div className="print-photo">
          {sheet.photoUrl ? <img src={sheet.photoUrl} alt="" /> : t('print.record.photo')}
        </div>
      </div>

      <h2 className="print-section-title">{t('print.record.contact')}</h2>
      <Fields
        items={[
          [t('print.record.phones'), v.phones.join(', ') || none],
          [t('print.record.email'), v.email || none],
          [t('print.record.address'), address || none],
        ]}
      />

      <h2 className="print-section-title">{t('print.record.service')}</h2>
      <Fields
        items={[
          [t('print.record.joinedOn'), formatDate(v.joinedOn, 'long')],
          [t('print.record.status'), t(`volunteers.status.${v.status}`)],
          [t('print.record.tier'), v.tier ?? t('print.record.noTier')],
          [t('print.record.skills'), v.skills.join(', ') || none],
          [
            t('print.record.targetGroups'),
            v.targetGroups.map((g) => t(`volunteers.group.${g}`)).join(', ') || none,
          ],
          [
            t('print.record.registration'),
            registration
              ? t('print.record.registrationNumber', {
                  number: registration.number,
                  date: formatDate(registration.on, 'long'),
                })
              : t('print.record.registrationNone'),
          ],
          [t('print.record.owner'), v.owner === organisation.code ? centre : sheet.ownerName],
        ]}
      />

      <RecordHistories volunteer={v} />
    </>
  );
}

const partKeys = {
  houseNo: 'print.record.addressParts.houseNo',
  moo: 'print.record.addressParts.moo',
  subdistrict: 'print.record.addressParts.subdistrict',
  district: 'print.record.addressParts.district',
  province: 'print.record.addressParts.province',
} as const;

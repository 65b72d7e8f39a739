// A centre's volunteers without a registration: a virtualised table that reads only the rows on
// screen, each with a checkbox, and one to select the whole list.
import { Anchor, Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName } from '@shared/domain/people/full-name';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { useFormatDate } from '../../../app/use-format-date';
import type { VolunteerList } from '../../../db/volunteer-list';
import { useAreaNames } from '../../volunteers/list/use-area-names';
import { useRows } from '../../volunteers/list/use-rows';
import classes from '../../volunteers/list/VolunteerTable.module.css';

const ROW_HEIGHT = 40;
const OVERSCAN = 20;
const columns = ['name', 'nationalId', 'district', 'joined', 'status'] as const;
const template = '2.5rem minmax(14rem, 2fr) 11rem minmax(9rem, 1fr) 9rem 8rem';

type Props = {
  list: VolunteerList;
  selected: Set<string>;
  onSelect: (ids: string[], on: boolean) => void;
};

export function UnregisteredTable({ list, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const formatDate = useFormatDate();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own state and re-renders the table itself; React's compiler leaves it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: list.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const rows = useRows(list, items[0]?.index ?? 0, (items.at(-1)?.index ?? 0) + 1);
  const areaName = useAreaNames([...rows.values()].map((v) => v.address.districtCode));
  const allSelected = list.count > 0 && selected.size === list.count;

  return (
    <div
      role="table"
      aria-label={t('department.registrations.list')}
      aria-rowcount={list.count + 1}
      className={classes.table}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={classes.head}
          style={{ gridTemplateColumns: template }}
        >
          <div role="columnheader" className={classes.cell}>
            <Checkbox
              aria-label={t('department.registrations.selectAll')}
              checked={allSelected}
              indeterminate={!allSelected && selected.size > 0}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                void list.all().then((ids) => onSelect(ids, on));
              }}
            />
          </div>
          {columns.map((key) => (
            <div key={key} role="columnheader" className={classes.cell}>
              {t(`department.registrations.columns.${key}`)}
            </div>
          ))}
        </div>
      </div>
      <div ref={scroller} className={classes.body} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const v = rows.get(item.index);
            const name = v ? fullName(v, english ? 'en' : 'th') : '';
            return (
              <div
                key={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                className={classes.row}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className={classes.cell}>
                  {v && (
                    <Checkbox
                      aria-label={t('department.registrations.selectRow', { name })}
                      checked={selected.has(v.id)}
                      onChange={(e) => onSelect([v.id], e.currentTarget.checked)}
                    />
                  )}
                </div>
                <div role="cell" className={classes.cell}>
                  {v ? (
                    <Anchor component={Link} to={`/volunteers/${v.id}`} truncate="end">
                      {name}
                    </Anchor>
                  ) : (
                    <Text c="dimmed">…</Text>
                  )}
                </div>
                <div role="cell" className={classes.cell}>
                  {v && formatThaiId(v.nationalId)}
                </div>
                <div role="cell" className={classes.cell}>
                  <Text truncate="end" size="sm">
                    {v && areaName(v.address.districtCode)}
                  </Text>
                </div>
                <div role="cell" className={classes.cell}>
                  {v && formatDate(v.joinedOn)}
                </div>
                <div role="cell" className={classes.cell}>
                  {v && t(`volunteers.status.${v.status}`)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

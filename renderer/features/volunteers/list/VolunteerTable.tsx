// The registry list: a virtualised table that stays smooth with 200,000 rows, reading only the
// records on screen; sortable by column; rows selectable for bulk actions. Rows are plain elements
// styled here, as hundreds of them are drawn while scrolling.
import { UnstyledButton } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn, todayIso } from '@shared/domain/dates/buddhist-era';
import { formatThaiId } from '@shared/domain/people/thai-id';
import { fullName } from '@shared/domain/people/full-name';
import type { SortKey, VolunteerFilter } from '@shared/domain/volunteers/volunteer-filter';
import type { VolunteerList } from '../../../db/volunteer-list';
import { useAreaNames } from './use-area-names';
import { useRows } from './use-rows';
import classes from './VolunteerTable.module.css';

const ROW_HEIGHT = 40;
const OVERSCAN = 10;

type Column = { key: string; sort?: SortKey; width: string };
const columns: Column[] = [
  { key: 'name', sort: 'name', width: 'minmax(14rem, 2fr)' },
  { key: 'nationalId', sort: 'nationalId', width: '11rem' },
  { key: 'age', sort: 'age', width: '5rem' },
  { key: 'area', width: 'minmax(10rem, 1.5fr)' },
  { key: 'status', sort: 'status', width: '9rem' },
  { key: 'tier', sort: 'tier', width: '4rem' },
];
const template = `2.5rem ${columns.map((c) => c.width).join(' ')}`;

type Props = {
  list: VolunteerList;
  filter: VolunteerFilter;
  onSort: (sort: SortKey, desc: boolean) => void;
  selected: Set<string>;
  onSelect: (ids: string[], on: boolean) => void;
};

export function VolunteerTable({ list, filter, onSort, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own state and re-renders the table itself; React's compiler leaves it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: list.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // While the list is kept out of the page (KeptVolunteerList) it measures 0 × 0: its rows stay
    // drawn at the last real size, ready for when it shows again.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: (instance, changed) =>
      observeElementRect(instance, (rect) => {
        if (rect.height > 0) changed(rect);
      }),
  });
  // A new search, filter or sort starts at the top of its list; the same one keeps its place.
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [filterKey]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items.at(-1)?.index ?? 0) + 1;
  const rows = useRows(list, first, last);
  const areaName = useAreaNames(
    [...rows.values()].flatMap((v) => [v.address.districtCode, v.address.subdistrictCode]),
  );
  const today = todayIso();
  const allShownSelected = list.count > 0 && selected.size === list.count;

  return (
    <div
      role="table"
      aria-label={t('volunteers.list')}
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
            <input
              type="checkbox"
              className={classes.check}
              aria-label={t('volunteers.selectAll')}
              checked={allShownSelected}
              ref={(box) => {
                if (box) box.indeterminate = !allShownSelected && selected.size > 0;
              }}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                void list.all().then((ids) => onSelect(ids, on));
              }}
            />
          </div>
          {columns.map((column) => {
            const label = t(`volunteers.columns.${column.key}`);
            const active = column.sort === filter.sort;
            return (
              <div
                key={column.key}
                role="columnheader"
                className={classes.cell}
                aria-sort={active ? (filter.desc ? 'descending' : 'ascending') : undefined}
              >
                {column.sort ? (
                  <UnstyledButton
                    className={classes.sort}
                    aria-label={t('volunteers.sortBy', { column: label })}
                    onClick={() => onSort(column.sort!, active ? !filter.desc : false)}
                  >
                    {label} {active ? (filter.desc ? '▼' : '▲') : ''}
                  </UnstyledButton>
                ) : (
                  label
                )}
              </div>
            );
          })}
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
                    <input
                      type="checkbox"
                      className={classes.check}
                      aria-label={t('volunteers.selectRow', { name })}
                      checked={selected.has(v.id)}
                      onChange={(e) => onSelect([v.id], e.currentTarget.checked)}
                    />
                  )}
                </div>
                <div role="cell" className={classes.cell}>
                  {v ? (
                    <Link to={`/volunteers/${v.id}`} className={classes.name}>
                      {name}
                    </Link>
                  ) : (
                    <span className={classes.dimmed}>…</span>
                  )}
                </div>
                <div role="cell" className={classes.cell}>
                  {v && formatThaiId(v.nationalId)}
                </div>
                <div role="cell" className={classes.cell}>
                  {v && ageOn(v.birthDate, today)}
                </div>
                <div role="cell" className={classes.cell}>
                  <span className={classes.area}>
                    {v &&
                      `${areaName(v.address.subdistrictCode)} / ${areaName(v.address.districtCode)}`}
                  </span>
                </div>
                <div role="cell" className={classes.cell}>
                  {v && t(`volunteers.status.${v.status}`)}
                </div>
                <div role="cell" className={classes.cell}>
                  {v?.tier ?? (v ? '–' : '')}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

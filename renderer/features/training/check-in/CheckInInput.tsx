// The one big input of the door: a scan or an id checks in on Enter; a name offers the people it
// matches, picked with the arrow keys and Enter or a click; Ctrl+Z on an empty input undoes the last.
import { TextInput } from '@mantine/core';
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCheckInInput } from '@shared/domain/training/check-in-input';
import type { ParticipantRecord } from '../../../db/app-db';
import { db } from '../../../db/db';
import { findForCheckIn } from '../../../db/training/check-in';
import { CHOICES_SHOWN, NameChoices } from './NameChoices';
import type { CheckInDesk } from './use-check-in-desk';

/** Long enough to skip the lookups between a fast typist's keys, short enough not to be seen. */
const SUGGEST_AFTER_MS = 90;
const CHOICES_ID = 'check-in-choices';

type Props = {
  roundId: string;
  desk: CheckInDesk;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The time each person was checked in for this session, to show beside their name. */
  checkedInAt: ReadonlyMap<string, string>;
  disabled: boolean;
};

export function CheckInInput({ roundId, desk, inputRef, checkedInAt, disabled }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<ParticipantRecord[]>([]);
  const [active, setActive] = useState(0);
  const isName = parseCheckInInput(text).kind === 'name';

  // Names are offered while typing; anything else waits for Enter.
  useEffect(() => {
    const input = parseCheckInInput(text);
    if (input.kind !== 'name') {
      setChoices([]);
      return undefined;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      void findForCheckIn(db, roundId, input).then((found) => {
        if (!isCurrent) return;
        setChoices(found.kind === 'choices' ? found.participants : []);
        setActive(0);
      });
    }, SUGGEST_AFTER_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text, roundId]);

  const clear = () => {
    setText('');
    setChoices([]);
  };

  /** Puts text back for correcting, selected so that the next scan replaces it. */
  const restore = (value: string) => {
    const input = inputRef.current;
    if (!input || input.value !== '') return;
    setText(value);
    requestAnimationFrame(() => input.select());
  };

  const pick = async (participant: ParticipantRecord) => {
    const value = text;
    clear();
    const outcome = await desk.pick(participant);
    if (outcome.kind === 'kept') restore(value);
    inputRef.current?.focus();
  };

  const submit = async () => {
    const value = text;
    // Cleared at once, so that a scan that follows quickly starts on an empty input.
    clear();
    const outcome = await desk.submit(value);
    if (outcome.kind === 'choices') {
      restore(value);
      setChoices(outcome.participants);
      setActive(0);
    } else if (outcome.kind === 'kept') restore(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const shown = isName ? choices : [];
    if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[active];
      if (chosen) void pick(chosen);
      else if (text.trim() !== '') void submit();
    } else if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % Math.min(shown.length, CHOICES_SHOWN));
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      const count = Math.min(shown.length, CHOICES_SHOWN);
      setActive((i) => (i - 1 + count) % count);
    } else if (event.key === 'Escape') {
      clear();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !text) {
      event.preventDefault();
      void desk.undoLast();
    }
  };

  const open = isName && choices.length > 0;
  return (
    <div>
      <TextInput
        ref={inputRef}
        label={t('checkIn.input')}
        description={t('checkIn.inputHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        disabled={disabled}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        size="xl"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={CHOICES_ID}
        aria-activedescendant={open ? `${CHOICES_ID}-${active}` : undefined}
        styles={{ input: { fontSize: '1.6rem', height: '3.75rem' } }}
      />
      {open && (
        <NameChoices
          id={CHOICES_ID}
          choices={choices}
          active={active}
          checkedInAt={checkedInAt}
          onHover={setActive}
          onPick={(participant) => void pick(participant)}
        />
      )}
    </div>
  );
}

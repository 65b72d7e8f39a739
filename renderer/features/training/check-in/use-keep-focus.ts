// Keeps the door's input ready for the next scan: a key typed while a button or toggle has the focus
// goes to the input, and Ctrl+Z there undoes the last check-in when the input is empty.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

export function useKeepFocus(input: RefObject<HTMLInputElement | null>, onUndo: () => void): void {
  const undo = useRef(onUndo);
  useLayoutEffect(() => {
    undo.current = onUndo;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const field = input.current;
      if (!field || field.disabled || event.defaultPrevented || isEditable(event.target)) return;
      // A dialog (the camera) keeps its own keys.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        if (field.value === '') {
          event.preventDefault();
          undo.current();
          field.focus();
        }
        return;
      }
      // A printable key other than Space (which toggles what has the focus) starts a new entry;
      // moving the focus now lets the browser type the key into the input.
      if (
        event.key.length === 1 &&
        event.key !== ' ' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        field.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [input]);
}

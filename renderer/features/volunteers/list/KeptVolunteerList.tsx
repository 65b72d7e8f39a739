// The registry list kept alive beside the other screens: made once, when the app is first idle or
// when the registry is opened, and moved into the page whenever its route shows. Opening the
// registry again shows it at once, with its filter, selection and place in the list as they were.
// The names its search box searches are loaded next, at the following idle moment.
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMatch } from 'react-router';
import { db } from '../../../db/db';
import { prepareNameSearch } from '../../../db/name-search/find-by-name';
import { VolunteerListPage } from './VolunteerListPage';

/** The list's own element, outside the document while another screen shows. */
let keptElement: HTMLDivElement | undefined;
/** Where its scrolled parts were when it was taken out (an element out of the page loses it). */
let scrolled: [Element, number][] = [];

function keptListElement(): HTMLDivElement {
  keptElement ??= document.createElement('div');
  return keptElement;
}

/** Mounted once in the shell, whichever screen shows. */
export function KeptVolunteerList() {
  const isShown = useMatch('/volunteers') !== null;
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    const idle = requestIdleCallback(() => startTransition(() => setIdle(true)));
    return () => cancelIdleCallback(idle);
  }, []);
  useEffect(() => {
    if (!isIdle) return;
    // Should the load fail, the first search tries again and says what went wrong.
    const idle = requestIdleCallback(() => void prepareNameSearch(db).catch(() => undefined));
    return () => cancelIdleCallback(idle);
  }, [isIdle]);
  return isIdle || isShown
    ? createPortal(<VolunteerListPage isShown={isShown} />, keptListElement())
    : null;
}

/** The registry's route: puts the kept list in its place, and takes it out again on leaving. */
export function VolunteerListRoute() {
  const place = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = keptListElement();
    place.current!.append(element);
    for (const [part, top] of scrolled) part.scrollTop = top;
    return () => {
      scrolled = [...element.querySelectorAll('*')]
        .filter((part) => part.scrollTop > 0)
        .map((part) => [part, part.scrollTop]);
      element.remove();
    };
  }, []);
  return <div ref={place} />;
}

// The registry list made ahead, outside the document, once the screen that holds it is idle: its
// first rows are read (and kept current) and its components have run once, so that opening the
// registry from the menu shows them at once.
import { startTransition, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { VolunteerListPage } from './VolunteerListPage';

export function VolunteerListAhead() {
  // Never attached: nothing of it is laid out, painted, or found by a search of the page.
  const [container] = useState(() => document.createElement('div'));
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    const idle = requestIdleCallback(() => startTransition(() => setIdle(true)));
    return () => cancelIdleCallback(idle);
  }, []);
  return isIdle ? createPortal(<VolunteerListPage />, container) : null;
}

// One exchange worker for a screen, closed when the screen goes, with the stage it is at.
import { useEffect, useState } from 'react';
import {
  createExchangeSession,
  type ExchangeProgress,
  type ExchangeSession,
} from './exchange-session';

export function useExchangeSession(): {
  session: ExchangeSession | null;
  progress: ExchangeProgress | null;
} {
  const [session, setSession] = useState<ExchangeSession | null>(null);
  const [progress, setProgress] = useState<ExchangeProgress | null>(null);
  useEffect(() => {
    const created = createExchangeSession(setProgress);
    setSession(created);
    return () => created.close();
  }, []);
  return { session, progress };
}

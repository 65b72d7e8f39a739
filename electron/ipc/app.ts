// The app area: which version of the app is running, and where.
import type { AreaHandlers } from './handlers';

export type AppFacts = { version: string; platform: string };

export function appHandlers(facts: AppFacts): AreaHandlers {
  return {
    'app:info': async () => ({
      version: facts.version,
      kind: 'electron',
      platform: facts.platform,
    }),
  };
}

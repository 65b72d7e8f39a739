// Holds the registry's names, target groups and skills in memory off the screen's thread, where
// loading 200,000 of them holds nothing up, and answers searches by name, filters by group and
// skill, and reads of the whole list at any position in any of its orders, from them.
import { AppDB } from '../db/app-db';
import { directorySource } from '../db/name-search/directory-source';
import type { NameSearchLoading, NameSearchReply, NameSearchRequest } from './name-search-messages';

const source = directorySource(new AppDB(), (progress) =>
  postMessage({ kind: 'loading', progress } satisfies NameSearchLoading),
);

function reply(message: NameSearchReply): void {
  postMessage(message);
}

async function handle(request: NameSearchRequest): Promise<void> {
  try {
    if (request.kind === 'ready') {
      await source.ready();
      reply({ kind: 'ready', id: request.id });
      return;
    }
    const found =
      request.kind === 'find'
        ? await source.find({ words: request.words, tags: request.tags }, request.seq)
        : await source.slice(request.from, request.to, request.order, request.seq);
    reply({ kind: 'found', id: request.id, ids: found.join('\n') });
  } catch (error) {
    reply({ kind: 'error', id: request.id, message: String(error) });
  }
}

onmessage = (event: MessageEvent<NameSearchRequest>) => void handle(event.data);

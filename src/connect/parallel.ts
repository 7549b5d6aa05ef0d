// connect, with the similar items and the glossary found on a second thread: the same result as connect(), sooner.
import type { Dataset, Definition } from '../model/schema.ts';
import { hasSecondCore, StartedWorker } from '../threads/worker.ts';
import {
  connect,
  connectThemesAndLinks,
  itemTexts,
  withFound,
  type GlossaryFound,
  type Neighbours,
} from './connect.ts';
import type { ThemeInput, ThemeMeanings } from './themes.ts';

/** Below this many items a second thread costs more than it saves. */
const PARALLEL_FROM = 2000;

type Found = { similar: Neighbours[]; glossary: GlossaryFound };
export type ConnectWorker = StartedWorker<Found>;

/** The second thread, started ahead of the dataset (ingest starts it while it waits for the last plans to be read). */
export const startConnectWorker = (): ConnectWorker =>
  new StartedWorker<Found>(new URL('./connect-worker.ts', import.meta.url));

/** `started`: the second thread if already started; it is used or ended. */
export async function connectInParallel(
  dataset: Dataset,
  themeInputs: ThemeInput[],
  curatedGlossary: Definition[],
  started?: ConnectWorker,
  meanings: ThemeMeanings = new Map(),
): Promise<Dataset> {
  const texts = itemTexts(dataset);
  if (texts.texts.length < PARALLEL_FROM || !hasSecondCore()) {
    await started?.stop();
    return connect(dataset, themeInputs, curatedGlossary, meanings);
  }
  const found = (started ?? startConnectWorker()).run({ texts, curatedGlossary });
  const rest = connectThemesAndLinks(dataset, themeInputs, meanings);
  const { similar, glossary } = await found;
  return withFound(rest, similar, glossary);
}

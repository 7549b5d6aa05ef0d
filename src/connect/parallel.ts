// connect, with the similar items and the glossary found on a second thread: the same result as connect(), sooner.
import type { Dataset, Definition } from '../model/schema.ts';
import { hasSecondCore, onWorker } from '../threads/worker.ts';
import {
  connect,
  connectThemesAndLinks,
  itemTexts,
  withFound,
  type GlossaryFound,
  type Neighbours,
} from './connect.ts';
import type { ThemeInput } from './themes.ts';

/** Below this many items a second thread costs more than it saves. */
const PARALLEL_FROM = 2000;

export async function connectInParallel(
  dataset: Dataset,
  themeInputs: ThemeInput[],
  curatedGlossary: Definition[],
): Promise<Dataset> {
  const texts = itemTexts(dataset);
  if (texts.texts.length < PARALLEL_FROM || !hasSecondCore()) return connect(dataset, themeInputs, curatedGlossary);
  const found = onWorker<{ similar: Neighbours[]; glossary: GlossaryFound }>(
    new URL('./connect-worker.ts', import.meta.url),
    { texts, curatedGlossary },
  );
  const rest = connectThemesAndLinks(dataset, themeInputs);
  const { similar, glossary } = await found;
  return withFound(rest, similar, glossary);
}

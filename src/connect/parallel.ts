// connect, with the similar-items step on a second thread: the same result as connect(), sooner.
import type { Dataset, Definition } from '../model/schema.ts';
import { hasSecondCore, onWorker } from '../threads/worker.ts';
import { connect, connectAllButSimilar, similarInput, withSimilar, type Neighbours } from './connect.ts';
import type { ThemeInput } from './themes.ts';

/** Below this many items a second thread costs more than it saves. */
const PARALLEL_FROM = 2000;

export async function connectInParallel(
  dataset: Dataset,
  themeInputs: ThemeInput[],
  curatedGlossary: Definition[],
): Promise<Dataset> {
  const input = similarInput(dataset);
  if (input.texts.length < PARALLEL_FROM || !hasSecondCore()) return connect(dataset, themeInputs, curatedGlossary);
  const similar = onWorker<Neighbours[]>(new URL('./similar-worker.ts', import.meta.url), input);
  const rest = connectAllButSimilar(dataset, themeInputs, curatedGlossary);
  const found = await similar;
  return withSimilar(rest, found);
}

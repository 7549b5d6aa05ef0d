// The date of the build: what "target date passed" is measured against, and
// the "as of" date the pages print. SOURCE_DATE_EPOCH (seconds since 1970, the
// reproducible-builds convention) fixes it, so that two builds of the same
// inputs are byte-identical; without it a build is dated today (UTC), as a
// publisher expects. Tests and CI set it (package.json's test-site builds).

export class BuildDateError extends Error {}

/** The build's date, YYYY-MM-DD in UTC. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return now().toISOString().slice(0, 10);
  const date = /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : null;
  if (!date || Number.isNaN(date.getTime()))
    throw new BuildDateError(
      `SOURCE_DATE_EPOCH is "${epoch.slice(0, 40)}", not a number of seconds since 1970 (e.g. 1748736000 for 1 June 2025); leave it unset to date the build today`,
    );
  return date.toISOString().slice(0, 10);
}
